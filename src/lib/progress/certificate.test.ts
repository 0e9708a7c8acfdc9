import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonical, cleanName, mismatchedCertificates, verificationCode } from './certificate.ts';
import { sha256, sha256Hex } from './sha256.ts';

describe('sha256 fallback', () => {
  it.each([
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'Čeština ✓ 日本',
    'x'.repeat(1000),
  ])('matches node:crypto for %#', async (text) => {
    const want = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(sha256Hex(text)).toBe(want);
    expect(await sha256(text)).toBe(want);
  });
});

describe('names', () => {
  it.each([
    ['  Ana   Kovač ', 'Ana Kovač'],
    ['Ana\u0000\u0007\nKovač', 'Ana Kovač'],
    ['<script>alert(1)</script>', 'script alert(1) /script'],
    ['x'.repeat(200), 'x'.repeat(80)],
    ['\u202eevil', 'evil'],
  ])('cleans %j', (input, want) => {
    expect(cleanName(input)).toBe(want);
  });
});

describe('verification code', () => {
  const facts = {
    name: 'Ana Kovač',
    date: '2026-11-28',
    contentVersion: '2026.11',
    modules: [{ id: 'a', percent: 100 }],
    scenarios: [{ id: 's', percent: 75 }],
  };
  it('is derived from a canonical, versioned string', async () => {
    expect(canonical(facts)).toBe(
      'cca-certificate/1\nname:Ana Kovač\ndate:2026-11-28\ncontent:2026.11\nmodule:a=100\nscenario:s=75',
    );
    const code = await verificationCode(facts);
    expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const hex = createHash('sha256')
      .update(canonical(facts))
      .digest('hex')
      .slice(0, 16)
      .toUpperCase();
    expect(code.replaceAll('-', '')).toBe(hex);
  });
  it('changes when any fact changes', async () => {
    const code = await verificationCode(facts);
    expect(await verificationCode({ ...facts, name: 'Ana Kovac' })).not.toBe(code);
    expect(await verificationCode({ ...facts, scenarios: [{ id: 's', percent: 76 }] })).not.toBe(
      code,
    );
  });
});

describe('certificate codes on import', () => {
  it('names the certificates whose code disagrees with their facts', async () => {
    const facts = {
      name: 'Ana Kovač',
      date: '2026-11-06',
      contentVersion: '2026.11',
      modules: [{ id: 'why-evidence-crosses-borders', percent: 100 }],
      scenarios: [{ id: 'desk-night-shift', percent: 81 }],
    };
    const good = {
      ...facts,
      issuedAt: '2026-11-06T08:00:00.000Z',
      code: await verificationCode(facts),
    };
    const edited = { ...good, scenarios: [{ id: 'desk-night-shift', percent: 99 }] };
    const renamed = { ...good, name: 'Someone Else', code: '0123-4567-89AB-CDEF' };
    expect(await mismatchedCertificates([good, edited, renamed])).toEqual([
      good.code,
      renamed.code,
    ]);
  });
});
