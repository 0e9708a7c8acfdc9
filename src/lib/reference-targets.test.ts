/**
 * Every `module:` and `glossary:` reference the simulator can show (scenario files and the request
 * validator's findings) must lead to a real module section or glossary entry, and every legal id
 * must be in the registry: a trainee who follows "Read more" must not land on a 404. The same check
 * runs at build time (src/integrations/scenario-lint.ts); these tests pin its behaviour.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReferenceTargets, targetProblem } from '../engine/reference-targets.ts';
import { registryIds } from '../engine/references.ts';
import { readRegistry } from '../integrations/provisions.ts';
import { lawUrl, referenceHref } from './references.ts';

const registry = new Set(readRegistry(process.cwd()).provisions.map((p) => p.id));

describe('reference targets', () => {
  it('every reference in the committed scenarios, validator, modules and glossary resolves', () => {
    expect(checkReferenceTargets(process.cwd(), registry)).toEqual([]);
  });

  it('names a missing module, a missing section and a missing glossary entry', () => {
    const anchors = new Map([['precision-in-requests', new Set(['time-zones'])]]);
    const glossary = new Map([['preservation', []]]);
    expect(targetProblem('module:precision-in-requests#time-zones', anchors, glossary)).toBeNull();
    expect(targetProblem('module:nowhere', anchors, glossary)).toContain(
      'there is no module "nowhere"',
    );
    expect(targetProblem('module:precision-in-requests#dates', anchors, glossary)).toContain(
      'has no section "#dates"',
    );
    expect(targetProblem('glossary:constructor', anchors, glossary)).toContain('no glossary entry');
  });

  describe('in a copy of the content with broken references', () => {
    const root = mkdtempSync(join(tmpdir(), 'cca-targets-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    cpSync('content', join(root, 'content'), { recursive: true });
    writeFileSync(
      join(root, 'content/modules/zz-broken.mdx'),
      ['---', 'title: x', '---', '', 'Preserve first (<Cite id="budapest-art-299" />).', ''].join(
        '\n',
      ),
    );
    writeFileSync(
      join(root, 'content/scenarios/zz-broken.yaml'),
      'nodes:\n  - references: [module:why-evidence-crosses-borders#no-such-section]\n',
    );

    it('reports file, place and fix for each', () => {
      const problems = checkReferenceTargets(root, registry);
      expect(problems).toContainEqual({
        file: 'content/modules/zz-broken.mdx',
        path: 'line 5',
        message:
          '"budapest-art-299" is not in the legal provisions registry: add an entry to content/provisions/ or use an existing id (see /law/)',
      });
      expect(problems).toContainEqual(
        expect.objectContaining({
          file: 'content/scenarios/zz-broken.yaml',
          path: 'nodes[0].references[0]',
        }),
      );
    });
  });
});

describe('reference links', () => {
  it('a legal id leads to its entry on the law page; module and glossary ids to their pages', () => {
    expect(referenceHref('budapest-art-29')).toBe(lawUrl('budapest-art-29'));
    expect(lawUrl('budapest-art-29')).toMatch(/\/law\/#budapest-art-29$/);
    expect(referenceHref('glossary:preservation')).toMatch(/\/glossary\/#preservation$/);
    expect(referenceHref('toString')).toBeNull();
    expect(referenceHref('module:x#<script>')).toBeNull();
    // Every registry id has the shape the link helper recognises.
    for (const id of registryIds) expect(referenceHref(id)).toBe(lawUrl(id));
  });
});
