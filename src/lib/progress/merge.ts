/** Merging an imported learner record into this browser's: the best of both, nothing lost. */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { own, quizPercent } from './record.ts';

/** What an import would change, for the preview. */
export interface MergePreview {
  /** Entries only in the file (modules, knowledge checks, scenarios, certificates). */
  added: number;
  /** Entries in both where the file has a better result or read further. */
  improved: number;
  /** Entries in this browser that a replace would drop. */
  lost: number;
}

const later = (a: string, b: string): string => (a >= b ? a : b);
const earlier = (a: string, b: string): string => (a <= b ? a : b);
const later2 = <T extends { startedAt: string }>(a: T, b: T): T =>
  a.startedAt >= b.startedAt ? a : b;
const bestOf = <T extends { score: number; max: number }>(a?: T, b?: T): T | undefined =>
  a && b ? (quizPercent(a) >= quizPercent(b) ? a : b) : (a ?? b);

/** Merges two records: furthest reading, best results, latest "last" attempts, all certificates. */
export function mergeRecords(here: LearnerRecord, file: LearnerRecord): LearnerRecord {
  // A JSON copy, not structuredClone: the UI passes reactive proxies, which cannot be cloned.
  const out = JSON.parse(JSON.stringify(here)) as LearnerRecord;
  for (const [slug, m] of Object.entries(file.modules)) {
    const h = own(out.modules, slug);
    if (!h) {
      out.modules[slug] = m;
      continue;
    }
    const readAt = h.readAt && m.readAt ? earlier(h.readAt, m.readAt) : (h.readAt ?? m.readAt);
    out.modules[slug] = {
      reached: Math.max(h.reached, m.reached),
      total: Math.max(h.total, m.total),
      firstAt: earlier(h.firstAt, m.firstAt),
      lastAt: later(h.lastAt, m.lastAt),
      ...(readAt ? { readAt } : {}),
    };
  }
  for (const [mod, quizzes] of Object.entries(file.quizzes)) {
    const hm = own(out.quizzes, mod) ?? {};
    for (const [id, q] of Object.entries(quizzes)) {
      const h = own(hm, id);
      if (!h) {
        hm[id] = q;
        continue;
      }
      const counted = bestOf(h.counted, q.counted);
      const session =
        h.session && q.session ? later2(h.session, q.session) : (h.session ?? q.session);
      hm[id] = {
        best: quizPercent(h.best) >= quizPercent(q.best) ? h.best : q.best,
        last: h.last.at >= q.last.at ? h.last : q.last,
        attempts: Math.min(1_000_000, h.attempts + q.attempts),
        // Counted first attempts and the latest session survive a merge (dropping them would lose a pass).
        ...(counted ? { counted } : {}),
        ...(session ? { session } : {}),
      };
    }
    out.quizzes[mod] = hm;
  }
  for (const [id, s] of Object.entries(file.scenarios)) {
    const h = own(out.scenarios, id);
    const assessed =
      h?.assessed && s.assessed
        ? h.assessed.percent >= s.assessed.percent
          ? h.assessed
          : s.assessed
        : (h?.assessed ?? s.assessed);
    out.scenarios[id] = h
      ? {
          best: h.best.percent >= s.best.percent ? h.best : s.best,
          last: h.last.at >= s.last.at ? h.last : s.last,
          runs: Math.min(1_000_000, h.runs + s.runs),
          ...(assessed ? { assessed } : {}),
        }
      : s;
  }
  const codes = new Set(out.certificates.map((c) => c.code));
  for (const c of file.certificates) if (!codes.has(c.code)) out.certificates.push(c);
  out.certificates.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  out.certificates = out.certificates.slice(-50);
  if (file.last && (!out.last || file.last.at > out.last.at)) out.last = file.last;
  out.updatedAt = later(here.updatedAt, file.updatedAt);
  return out;
}

/** Counts what a merge would add or improve, and what a replace would drop. */
export function previewMerge(here: LearnerRecord, file: LearnerRecord): MergePreview {
  let added = 0;
  let improved = 0;
  let lost = 0;
  const tally = (inHere: boolean, better: boolean) => {
    if (!inHere) added++;
    else if (better) improved++;
  };
  for (const [slug, m] of Object.entries(file.modules)) {
    const h = own(here.modules, slug);
    tally(!!h, !!h && m.reached > h.reached);
  }
  for (const [mod, quizzes] of Object.entries(file.quizzes)) {
    for (const [id, q] of Object.entries(quizzes)) {
      const h = own(own(here.quizzes, mod) ?? {}, id);
      tally(!!h, !!h && quizPercent(q.best) > quizPercent(h.best));
    }
  }
  for (const [id, s] of Object.entries(file.scenarios)) {
    const h = own(here.scenarios, id);
    tally(!!h, !!h && s.best.percent > h.best.percent);
  }
  const codes = new Set(here.certificates.map((c) => c.code));
  for (const c of file.certificates) tally(codes.has(c.code), false);
  for (const slug of Object.keys(here.modules)) if (!own(file.modules, slug)) lost++;
  for (const [mod, quizzes] of Object.entries(here.quizzes)) {
    for (const id of Object.keys(quizzes)) if (!own(own(file.quizzes, mod) ?? {}, id)) lost++;
  }
  for (const id of Object.keys(here.scenarios)) if (!own(file.scenarios, id)) lost++;
  const fileCodes = new Set(file.certificates.map((c) => c.code));
  for (const c of here.certificates) if (!fileCodes.has(c.code)) lost++;
  return { added, improved, lost };
}
