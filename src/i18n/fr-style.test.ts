import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

const NBSP = '\u00a0';
const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
const entries: Array<[string, string]> = Object.entries(fr);

// Words that are the same in both languages (or codes, units and names): anything else left
// identical to the English is an untranslated string a French reader would meet.
const sameInBothLanguages = new Set([
  'site.name', // the academy's name is a proper name, as in the French pages
  'nav.modules',
  'modules.title',
  'module.number',
  'search.type.module',
  'search.type.section',
  'dimension.coordination',
  'player.clock.utc',
  'player.clock.utcValue',
  'player.clock.mode',
  'player.evidence.urgent',
  'player.artefact.kind.message',
  'progress.modules.title',
  'certificate.date',
  'instructor.timer.pause',
  'workshop.total',
  'workshop.csv.total',
  'workshop.scores.dimension',
  'timeline.when',
  'timeline.utc',
]);

describe('French UI dictionary', () => {
  it('has every English key, in the same order', () => {
    expect(Object.keys(fr)).toEqual(Object.keys(en));
  });

  it('keeps every {placeholder} of the English string', () => {
    const wrong = entries.filter(
      ([k, v]) =>
        placeholders(v).join() !== placeholders((en as Record<string, string>)[k] ?? '').join(),
    );
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('leaves no English string untranslated', () => {
    const same = entries.filter(
      ([k, v]) => v === (en as Record<string, string>)[k] && !sameInBothLanguages.has(k),
    );
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('uses French punctuation: a non-breaking space before : ; ? ! % and inside « »', () => {
    const bad = entries.filter(
      ([, v]) =>
        /[^\u00a0][;?!%]/.test(v.replace(/\{\w+\}/g, 'x')) ||
        /[^\u00a0\d]:/.test(v.replace(/HH:mm:ss/g, '')) ||
        /«(?!\u00a0)|(?<!\u00a0)»/.test(v) ||
        /["“”]/.test(v),
    );
    expect(bad.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
    expect(fr['search.didYouMean']).toBe(`Vouliez-vous dire {query}${NBSP}?`);
  });

  it('names the treaties and measures with their official French terms', () => {
    expect(fr['law.instrument.budapest-convention']).toContain(
      'Convention sur la cybercriminalité',
    );
    expect(fr['law.instrument.second-protocol']).toContain(
      'Deuxième Protocole additionnel à la Convention sur la cybercriminalité',
    );
    expect(fr['finding.channel.network-24-7']).toContain('réseau 24/7');
    expect(fr['finding.category.traffic']).toBe('Données relatives au trafic');
    expect(fr['finding.category.subscriber']).toBe('Données relatives aux abonnés');
    // "preservation" is "conservation" in the treaty; "préservation" is a false friend.
    expect(entries.filter(([, v]) => /préserv/i.test(v)).map(([k]) => k)).toEqual([]);
  });
});
