// Test fixtures: small scenarios as plain data, so engine tests never depend on shipped content.
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';

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

/** The tiny scenario, parsed. */
export function tinyScenario(): Scenario {
  return scenarioSchema.parse(tinyScenarioData());
}

/**
 * The tiny scenario with every interaction kind on the way: `start` (choose) → `triage` (select)
 * → `note` (continue) → `wait` (wait) → `check` (choose, guarded). A second evidence item, `mail`,
 * is unknown until the end and lost after a day, so a slow run loses it unseen.
 */
export function allKindsScenarioData(): Record<string, unknown> {
  const data = tinyScenarioData();
  const nodes = data['nodes'] as Record<string, Record<string, unknown>>;
  const start = nodes['start'] as { choices: Array<Record<string, unknown>> };
  for (const c of start.choices) c['next'] = 'triage';
  nodes['triage'] = {
    title: 'Triage',
    narrative: 'Tick what to do now.',
    select: {
      prompt: 'What do you do now?',
      min: 0,
      next: 'note',
      options: [
        {
          id: 'call',
          label: 'Call the provider',
          selected: { score: { coordination: { delta: 1, reason: 'Called.' } } },
          unselected: { score: { coordination: { delta: -1, reason: 'No call.' } } },
          feedback: 'A call helps.',
          refs: ['budapest-art-29'],
        },
        {
          id: 'note-down',
          label: 'Write a note',
          selected: { score: { quality: { delta: 1, reason: 'Noted.' } } },
          feedback: 'Notes help.',
          refs: ['budapest-art-29'],
        },
      ],
    },
  };
  nodes['note'] = {
    title: 'Note',
    narrative: 'Read the note.',
    choices: [
      { id: 'go', label: 'Go on', feedback: 'On.', refs: ['budapest-art-29'], next: 'wait' },
    ],
  };
  const evidence = data['evidence'] as Record<string, unknown>;
  evidence['mail'] = {
    label: 'Mail logs',
    holder: 'isp',
    category: 'subscriber',
    retention: 'P1D',
    initial: 'unknown',
  };
  return data;
}

/** The every-kind scenario, parsed. */
export function allKindsScenario(): Scenario {
  return scenarioSchema.parse(allKindsScenarioData());
}
