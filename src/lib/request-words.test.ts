import { describe, expect, it } from 'vitest';
import { formDefinitions, type FormType } from '../engine/forms-runtime.ts';
import en from '../i18n/en.json';
import { fieldWordKeys, labelLookup, wordFields, type FieldPart } from './request-words.ts';

const words = labelLookup(en);
const forms = Object.keys(formDefinitions) as FormType[];

describe('request form words', () => {
  it.each(forms)('%s: every field and option has its words in en.json', (type) => {
    const missing: string[] = [];
    for (const f of formDefinitions[type].fields) {
      const parts: FieldPart[] = ['label', 'help', 'why'];
      for (const o of f.options ?? []) parts.push(`option.${o.value}`);
      for (const part of parts) {
        const keys = fieldWordKeys(type, f.id, part);
        if (!keys.some((k) => words(k) !== undefined)) missing.push(keys[1]);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(forms)('%s: the form has a title and a legal basis in en.json', (type) => {
    expect(words(`request.form.${type}.title`)).toBeTruthy();
    expect(words(`request.form.${type}.legalBasis`)).toBeTruthy();
  });

  it('en.json has no request.field key that no form uses', () => {
    const used = new Set<string>();
    for (const type of forms)
      for (const f of formDefinitions[type].fields)
        for (const part of [
          'label',
          'help',
          'why',
          ...(f.options ?? []).map((o) => `option.${o.value}`),
        ])
          fieldWordKeys(type, f.id, part as FieldPart).forEach((k) => used.add(k));
    expect(Object.keys(en).filter((k) => k.startsWith('request.field.') && !used.has(k))).toEqual(
      [],
    );
  });

  it('a form-specific key wins over the shared one, and a missing key shows itself', () => {
    const lookup = labelLookup({
      'request.field.offence.label': 'Offence',
      'request.field.spontaneous-information.offence.label': 'Offence concerned',
    });
    const field = { id: 'offence', kind: 'text' as const, required: true, reference: 'x' };
    expect(wordFields(lookup, 'preservation', [field])[0]?.label).toBe('Offence');
    expect(wordFields(lookup, 'spontaneous-information', [field])[0]?.label).toBe(
      'Offence concerned',
    );
    expect(wordFields(lookup, 'preservation', [field])[0]?.help).toBe('request.field.offence.help');
  });

  it('never resolves inherited properties as words', () => {
    const lookup = labelLookup({});
    expect(lookup('toString')).toBeUndefined();
    expect(lookup('__proto__')).toBeUndefined();
  });
});
