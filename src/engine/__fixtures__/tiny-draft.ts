// Test fixture: the tiny scenario whose first step is a preservation draft (no shipped content).
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { tinyScenarioData } from './tiny.ts';

/** The tiny scenario with a draft start node: `complete` leads to `kept`, anything else to `gone`. */
export function tinyDraftScenario(): Scenario {
  const data = tinyScenarioData();
  const nodes = data['nodes'] as Record<string, unknown>;
  nodes['start'] = {
    title: 'Draft',
    narrative: 'Write the preservation request.',
    draft: {
      type: 'preservation',
      to: 'isp',
      subject: 'Preserve',
      expect: {
        identifiers: ['198.51.100.23'],
        sourceTime: { local: '2026-03-06T21:14:00', zone: 'Europe/Vienna' },
      },
      outcomes: {
        complete: { feedback: 'Good.', refs: ['budapest-art-29'], next: 'kept' },
        otherwise: { feedback: 'Incomplete.', refs: ['budapest-art-29'], next: 'gone' },
      },
    },
  };
  return scenarioSchema.parse(data);
}
