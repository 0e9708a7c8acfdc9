import type { Scenario } from '../../schemas/scenario.ts';
import type { Effects } from '../../schemas/effect.ts';
import { safeStatuses } from '../../schemas/vocabulary.ts';
import { durationMs, MS_PER_MINUTE } from '../time/duration.ts';
import { nextWorkingMoment } from '../time/working-hours.ts';
import { nextRandom } from '../random.ts';
import type { JumpCause, SimState, ScoreEntry } from './types.ts';
import { own } from '../own.ts';

/** Start instant of a scenario in epoch ms. */
export function startOf(scenario: Scenario): number {
  return Date.parse(scenario.startsAt);
}

/** Deadline of an evidence item in epoch ms. */
export function deadlineOf(scenario: Scenario, evidenceId: string): number {
  const item = own(scenario.evidence, evidenceId);
  return item ? startOf(scenario) + durationMs(item.retention) : Infinity;
}

/** Sets an evidence status; lost data stay lost. Mutates `s`. */
export function setEvidence(
  s: SimState,
  id: string,
  status: SimState['evidence'][string]['status'],
): void {
  const current = own(s.evidence, id);
  if (!current || current.status === 'lost' || current.status === status) return;
  s.evidence[id] = { status, since: s.clock };
}

/** Applies the instantaneous parts of effects (evidence, flags, score, sends). Mutates `s`. */
export function applyInstant(
  scenario: Scenario,
  s: SimState,
  effects: Effects,
  entries: ScoreEntry[],
): void {
  for (const [id, status] of Object.entries(effects.evidence)) setEvidence(s, id, status);
  if (effects.set.length || effects.clear.length) {
    const flags = new Set(s.flags);
    for (const f of effects.clear) flags.delete(f);
    for (const f of effects.set) flags.add(f);
    s.flags = [...flags].sort();
  }
  for (const [dimension, change] of Object.entries(effects.score)) {
    const dim = dimension as ScoreEntry['dimension'];
    s.score[dim] += change.delta;
    entries.push({ dimension: dim, delta: change.delta, reason: change.reason });
  }
  for (const send of effects.send) sendMessage(scenario, s, send.to, send.subject, send.as);
}

/** Sends a message and schedules the recipient's reply per its rules and working hours. Mutates `s`. */
export function sendMessage(
  scenario: Scenario,
  s: SimState,
  to: string,
  subject: string,
  as: string,
): void {
  const actor = own(scenario.actors, to);
  const rules = actor?.responds?.rules ?? [];
  const ruleIndex = rules.findIndex((r) => r.on.includes(as) || r.on.includes('any'));
  let due: number | null = null;
  if (actor?.responds && ruleIndex >= 0) {
    const range = rules[ruleIndex]?.delay ?? actor.responds.delay;
    const [r, rng] = nextRandom(s.rng);
    s.rng = rng;
    const min = durationMs(range.min);
    const max = Math.max(min, durationMs(range.max));
    const delay = Math.round((min + r * (max - min)) / MS_PER_MINUTE) * MS_PER_MINUTE;
    const start = nextWorkingMoment(s.clock, actor.hours, actor.timezone);
    due = nextWorkingMoment(start + delay, actor.hours, actor.timezone);
    s.pending = [
      ...s.pending,
      { seq: s.seq++, at: due, source: { kind: 'reply', actor: to, rule: ruleIndex, subject } },
    ];
  }
  s.sent = [...s.sent, { to, subject, as, sentAt: s.clock, replyDueAt: due }];
}

function fireEvent(scenario: Scenario, s: SimState, index: number): void {
  const event = s.pending[index];
  if (!event) return;
  s.pending = s.pending.filter((_, i) => i !== index);
  s.clock = Math.max(s.clock, event.at);
  if (event.source.kind === 'inject') {
    const inject = scenario.injects[event.source.index];
    if (!inject) return;
    s.inbox = [...s.inbox, { ...inject.message, from: null, arrivedAt: event.at, reply: 'inject' }];
    s.announcements.push({
      kind: 'message',
      at: event.at,
      messageId: inject.message.id,
      from: null,
      subject: inject.message.subject,
    });
    if (inject.effects)
      applyEventEffects(scenario, s, inject.effects, `inject ${inject.message.id}`);
    return;
  }
  const { actor: actorId, rule: ruleIndex, subject } = event.source;
  const rule = own(scenario.actors, actorId)?.responds?.rules[ruleIndex];
  if (!rule) return;
  s.inbox = [
    ...s.inbox,
    { ...rule.message, from: actorId, arrivedAt: event.at, reply: rule.reply, inReplyTo: subject },
  ];
  s.announcements.push({
    kind: 'message',
    at: event.at,
    messageId: rule.message.id,
    from: actorId,
    subject: rule.message.subject,
  });
  if (rule.effects) applyEventEffects(scenario, s, rule.effects, `${actorId}: ${rule.message.id}`);
}

function applyEventEffects(
  scenario: Scenario,
  s: SimState,
  effects: Effects,
  source: string,
): void {
  const entries: ScoreEntry[] = [];
  applyInstant(scenario, s, effects, entries);
  for (const e of entries) s.eventScores = [...s.eventScores, { ...e, at: s.clock, source }];
}

/**
 * Moves the clock to `to`, firing due events and evidence losses in time order (a delivery due at
 * the very instant of a deadline comes first). Records the jump. Mutates `s`.
 */
export function advanceTo(scenario: Scenario, s: SimState, to: number, cause: JumpCause): void {
  const from = s.clock;
  if (to <= from) return;
  for (;;) {
    let eventIndex = -1;
    for (let i = 0; i < s.pending.length; i++) {
      const p = s.pending[i];
      const best = s.pending[eventIndex];
      if (p && p.at <= to && (!best || p.at < best.at || (p.at === best.at && p.seq < best.seq)))
        eventIndex = i;
    }
    let lossId: string | null = null;
    let lossAt = Infinity;
    for (const [id, ev] of Object.entries(s.evidence)) {
      if (ev.status === 'lost' || safeStatuses.includes(ev.status)) continue;
      const deadline = deadlineOf(scenario, id);
      if (deadline <= to && deadline < lossAt) {
        lossAt = deadline;
        lossId = id;
      }
    }
    const eventAt = s.pending[eventIndex]?.at ?? Infinity;
    if (eventIndex < 0 && lossId === null) break;
    if (eventAt <= lossAt) {
      fireEvent(scenario, s, eventIndex);
    } else if (lossId !== null) {
      s.clock = Math.max(s.clock, lossAt);
      // Data the trainee never learnt of are lost silently: the board and the announcements only
      // know what the case file has revealed; the debrief names them.
      const unseen = s.evidence[lossId]?.status === 'unknown';
      s.evidence[lossId] = unseen
        ? { status: 'lost', since: lossAt, lostAt: lossAt, unseen: true }
        : { status: 'lost', since: lossAt, lostAt: lossAt };
      if (!unseen) s.announcements.push({ kind: 'evidence-lost', at: lossAt, evidence: lossId });
    }
  }
  s.clock = to;
  s.timeJumps = [...s.timeJumps, { from, to, cause }];
  s.announcements.push({ kind: 'time-jump', from, to, cause });
}

/** Instant of the next scheduled event, or null when nothing is pending. */
export function nextEventAt(s: SimState): number | null {
  let at: number | null = null;
  for (const p of s.pending) if (at === null || p.at < at) at = p.at;
  return at;
}
