// Test helper: loads the shipped scenarios from content/scenarios (Node only; not part of the engine API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../schemas/scenario.ts';
import { loadScenarioText } from '../load.ts';
import { formatProblem } from '../problems.ts';
import { scenarioFileNames as listScenarioFiles } from '../scenario-files.ts';

/** Folder of the shipped scenarios. */
export const scenarioDir = join(import.meta.dirname, '../../../content/scenarios');

/** The shipped scenario file names (`.yaml` or `.yml`, not starting with `_`), sorted. */
export function scenarioFileNames(dir = scenarioDir): string[] {
  return listScenarioFiles(dir);
}

/** Every shipped scenario, parsed; throws with the problems if one is broken. */
export function shippedScenarios(): Scenario[] {
  return scenarioFileNames().map((n) => {
    const r = loadScenarioText(readFileSync(join(scenarioDir, n), 'utf8'), n);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r.scenario;
  });
}

/** A small valid scenario as plain data, for tests that build variants of it. */
export function tinyScenarioData(): Record<string, unknown> {
  return {
    id: 'tiny',
    version: 1,
    title: 'Tiny',
    summary: 'A tiny test scenario.',
    role: 'requesting',
    home: { state: 'alpha', timezone: 'Europe/Vienna' },
    objectives: ['Test the engine.'],
    estimatedMinutes: 2,
    audience: ['tests'],
    startsAt: '2026-03-06T16:30:00+01:00',
    states: {
      alpha: { name: 'Alpha', budapest: 'party', timezone: 'Europe/Vienna' },
      beta: { name: 'Beta', budapest: 'party', timezone: 'America/New_York' },
    },
    actors: {
      desk: { name: 'Our desk', kind: 'own-agency', state: 'alpha', timezone: 'Europe/Vienna' },
      isp: {
        name: 'Beta ISP',
        kind: 'provider',
        state: 'beta',
        timezone: 'America/New_York',
        hours: { days: 'Mon-Fri', from: '09:00', to: '17:00' },
        responds: {
          delay: { min: 'PT1H', max: 'PT1H' },
          rules: [
            { on: ['complete'], reply: 'answer', message: { id: 'isp-done', subject: 'Done', body: 'Preserved.' }, effects: { evidence: { logs: 'preserved' } } },
          ],
        },
      },
    },
    evidence: {
      logs: { label: 'ISP logs', holder: 'isp', category: 'traffic', retention: 'P3D', initial: 'identified' },
    },
    artefacts: { note: { kind: 'report', title: 'Note', body: 'A note.' } },
    start: 'start',
    nodes: {
      start: {
        title: 'Start',
        narrative: 'Decide.',
        show: ['note'],
        choices: [
          {
            id: 'send',
            label: 'Send the request',
            effects: { advance: 'PT30M', send: [{ to: 'isp', subject: 'Preserve' }], score: { timeliness: { delta: 2, reason: 'Fast.' } } },
            feedback: 'Good.',
            refs: ['budapest-art-29'],
            next: 'wait',
          },
          {
            id: 'idle',
            label: 'Do nothing for four days',
            effects: { advance: 'P4D', score: { timeliness: { delta: -2, reason: 'Slow.' } } },
            feedback: 'Too slow.',
            refs: ['budapest-art-29'],
            next: 'wait',
          },
        ],
      },
      wait: { title: 'Wait', narrative: 'Wait.', wait: { label: 'Wait for replies', next: 'check' } },
      check: {
        title: 'Check',
        narrative: 'Check.',
        choices: [
          { id: 'win', label: 'Close', when: { evidence: { logs: 'preserved' } }, feedback: 'Kept.', refs: ['glossary:preservation'], next: 'kept' },
          { id: 'lose', label: 'Close', when: { evidence: { logs: ['lost', 'identified'] } }, feedback: 'Lost.', refs: ['glossary:preservation'], next: 'gone' },
        ],
      },
    },
    endings: {
      kept: { title: 'Kept', summary: 'The logs were kept.', verdict: 'success' },
      gone: { title: 'Gone', summary: 'The logs were lost.', verdict: 'failure' },
    },
  };
}
