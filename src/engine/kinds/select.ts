// Multi-select: the trainee picks at least `min` options; each option's `selected` or `unselected`
// effects apply, and the feedback lists every option.
import type { SelectOption } from '../../schemas/node.ts';
import { effectsTotal, runEffects } from '../sim/effects.ts';
import { inDisplayOrder } from '../sim/order.ts';
import type { Decision } from '../sim/types.ts';
import { quote } from '../problems.ts';
import { sameLabel } from './choose.ts';
import type { KindModule } from './types.ts';

/** Radix of the option bitmask in a replay token (`s` + mask). */
const MASK_RADIX = 36;

/** Lowest and highest total a selection can score (each option picked or not, independently). */
function selectTotals(options: readonly SelectOption[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const o of options) {
    const a = effectsTotal(o.selected);
    const b = effectsTotal(o.unselected);
    min += Math.min(a, b);
    max += Math.max(a, b);
  }
  return { min, max };
}

/** The `select` kind. */
export const select: KindModule<'select'> = {
  kind: 'select',
  field: 'select',
  apply({ scenario, s, entries }, it, decision) {
    if (decision.kind !== 'select') return 'wrong-kind';
    const { options, min } = it;
    const picked = new Set(decision.options);
    if (picked.size < min) return 'too-few-options';
    for (const id of picked) if (!options.some((o) => o.id === id)) return 'unknown-option';
    runEffects(
      scenario,
      s,
      options.map((o) => (picked.has(o.id) ? o.selected : o.unselected)),
      { kind: 'decision', label: it.prompt },
      entries,
    );
    const totals = selectTotals(options);
    return {
      record: {
        label: options
          .filter((o) => picked.has(o.id))
          .map((o) => o.label)
          .join('; '),
        feedback: '',
        items: options.map((o) => ({
          label: o.label,
          picked: picked.has(o.id),
          feedback: o.feedback,
        })),
        refs: [...new Set(options.flatMap((o) => o.refs))],
        minScore: totals.min,
        maxScore: totals.max,
        // Every single option, plus leaving them all out.
        alternatives: options.length + 1,
      },
      next: it.next,
    };
  },
  options(_scenario, _s, it) {
    const out: Decision[] = [];
    for (let mask = 0; mask < 1 << it.options.length; mask++) {
      const picked = it.options.filter((_, i) => mask & (1 << i)).map((o) => o.id);
      if (picked.length >= it.min) out.push({ kind: 'select', options: picked });
    }
    return out;
  },
  view: (_scenario, s, it) => ({
    kind: 'select',
    prompt: it.prompt,
    min: it.min,
    options: inDisplayOrder(s.seed, s.node, it.options).map((o) => ({ id: o.id, label: o.label })),
  }),
  lint(it, ctx) {
    ctx.nextAt(`${ctx.path}.next`, it.next);
    const seen = new Set<string>();
    it.options.forEach((o, i) => {
      const p = `${ctx.path}.options[${i}]`;
      if (seen.has(o.id))
        ctx.add(`${p}.id`, `duplicate option id ${quote(o.id)}`, 'give each option its own id');
      seen.add(o.id);
      ctx.refsAt(`${p}.refs`, o.refs);
      ctx.effects(`${p}.selected`, o.selected);
      ctx.effects(`${p}.unselected`, o.unselected);
    });
  },
  // A select shows every option at once, so any two with one label clash (judged with the walks).
  checkWalked(it, _seen, ctx) {
    it.options.forEach((a, i) =>
      it.options.forEach((b, j) => {
        if (j <= i || !sameLabel(a.label, b.label)) return;
        ctx.add(
          `${ctx.path}.options[${j}].label`,
          `two options shown together share the label ${quote(b.label)}`,
          'give each option its own words, so the trainee can tell them apart',
        );
      }),
    );
  },
  transitions: (it) => [{ event: 'trainee.select', key: null, target: it.next }],
  accepts(_scenario, _sim, it, event) {
    if (event.type !== 'trainee.select') return false;
    const ids = new Set(it.options.map((o) => o.id));
    const picked = new Set(event.options);
    return picked.size >= it.min && [...picked].every((id) => ids.has(id));
  },
  encode(it, d) {
    if (d.kind !== 'select') return null;
    let mask = 0;
    it.options.forEach((o, i) => (mask |= d.options.includes(o.id) ? 1 << i : 0));
    return `s${mask.toString(MASK_RADIX)}`;
  },
  decode(it, token) {
    if (typeof token !== 'string' || !token.startsWith('s')) return null;
    const mask = parseInt(token.slice(1), MASK_RADIX);
    return {
      kind: 'select',
      options: it.options.filter((_, j) => mask & (1 << j)).map((o) => o.id),
    };
  },
  exits: (it) => [{ label: it.prompt, next: it.next }],
};
