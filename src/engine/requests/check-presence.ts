import { listOf, textOf } from './draft-values.ts';
import { parseDraftDateTime } from './datetime.ts';
import { finding } from './outcomes.ts';
import type { Draft, FieldDefinition, Finding, RequestTypeDefinition } from './types.ts';

// Fields whose absence in an emergency request gets a question back instead of data.
const emergencyEssentials = new Set(['identifiers', 'eventTime', 'windowFrom', 'windowTo']);

function isEmpty(draft: Draft, def: FieldDefinition): boolean {
  if (def.kind === 'checkboxes') {
    const checked = listOf(draft, def.id);
    // A one-option group (the Art. 29(2)(f) statement) counts only when that option is ticked.
    const options = def.options ?? [];
    if (options.length === 1 && options[0]) return !checked.includes(options[0].value);
    return checked.length === 0;
  }
  return textOf(draft, def.id) === '';
}

/** One finding for each required field the draft leaves empty. */
export function checkPresence(definition: RequestTypeDefinition, draft: Draft): Finding[] {
  const findings: Finding[] = [];
  // An offset written after the event time ("21:14:07+01:00") already states the zone.
  const zoneInTime = parseDraftDateTime(textOf(draft, 'eventTime'))?.offsetMinutes != null;
  for (const def of definition.fields) {
    if (!def.required || !isEmpty(draft, def)) continue;
    if (def.id === 'eventZone' && zoneInTime) continue;
    // In an emergency a missing identifier or time costs the most: the provider asks back.
    const essential = definition.type === 'emergency-disclosure' && emergencyEssentials.has(def.id);
    findings.push(
      finding({
        code:
          def.id === 'eventZone'
            ? 'zone-missing'
            : essential
              ? 'emergency-essential-missing'
              : 'missing-field',
        field: def.id,
        // The form names the field's label and reason; the UI looks them up, the engine says no words.
        params: { form: definition.type },
        because: 'field',
        reference: def.reference,
        outcome: def.missingOutcome ?? 'missing-elements',
      }),
    );
  }
  return findings;
}
