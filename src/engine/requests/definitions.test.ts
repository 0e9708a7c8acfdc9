import { describe, expect, it } from 'vitest';
import { outcomeClasses } from '../../schemas/vocabulary.ts';
import { isKnownReference } from '../references.ts';
import { cgnatCase } from './test-fixtures.ts';
import {
  completeDraft,
  outcomePrecedence,
  requestReferences,
  requestTypes,
  type OutcomeClass,
  type RequestType,
} from './index.ts';

const types = Object.keys(requestTypes) as RequestType[];
const knownRefs = new Set<string>(Object.values(requestReferences));

describe('references', () => {
  it.each([...knownRefs])('%s resolves in the engine reference registry', (id) => {
    expect(isKnownReference(id)).toBe(true);
  });
});

describe('requestTypes', () => {
  it.each(types)(
    '%s: fields are unique and cite known references (words: src/lib/request-words.test.ts)',
    (type) => {
      const def = requestTypes[type];
      expect(def.type).toBe(type);
      expect(def.channels.length).toBeGreaterThan(0);
      const ids = def.fields.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of def.fields) {
        expect(knownRefs.has(f.reference)).toBe(true);
        if (f.kind === 'select' || f.kind === 'checkboxes')
          expect(f.options ?? f.optionsFrom).toBeTruthy();
      }
      expect(Object.keys(completeDraft(type, cgnatCase)).sort()).toEqual([...ids].sort());
    },
  );

  it('preservation asks for every element of Art. 29(2) plus contact and office time zone', () => {
    const ids = requestTypes.preservation.fields.filter((f) => f.required).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'requestingAuthority',
        'offence',
        'facts',
        'dataSought',
        'relationToOffence',
        'custodian',
        'whyPreservation',
        'mlaToFollow',
        'contact',
        'officeTimeZone',
      ]),
    );
  });

  it('the header follows the T-CY order: reference, requested authority, requesting authority, time zone, contact', () => {
    const ids = requestTypes['mla-stored-data'].fields.map((f) => f.id);
    const order = [
      'reference',
      'recipient',
      'requestingAuthority',
      'officeTimeZone',
      'contact',
    ].map((id) => ids.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('only subscriber information on the direct provider route; MLA only through the central authority', () => {
    expect(requestTypes['provider-subscriber'].categories).toEqual(['subscriber']);
    expect(requestTypes['mla-stored-data'].channels).toEqual(['central-authority']);
  });
});

describe('outcomes', () => {
  const all: readonly OutcomeClass[] = outcomeClasses;

  it('the precedence lists every class once, ending with complete', () => {
    expect([...outcomePrecedence].sort()).toEqual([...all].sort());
    expect(outcomePrecedence.at(-1)).toBe('complete');
  });
});
