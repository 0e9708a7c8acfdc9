/** Turns a finished run into a team's result code and workshop result file (player side). */
import { decodeReplay } from '../../engine/restore.ts';
import { encodeReplay, totalScore, type Scenario, type SimState } from '../../engine/runtime.ts';
import { resultFile } from '../../engine/analysis-runtime.ts';
import type { Session, WorkshopResultFile } from '../../schemas/session.ts';
import { cleanTeam, encodeResultCode } from './codes.ts';

/** The result code of a team's run in a session. */
export function teamResultCode(
  session: Session,
  team: string,
  scenario: Scenario,
  sim: SimState,
): string {
  const decoded = decodeReplay(encodeReplay(scenario, sim));
  return encodeResultCode({
    session,
    team,
    tokens: decoded.ok ? decoded.replay.tokens : [],
    scores: { total: totalScore(sim), dimensions: { ...sim.score } },
  });
}

/** The downloadable workshop result: the code (the authority) and the readable result file. */
export function workshopResultFile(
  session: Session,
  team: string,
  scenario: Scenario,
  sim: SimState,
  exportedAt: string,
): WorkshopResultFile {
  return {
    format: 'cca-workshop-result',
    version: 1,
    team: cleanTeam(team),
    sessionId: session.sessionId,
    code: teamResultCode(session, team, scenario, sim),
    result: resultFile(scenario, sim, exportedAt),
  };
}

/** Offers a text as a file download (nothing is sent anywhere). */
export { downloadText } from '../download.ts';

/** A file-name-safe slug of a team name. */
export const fileSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'team';
