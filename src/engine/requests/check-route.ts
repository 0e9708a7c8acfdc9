import type { DraftExpectation } from '../../schemas/request.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import type { Draft, Finding, RequestTypeDefinition } from './types.ts';

// Words that show a danger to a person, in English and French (drafts are written in the
// trainee's language); a heuristic, so a miss is a warning, never an error.
const danger =
  /\b(?:death|die|dying|kill|suicid\w*|injur\w*|harm\w*|danger\w*|life|lives|threat\w*|abus\w*|assault\w*|kidnap\w*|missing|hostage|weapon\w*|attack\w*|risk\w*|rape\w*|violen\w*|mort\w*|décès|tuer|bless\w*|vie|vies|menac\w*|agress\w*|enlev\w*|enlèv\w*|disparu\w*|otage\w*|arme\w*|attaqu\w*|risque\w*|viol\w*)\b/i;

/** Checks what depends on the route: emergency facts, the preservation/disclosure line, contact. */
export function checkRoute(
  def: RequestTypeDefinition,
  draft: Draft,
  exp: DraftExpectation,
): Finding[] {
  const findings: Finding[] = [];
  if (def.type === 'emergency-disclosure') {
    if (!exp.emergency) {
      findings.push(
        finding({
          code: 'no-emergency-in-case',
          field: 'emergencyFacts',
          reference: refs.sca2702,
          outcome: 'no-emergency-facts',
        }),
      );
    } else {
      const facts = textOf(draft, 'emergencyFacts');
      if (facts !== '' && !danger.test(facts)) {
        findings.push(
          finding({
            code: 'emergency-facts-thin',
            field: 'emergencyFacts',
            severity: 'warning',
            reference: refs.sca2702,
            outcome: 'no-emergency-facts',
          }),
        );
      }
    }
  } else if (exp.emergency) {
    findings.push(
      finding({
        code: 'emergency-route-available',
        field: 'channel',
        severity: 'warning',
        reference: refs.sca2702,
        outcome: 'no-emergency-facts',
      }),
    );
  }
  if (
    def.type === 'preservation' &&
    /\b(?:disclos\w*|send us|provide us|hand over|forward (?:us|to us))\b/i.test(
      textOf(draft, 'dataSought'),
    )
  ) {
    findings.push(
      finding({
        code: 'preservation-discloses-nothing',
        field: 'dataSought',
        severity: 'warning',
        reference: refs.art29,
        outcome: 'wrong-category',
      }),
    );
  }
  const contact = textOf(draft, 'contact');
  if (contact !== '' && !/[^\s@]+@[^\s@]+\.[^\s@]+/.test(contact)) {
    findings.push(
      finding({
        code: 'contact-no-email',
        field: 'contact',
        severity: 'warning',
        reference: def.type === 'preservation' ? refs.tcyPreservation : refs.tcyMla,
        outcome: 'missing-elements',
      }),
    );
  }
  return findings;
}
