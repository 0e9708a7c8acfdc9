import { describe, expect, it, vi } from 'vitest';
import { tinyDraftScenario } from './__fixtures__/tiny-draft.ts';

describe('the validator port', () => {
  it('says which entry to load when the validator is missing, and works once it is loaded', async () => {
    vi.resetModules();
    const port = await import('./draft-port.ts');
    const task = Object.values(tinyDraftScenario().nodes).find(
      (n) => n.interaction.kind === 'draft',
    )?.interaction;
    if (task?.kind !== 'draft') throw new Error('fixture has no drafting task');
    expect(() => port.validateDraft(task.type, {}, task.expect)).toThrow(/forms-runtime/);
    await import('./forms-runtime.ts');
    expect(port.validateDraft(task.type, {}, task.expect).outcome).toBe('missing-elements');
    expect(Object.keys(port.draftsByOutcome(task.type, task.expect)).length).toBeGreaterThan(1);
  });
});
