import { describe, expect, it } from 'vitest';
import type { Session, TeamResult } from '../../schemas/session.ts';
import {
  cleanTeam,
  crc32,
  decodeResultCode,
  decodeSessionCode,
  encodeResultCode,
  encodeSessionCode,
  newSessionId,
} from './codes.ts';

const session: Session = {
  version: 1,
  scenarioId: 'desk-night-shift',
  scenarioVersion: 1,
  seed: 4242,
  mode: 'assessment',
  sessionId: 'k7q2xm0a',
};
const result: TeamResult = {
  session,
  team: 'Équipe Ostmark',
  tokens: [0, 2, 'd3', 'w', 's5', 'd:missing-zone', 1],
  scores: {
    total: 17,
    dimensions: { timeliness: 6, legal: 4, quality: -2, coordination: 5, safeguarding: 4 },
  },
};

/** Replaces one character of the payload (not the checksum) with another allowed character. */
const flip = (code: string, at: number): string =>
  code.slice(0, at) + (code[at] === 'a' ? 'b' : 'a') + code.slice(at + 1);

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
});

describe('session codes', () => {
  it('round-trip and stay short', () => {
    const code = encodeSessionCode(session);
    expect(code).toMatch(/^CCAS1\.desk-night-shift\.1\.39u\.a\.k7q2xm0a\.[0-9a-z]{7}$/);
    expect(code.length).toBeLessThan(50);
    expect(decodeSessionCode(code)).toEqual({ ok: true, value: session });
    expect(decodeSessionCode(`  ${code}\n`)).toEqual({ ok: true, value: session });
  });

  it('carry the largest seed', () => {
    const s = { ...session, seed: 0xffffffff, mode: 'practice' as const };
    expect(decodeSessionCode(encodeSessionCode(s))).toEqual({ ok: true, value: s });
  });

  it.each([
    ['not a string', 42, 'not-a-code'],
    ['empty', '', 'not-a-code'],
    ['script', '<script>alert(1)</script>', 'not-a-code'],
    ['other format', 'hello.world', 'not-a-code'],
    ['future version', 'CCAS2.desk-night-shift.1.39u.a.k7q2xm0a.0000000', 'version'],
    ['missing field', 'CCAS1.desk-night-shift.1.39u.a.0000000', 'malformed'],
    ['oversize', `CCAS1.${'a'.repeat(5000)}`, 'not-a-code'],
  ])('refuse %s', (_, input, reason) => {
    expect(decodeSessionCode(input)).toEqual({ ok: false, reason });
  });

  it('refuse a changed character (checksum)', () => {
    const code = encodeSessionCode(session);
    expect(decodeSessionCode(flip(code, code.indexOf('k7q2')))).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });

  it('refuse well-checksummed nonsense', () => {
    const body = 'CCAS1.Bad_Id.0.zzzzzzzz.x.!';
    expect(decodeSessionCode(body)).toMatchObject({ ok: false });
    const withBadSeed = encodeSessionCode({ ...session, seed: 0 }).replace('.0.a.', '.zzzzzzzz.a.');
    expect(decodeSessionCode(withBadSeed)).toMatchObject({ ok: false });
  });

  it('make random ids that the decoder accepts', () => {
    for (let i = 0; i < 20; i++) {
      const id = newSessionId();
      expect(id).toMatch(/^[a-z0-9]{8}$/);
      expect(decodeSessionCode(encodeSessionCode({ ...session, sessionId: id })).ok).toBe(true);
    }
  });
});

describe('result codes', () => {
  it('round-trip, with a non-ASCII team name, and stay short', () => {
    const code = encodeResultCode(result);
    expect(code).toMatch(/^CCAR1\.[A-Za-z0-9._:-]+$/);
    expect(code.length).toBeLessThan(120);
    expect(decodeResultCode(code)).toEqual({ ok: true, value: result });
  });

  it('refuse a changed decision or score (checksum)', () => {
    const code = encodeResultCode(result);
    const edited = code.replace('.17_6_4_-2_5_4.', '.27_6_4_-2_5_4.');
    expect(edited).not.toBe(code);
    expect(decodeResultCode(edited)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('refuse a session code, a future version and damaged text', () => {
    expect(decodeResultCode(encodeSessionCode(session))).toEqual({
      ok: false,
      reason: 'not-a-code',
    });
    expect(decodeResultCode(encodeResultCode(result).replace('CCAR1', 'CCAR9'))).toEqual({
      ok: false,
      reason: 'version',
    });
    expect(decodeResultCode('CCAR1.%%%')).toEqual({ ok: false, reason: 'not-a-code' });
    expect(decodeResultCode(null)).toEqual({ ok: false, reason: 'not-a-code' });
  });

  it('neutralise script-like team names', () => {
    const code = encodeResultCode({ ...result, team: '<img src=x onerror=alert(1)>\u202eTeam' });
    const decoded = decodeResultCode(code);
    expect(decoded.ok && decoded.value.team).toBe('img src=x onerror=alert(1)Team');
  });

  it('refuse tokens the engine would not accept, even with a valid checksum', () => {
    const bad = encodeResultCode({ ...result, tokens: ['<script>'] });
    expect(decodeResultCode(bad)).toEqual({ ok: false, reason: 'not-a-code' });
    const odd = encodeResultCode({ ...result, tokens: ['zz'] });
    expect(decodeResultCode(odd)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('cleanTeam', () => {
  it.each([
    ['  Team   A ', 'Team A'],
    ['<b>Bold</b>', 'bBold/b'],
    ['a'.repeat(80), 'a'.repeat(40)],
    ['\u0000\u0007', ''],
  ])('%j → %j', (input, out) => {
    expect(cleanTeam(input)).toBe(out);
  });
});
