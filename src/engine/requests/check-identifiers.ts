import type { ExpectedIdentifier } from '../../schemas/request.ts';
import { normalise } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import type { Finding } from './types.ts';

const ipv4Global = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?(?::(\d{1,5}))?(?![\d.])/g;
const portMention = /\bport\s*(?:no\.?|number|:|=|#)?\s*(\d{1,5})\b/gi;

interface Ipv4Mention {
  ip: string;
  prefix: number | null;
  port: number | null;
}

function ipv4Mentions(text: string): Ipv4Mention[] {
  return [...text.matchAll(ipv4Global)].map((m) => ({
    ip: m[1] ?? '',
    prefix: m[2] === undefined ? null : Number(m[2]),
    port: m[3] === undefined ? null : Number(m[3]),
  }));
}

function ipToNumber(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

// "198.51.100.0/24" or "198.51.100.x" names a whole range: many subscribers, not one.
function coveredByRange(text: string, ip: string, mentions: Ipv4Mention[]): boolean {
  const target = ipToNumber(ip);
  const inCidr = mentions.some((m) => {
    if (m.prefix === null || m.prefix > 32) return false;
    const size = 2 ** (32 - m.prefix);
    return Math.floor(ipToNumber(m.ip) / size) === Math.floor(target / size);
  });
  const prefix = ip.split('.').slice(0, 3).join('.');
  return inCidr || text.includes(`${prefix}.x`) || text.includes(`${prefix}.*`);
}

function tokens(text: string): Set<string> {
  return new Set(
    text
      .split(/[\s,;]+/)
      .map((t) => t.replace(/^[<("'[]+|[>)"'\].]+$/g, '').replace(/^@/, ''))
      .filter((t) => t !== ''),
  );
}

const canonicalUrl = (url: string): string => normalise(url).replace(/\/+$/, '');
const digits = (phone: string): string => phone.replace(/[^\d+]/g, '');

function label(id: ExpectedIdentifier): string {
  return id.label ?? `the ${id.kind === 'ip' ? 'IP address' : id.kind} ${id.value}`;
}

const mismatchWhy =
  'The recipient searches for exactly what you wrote; a different identifier returns nothing, or another person’s data.';

function checkIp(text: string, id: ExpectedIdentifier): Finding | null {
  const mentions = ipv4Mentions(text);
  const value = normalise(id.value).replace(/^\[|\]$/g, '');
  const same = mentions.filter((m) => m.ip === value && m.prefix === null);
  const found = same.length > 0 || (value.includes(':') && text.includes(value));
  if (!found) {
    const vague = !value.includes(':') && coveredByRange(text, value, mentions);
    return finding({
      code: vague ? 'identifier-range' : 'identifier-not-found',
      field: 'identifiers',
      message: vague
        ? `The request names a range of addresses instead of ${label(id)}.`
        : `The request does not name ${label(id)} as it appears in the evidence.`,
      why: vague
        ? 'A range covers many subscribers; the recipient cannot tell which one you mean.'
        : mismatchWhy,
      reference: refs.identifiers,
      outcome: vague ? 'vague-identifier' : 'wrong-identifier',
    });
  }
  if (id.port === undefined) return null;
  const ports = [
    ...same.map((m) => m.port).filter((p): p is number => p !== null),
    ...[...text.matchAll(portMention)].map((m) => Number(m[1])),
    ...[...text.matchAll(/\]:(\d{1,5})\b/g)].map((m) => Number(m[1])),
  ];
  if (ports.includes(id.port)) return null;
  const wrongPort = ports.length > 0;
  return finding({
    code: wrongPort ? 'port-mismatch' : 'port-missing',
    field: 'identifiers',
    message: wrongPort
      ? `The source port given for ${id.value} is not the one in the log (${id.port}).`
      : `${id.value} is shared through carrier-grade NAT, but the request gives no source port.`,
    why: 'Behind carrier-grade NAT many subscribers share one public address at the same second; only the source port tells them apart.',
    reference: refs.precision,
    outcome: wrongPort ? 'wrong-identifier' : 'vague-identifier',
  });
}

function checkOther(text: string, id: ExpectedIdentifier): Finding | null {
  const words = tokens(text);
  const value = normalise(id.value);
  if (id.kind === 'url') {
    const wanted = canonicalUrl(value);
    if ([...words].some((w) => canonicalUrl(w) === wanted)) return null;
    const host = /^[a-z]+:\/\/([^/?#]+)/.exec(wanted)?.[1];
    if (host && wanted.length > host.length + 10 && text.includes(host)) {
      return finding({
        code: 'url-host-only',
        field: 'identifiers',
        message: `The request names the site ${host} but not the exact address ${id.value}.`,
        why: 'A whole site holds many users’ material; the provider needs the exact page or file.',
        reference: refs.identifiers,
        outcome: 'vague-identifier',
      });
    }
  } else if (id.kind === 'phone') {
    if (
      [...words].some((w) => digits(w) === digits(value)) ||
      text.replace(/[^\d+]/g, '').includes(digits(value))
    ) {
      return null;
    }
  } else if (words.has(value.replace(/^@/, '')) || (value.includes(' ') && text.includes(value))) {
    return null;
  }
  return finding({
    code: 'identifier-not-found',
    field: 'identifiers',
    message: `The request does not name ${label(id)} exactly as it appears in the evidence.`,
    why: mismatchWhy,
    reference: refs.identifiers,
    outcome: 'wrong-identifier',
  });
}

/** Checks that every identifier from the case file appears exactly (after case/space normalising). */
export function checkIdentifiers(raw: string, expected: readonly ExpectedIdentifier[]): Finding[] {
  const text = normalise(raw);
  if (text === '') return []; // presence check reports the empty field
  const findings: Finding[] = [];
  for (const id of expected) {
    const result = id.kind === 'ip' ? checkIp(text, id) : checkOther(text, id);
    if (result) findings.push(result);
  }
  const wantedIps = new Set(expected.filter((e) => e.kind === 'ip').map((e) => normalise(e.value)));
  const extra = ipv4Mentions(text).filter((m) => m.prefix === null && !wantedIps.has(m.ip));
  if (wantedIps.size > 0 && extra.length > 0 && findings.length === 0) {
    findings.push(
      finding({
        code: 'identifier-unexpected',
        field: 'identifiers',
        severity: 'warning',
        message: `The request also names ${extra.map((m) => m.ip).join(', ')}, which the evidence does not link to this case.`,
        why: 'Every extra identifier is another person’s data the recipient must justify disclosing.',
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    );
  }
  return findings;
}
