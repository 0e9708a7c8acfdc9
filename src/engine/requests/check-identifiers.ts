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

// The scenario's own label ("the uploader's address") when it gives one, else the value itself.
const label = (id: ExpectedIdentifier): string => id.label ?? id.value;

function checkIp(text: string, id: ExpectedIdentifier): Finding | null {
  const mentions = ipv4Mentions(text);
  const value = normalise(id.value).replace(/^\[|\]$/g, '');
  const same = mentions.filter((m) => m.ip === value && m.prefix === null);
  const found = same.length > 0 || (value.includes(':') && text.includes(value));
  if (!found) {
    const vague = !value.includes(':') && coveredByRange(text, value, mentions);
    return (vague ? rangeFindings(text)[0] : undefined) ?? notFound(id);
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
    params: { identifier: id.value, port: id.port },
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
        params: { host, identifier: id.value },
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
  return notFound(id);
}

function notFound(id: ExpectedIdentifier): Finding {
  return finding({
    code: 'identifier-not-found',
    field: 'identifiers',
    params: { identifier: label(id) },
    because: 'identifier-mismatch',
    reference: refs.identifiers,
    outcome: 'wrong-identifier',
  });
}

// "/24" and "198.51.100.x" style ranges, whatever the case: a range is many people's data.
const wildcardRange = /(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3})\.[x*](?![\w.])/g;

/**
 * A range of addresses names every subscriber in it: flagged even when the case has no address to
 * compare with (the request builder), because a recipient cannot single one of them out and would
 * have to disclose the others' data.
 */
function rangeFindings(text: string): Finding[] {
  const ranges = [
    ...ipv4Mentions(text)
      .filter((m) => m.prefix !== null && m.prefix < 32)
      .map((m) => ({ range: `${m.ip}/${m.prefix}`, size: 2 ** (32 - (m.prefix ?? 32)) })),
    ...[...text.matchAll(wildcardRange)].map((m) => ({ range: m[0], size: 256 })),
  ];
  const first = ranges[0];
  if (!first) return [];
  return [
    finding({
      code: 'identifier-range',
      field: 'identifiers',
      params: { identifier: first.range, addresses: first.size },
      reference: refs.identifiers,
      refs: [refs.precision],
      outcome: 'vague-identifier',
    }),
  ];
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
  if (!findings.some((f) => f.code === 'identifier-range')) findings.push(...rangeFindings(text));
  const wantedIps = new Set(expected.filter((e) => e.kind === 'ip').map((e) => normalise(e.value)));
  const extra = ipv4Mentions(text).filter((m) => m.prefix === null && !wantedIps.has(m.ip));
  if (wantedIps.size > 0 && extra.length > 0 && findings.length === 0) {
    findings.push(
      finding({
        code: 'identifier-unexpected',
        field: 'identifiers',
        severity: 'warning',
        params: { identifiers: extra.map((m) => m.ip).join(', ') },
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    );
  }
  return findings;
}
