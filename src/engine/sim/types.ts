import type { Dimension } from '../../schemas/common.ts';
import type { EvidenceStatus } from '../../schemas/evidence.ts';
import type { Draft, Finding } from '../draft-port.ts';

/** What the trainee did at a node. Drafts are stored by outcome class (plus the text when known). */
export type Decision =
  | { kind: 'choose'; choice: string }
  | { kind: 'select'; options: string[] }
  | { kind: 'draft'; outcome: string; draft?: Draft; findings?: Finding[] }
  | { kind: 'wait' };

/** One evidence item's situation. */
export interface EvidenceState {
  status: EvidenceStatus;
  /** When it entered this status (epoch ms). */
  since: number;
}

/** An event waiting on the clock: an actor's reply or a scenario inject. */
export interface PendingEvent {
  /** Order of scheduling, breaks ties between events due at the same instant. */
  seq: number;
  /** Due instant (epoch ms). */
  at: number;
  /** `reply`: actor's response rule; `inject`: scenario inject by index. */
  source:
    | { kind: 'reply'; actor: string; rule: number; subject: string }
    | { kind: 'inject'; index: number };
}

/** A message in the trainee's inbox. */
export interface InboxMessage {
  id: string;
  from: string | null;
  subject: string;
  body: string;
  arrivedAt: number;
  reply: 'answer' | 'clarify' | 'refuse' | 'inject';
  inReplyTo?: string;
}

/** A message the trainee sent. */
export interface SentMessage {
  to: string;
  subject: string;
  as: string;
  sentAt: number;
  replyDueAt: number | null;
}

/**
 * Why the clock moved. `decision` and `drafting` carry the author's words (a choice label, a wait
 * button, a draft's subject); the UI words the rest from its dictionary.
 */
export type JumpCause =
  | { kind: 'decision'; label: string }
  | { kind: 'drafting'; subject: string }
  | { kind: 'waiting' }
  | { kind: 'instructor'; note: string | null };

/** A move of the clock, with its cause. */
export interface TimeJump {
  from: number;
  to: number;
  cause: JumpCause;
}

/** Something the UI should announce (live region) after a decision. */
export type Announcement =
  | ({ kind: 'time-jump' } & TimeJump)
  | { kind: 'message'; at: number; messageId: string; from: string | null; subject: string }
  | { kind: 'evidence-lost'; at: number; evidence: string }
  | { kind: 'no-events'; at: number };

/** A score change with its reason and source. */
export interface ScoreEntry {
  dimension: Dimension;
  delta: number;
  reason: string;
}

/** One recorded decision with its scoring contract (score, min, max among the alternatives). */
export interface DecisionRecord {
  node: string;
  at: number;
  decision: Decision;
  /**
   * The author's words for what was chosen, for the timeline: the choice label, the picked options
   * joined by "; " (empty when none was picked), the draft's subject or the wait button.
   */
  label: string;
  /** The author's feedback (empty for a select, whose feedback is per option in `items`). */
  feedback: string;
  /** Select only: every option, whether it was picked, and its feedback. */
  items?: Array<{ label: string; picked: boolean; feedback: string }>;
  /** How many alternatives were open (1: a plain Continue, unscored). */
  alternatives: number;
  refs: string[];
  entries: ScoreEntry[];
  score: number;
  minScore: number;
  maxScore: number;
}

/** A score change caused by an event (a reply's consequences), not a decision. */
export interface EventScore extends ScoreEntry {
  at: number;
  source: string;
}

/** The whole simulation state: plain JSON, no functions, so it saves and compares easily. */
export interface SimState {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  mode: 'practice' | 'assessment';
  node: string;
  ending: string | null;
  clock: number;
  rng: number;
  seq: number;
  flags: string[];
  /** `unseen`: lost before the trainee ever learnt of it (kept off the board, named in the debrief). */
  evidence: Record<string, EvidenceState & { lostAt?: number; unseen?: true }>;
  pending: PendingEvent[];
  inbox: InboxMessage[];
  sent: SentMessage[];
  score: Record<Dimension, number>;
  decisions: DecisionRecord[];
  eventScores: EventScore[];
  timeJumps: TimeJump[];
  /** Announcements produced by the latest decision only. */
  announcements: Announcement[];
}
