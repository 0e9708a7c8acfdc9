import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import { t } from '../i18n/index.ts';
import {
  findingCodes,
  findingReasons,
  validateForm,
  type FindingCode,
} from '../engine/forms-runtime.ts';
import { outcomeClasses, channels, dataCategories } from '../schemas/vocabulary.ts';
import { findingText, messageKey, outcomeText, whyKey } from './findings.ts';

const has = (key: string): boolean => Object.hasOwn(en, key);

// Codes whose reason always comes from a shared text (`because`), so they need no `.why` of their own.
const sharedReason = new Set<FindingCode>([
  'missing-field',
  'emergency-essential-missing',
  'zone-missing',
  'channel-wrong-route',
  'channel-not-expected',
  'recipient-wrong',
  'category-not-available',
  'zone-mismatch',
  'time-mismatch',
  'window-unreadable',
  'window-reversed',
  'identifier-not-found',
]);

describe('finding texts in the UI dictionary', () => {
  it.each([...findingCodes])('%s has a message and a reason', (code) => {
    expect(has(messageKey(code)), `add "finding.${code}" to src/i18n/en.json`).toBe(true);
    if (!sharedReason.has(code)) {
      expect(has(whyKey({ code })), `add "finding.${code}.why" to src/i18n/en.json`).toBe(true);
    }
  });

  it.each([...findingReasons])('shared reason %s has a text', (reason) => {
    expect(has(`finding.why.${reason}`)).toBe(true);
  });

  it('names every outcome class, channel and data category in words', () => {
    for (const o of outcomeClasses) expect(outcomeText(o, t)).toMatch(/^[A-Z][^:]+: .+\.$/);
    for (const c of channels) expect(has(`finding.channel.${c}`)).toBe(true);
    for (const c of dataCategories) expect(has(`finding.category.${c}`)).toBe(true);
  });
});

describe('findingText', () => {
  it('fills a missing field with its label and its own reason', () => {
    const { findings } = validateForm('preservation', {});
    const offence = findings.find((f) => f.field === 'offence');
    expect(offence && findingText(offence, t)).toEqual({
      message: 'Missing: Offence under investigation.',
      why: 'The recipient checks that the request serves a criminal investigation it can support.',
    });
  });

  it('puts channel and category ids into words, and never shows an id', () => {
    const { findings } = validateForm('provider-subscriber', {
      channel: 'central-authority',
      categories: ['content'],
    });
    const texts = findings.map((f) => findingText(f, t));
    const channel = texts.find((x) => x.message.includes('is not a channel'));
    expect(channel?.message).toBe(
      'The central authority (mutual legal assistance) is not a channel for this kind of request.',
    );
    const content = texts.find((x) => x.message.startsWith('Content cannot'));
    expect(content?.why).toContain('§ 2702(a)');
    for (const x of texts) {
      expect(x.message).not.toMatch(/\{\w+\}|central-authority|provider-portal|finding\./);
      expect(x.why).not.toMatch(/\{\w+\}|finding\./);
    }
  });

  it('gives every finding of an empty draft of every form real words', () => {
    for (const type of [
      'preservation',
      'mla-stored-data',
      'provider-subscriber',
      'emergency-disclosure',
      'spontaneous-information',
    ] as const) {
      for (const f of validateForm(type, {
        channel: 'nope',
        eventZone: 'Mars/Base',
        eventTime: '6/3/2026 9:14 PM',
      }).findings) {
        const text = findingText(f, t);
        expect(text.message, f.code).toMatch(/^[^{}]{10,}$/);
        expect(text.why, f.code).toMatch(/^[^{}]{10,}$/);
      }
    }
  });

  it('states US emergency disclosure to foreign authorities as provider policy, not law', () => {
    expect(t('finding.no-emergency-in-case.why')).toMatch(/provider's own policy, not settled law/);
    expect(t('finding.why.category-traffic')).toMatch(/provider practice, not law/);
  });
});
