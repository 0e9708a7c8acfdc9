import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localize } from '../i18n/content.ts';
import { templateGuidanceSchema } from '../schemas/template.ts';
import { validateDraft } from './templates.ts';

const dir = resolve(import.meta.dirname, '../../content/templates');
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => templateGuidanceSchema.parse(parse(readFileSync(resolve(dir, f), 'utf8'))));

describe('request templates in French', () => {
  it.each(templates.map((t) => [t.type, t] as const))(
    'the French worked %s example is translated and still passes every check',
    (type, tpl) => {
      const fr = localize('templates', type, tpl, 'fr');
      expect(fr.title).not.toBe(tpl.title);
      expect(fr.example).not.toEqual(tpl.example);
      expect(validateDraft(type, fr.example)).toEqual([]);
    },
  );
});
