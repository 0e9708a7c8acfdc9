import type { TextRules } from './texts.ts';

/**
 * Which properties of each YAML content collection hold words (see texts.ts). Everything else —
 * ids, times, durations, enums, references, identifiers of the case — is structure, written once.
 * A new text property in a schema must be added here, or it stays in English in every language
 * (the i18n check then cannot see it).
 */
export const textRules = {
  scenarios: {
    keys: new Set([
      'title',
      'summary',
      'objectives',
      'audience',
      'timing',
      'notes',
      'contentNote',
      'name',
      'label',
      'feedback',
      'showWhenLocked',
      'subject',
      'body',
      'narrative',
      'discussion',
      'prompt',
      'description',
      'reason',
      'governingLaw',
      'secondProtocolNote',
      'bilateral',
      'offence',
      'zoneLabel',
    ]),
  },
  quizzes: { keys: new Set(['question', 'text', 'feedback', 'explanation', 'reference']) },
  glossary: { keys: new Set(['term', 'definition', 'source', 'aliases']) },
  templates: {
    keys: new Set([
      'title',
      'purpose',
      'legalBasis',
      'channel',
      'recipientChecks',
      'commonMistakes',
      'recipient',
      'requestingAuthority',
      'contact',
      'offence',
      'facts',
      'identifiers',
      'dataSought',
      'relationToOffence',
      'custodian',
      'whyPreservation',
      'conditions',
      'conduct',
      'confidentiality',
      'emergencyFacts',
      'information',
      'origin',
      'relationToEmergency',
      'urgency',
      'whyUseful',
    ]),
    // In the worked example, `channel` is the transmission channel's id, not a sentence.
    except: new Set(['example.channel']),
  },
  provisions: { keys: new Set(['label', 'title', 'summary', 'note']) },
} as const satisfies Record<string, TextRules>;

/** A YAML content collection whose text can be translated. */
export type TextCollection = keyof typeof textRules;

/**
 * Where each collection's English files are, and whether one file holds one entry (its id is the
 * file name, or the scenario's `id`) or a list of entries (paths start with the entry's id).
 */
export const textSources: Record<TextCollection, { dir: string; list: boolean }> = {
  scenarios: { dir: 'content/scenarios', list: false },
  quizzes: { dir: 'content/quizzes', list: false },
  glossary: { dir: 'content/glossary', list: true },
  templates: { dir: 'content/templates', list: false },
  provisions: { dir: 'content/provisions', list: true },
};

/** Languages other than English that content is translated into. */
export const translatedLocales = ['fr'] as const;
export type TranslatedLocale = (typeof translatedLocales)[number];
