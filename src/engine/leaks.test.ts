import { describe, expect, it } from 'vitest';
import { allKindsScenario } from './__fixtures__/tiny.ts';
import { findLeaks, idTokens } from './__fixtures__/leaks.ts';

describe('the id-leak check', () => {
  const ids = idTokens(allKindsScenario());

  it('catches schema enum values that reach the screen raw', () => {
    expect(findLeaks('Status: preservation-requested', ids)).toEqual(['preservation-requested']);
    expect(findLeaks('Sent via network-24-7 as mla-stored-data', ids)).toEqual([
      'network-24-7',
      'mla-stored-data',
    ]);
    expect(findLeaks('Outcome: wrong-utc', ids)).toEqual(['wrong-utc']);
    // The actor kinds the scenario uses (the tiny desk is an `own-agency`).
    expect(findLeaks('From own-agency', ids)).toEqual(['own-agency']);
  });

  it('catches the scenario ids and untranslated form words, not prose', () => {
    expect(findLeaks('Choose note-down', ids)).toEqual(['note-down']);
    expect(findLeaks('request.field.offence.label', ids)).toEqual(['request.field.offence.label']);
    expect(findLeaks('A well-drafted, time-critical request for preservation', ids)).toEqual([]);
  });
});
