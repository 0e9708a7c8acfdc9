/**
 * Certificate facts and their verification code. The code is a short SHA-256 over a canonical
 * string of the facts: it shows that a printed certificate was not edited by accident (a changed
 * name, date or score gives a different code). It is NOT proof against forgery: anyone with the
 * academy can compute a code for any facts.
 */
import { sha256 } from './sha256.ts';

/** Longest name printed. */
export const maxNameLength = 80;

/** A typed name made safe to store and print: no control characters or markup brackets, one-line, capped. */
export function cleanName(name: string): string {
  return name
    .replace(/[\p{Cc}\p{Cf}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxNameLength)
    .trim();
}

/** What a certificate states. */
export interface CertificateFacts {
  name: string;
  /** Issue date, YYYY-MM-DD. */
  date: string;
  contentVersion: string;
  /** Best knowledge-check percent per required module, in course order. */
  modules: Array<{ id: string; percent: number }>;
  /** Best percent per required scenario. */
  scenarios: Array<{ id: string; percent: number }>;
}

/** The canonical string the code is computed over: versioned, one fact per line, fixed order. */
export function canonical(f: CertificateFacts): string {
  return [
    'cca-certificate/1',
    `name:${f.name}`,
    `date:${f.date}`,
    `content:${f.contentVersion}`,
    ...f.modules.map((m) => `module:${m.id}=${m.percent}`),
    ...f.scenarios.map((s) => `scenario:${s.id}=${s.percent}`),
  ].join('\n');
}

/** The verification code: the first 16 hex digits of the SHA-256, upper case, in groups of four. */
export async function verificationCode(f: CertificateFacts): Promise<string> {
  const hex = (await sha256(canonical(f))).slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** Certificates whose verification code does not match the facts they state (edited or damaged). */
export async function mismatchedCertificates(
  certificates: ReadonlyArray<Omit<CertificateFacts, 'date'> & { issuedAt: string; code: string }>,
): Promise<string[]> {
  const out: string[] = [];
  for (const c of certificates) {
    // The printed date is the issue day (as the certificate page computes it).
    const facts: CertificateFacts = { ...c, date: c.issuedAt.slice(0, 10) };
    if ((await verificationCode(facts)) !== c.code) out.push(c.code);
  }
  return out;
}
