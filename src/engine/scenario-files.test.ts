import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFileNames } from './scenario-files.ts';

describe('scenarioFileNames', () => {
  it('lists .yaml and .yml files, sorted, without drafts or other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cca-scenarios-'));
    for (const name of ['b.yml', 'a.yaml', '_draft.yaml', 'notes.md', 'c.yaml.bak'])
      writeFileSync(join(dir, name), '');
    expect(scenarioFileNames(dir)).toEqual(['a.yaml', 'b.yml']);
    expect(scenarioFileNames(dir, { drafts: true })).toEqual(['_draft.yaml', 'a.yaml', 'b.yml']);
  });

  it('lists nothing for a missing folder', () => {
    expect(scenarioFileNames(join(tmpdir(), 'cca-no-such-folder'))).toEqual([]);
  });
});
