import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateGuidanceSchema, templateTypeSchema } from '../schemas/template.ts';
import en from '../i18n/en.json';
import { labelLookup } from './request-words.ts';
import { builderForm, exampleProblems, isTemplateType, validateDraft } from './templates.ts';

const dir = resolve(import.meta.dirname, '../../content/templates');
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => templateGuidanceSchema.parse(parse(readFileSync(resolve(dir, f), 'utf8'))));

describe('request templates', () => {
  it('has guidance for every template type, once', () => {
    expect(templates.map((t) => t.type).sort()).toEqual([...templateTypeSchema.options].sort());
  });

  it.each(templates.map((t) => [t.type, t] as const))(
    'the worked %s example uses only form fields and passes every check',
    (type, tpl) => {
      expect(exampleProblems(type, tpl.example)).toEqual([]);
      expect(validateDraft(type, tpl.example)).toEqual([]);
    },
  );

  it('flags a missing time zone as the validator does in the simulator', () => {
    const tpl = templates.find((t) => t.type === 'preservation')!;
    const findings = validateDraft('preservation', { ...tpl.example, eventZone: '' });
    expect(findings.map((f) => [f.code, f.field, f.severity])).toEqual([
      ['zone-missing', 'eventZone', 'error'],
    ]);
  });

  it('checks the UTC conversion against the local time and zone typed, with no case file', () => {
    const tpl = templates.find((t) => t.type === 'mla-stored-data')!;
    const findings = validateDraft('mla-stored-data', {
      ...tpl.example,
      eventTimeUtc: '2026-03-06 21:14:07',
    });
    expect(findings.map((f) => f.code)).toEqual(['utc-conversion-wrong']);
  });

  it('checks spontaneous information for its own required fields and borrowed time checks', () => {
    const findings = validateDraft('spontaneous-information', {
      eventTime: '2026-02-27 23:41:05',
    });
    const codes = findings.map((f) => `${f.code}:${f.field}`);
    expect(codes).toContain('missing-field:information');
    expect(codes).toContain('zone-missing:eventZone');
    expect(codes).not.toContain('missing-field:identifiers');
  });

  it('reports example keys that are not form fields', () => {
    expect(exampleProblems('provider-subscriber', { offense: 'x' })[0]).toContain(
      'example has "offense", which is not a field of this form',
    );
  });

  it('knows its template types', () => {
    expect(isTemplateType('spontaneous-information')).toBe(true);
    expect(isTemplateType('preservation')).toBe(true);
    expect(isTemplateType('toString')).toBe(false);
    const form = builderForm('spontaneous-information', labelLookup(en));
    expect(form.fields.map((f) => f.id)).toContain('conditions');
    // Fields are worded from the dictionary: the spontaneous form names its sender, not a requester.
    expect(form.fields.find((f) => f.id === 'requestingAuthority')?.label).toBe(
      'Sending authority',
    );
  });
});
