import { describe, expect, it } from 'vitest';
import { requestTypes } from '../../engine/forms-runtime.ts';
import en from '../../i18n/en.json';
import { labelLookup, wordFields } from '../../lib/request-words.ts';
import { completeness, displayValue, draftFileName, draftToText } from './draft-text.ts';

const fields = wordFields(
  labelLookup(en),
  'provider-subscriber',
  requestTypes['provider-subscriber'].fields,
);
const labels = {
  legalBasis: 'Legal basis',
  notFilled: '[not filled in]',
  footer: 'Check before sending.',
};

describe('request builder drafts', () => {
  it('shows option labels instead of codes', () => {
    const channel = fields.find((f) => f.id === 'channel')!;
    const categories = fields.find((f) => f.id === 'categories')!;
    expect(displayValue(channel, { channel: 'provider-portal' })).toBe(
      "Provider's law-enforcement request channel",
    );
    expect(displayValue(categories, { categories: ['subscriber'] })).toBe(
      'Subscriber information (who holds the account or address)',
    );
  });

  it('counts filled required fields', () => {
    const required = fields.filter((f) => f.required).length;
    expect(
      completeness(fields, { offence: 'Fraud', channel: 'provider-portal', categories: [] }),
    ).toEqual({
      filled: 1,
      required,
    });
  });

  it('writes a plain-text letter in form order, marking gaps and indenting long answers', () => {
    const text = draftToText(
      'Request',
      'Art. 31',
      fields.slice(0, 4),
      {
        reference: 'CCU-1',
        channel: 'provider-portal',
        requestingAuthority: 'Cybercrime Unit\n1 Example Street',
      },
      labels,
    );
    expect(text.split('\r\n')).toEqual([
      'Request',
      '=======',
      'Legal basis: Art. 31',
      '',
      'Reference or case number: CCU-1',
      'Requested authority or recipient: [not filled in]',
      "Channel: Provider's law-enforcement request channel",
      'Requesting authority:',
      '  Cybercrime Unit',
      '  1 Example Street',
      '',
      'Check before sending.',
      '',
    ]);
  });

  it('names the download after the type and a cleaned reference', () => {
    expect(draftFileName('preservation', { reference: 'CCU/2026 0142' })).toBe(
      'preservation-CCU-2026-0142.txt',
    );
    expect(draftFileName('preservation', {})).toBe('preservation.txt');
  });
});
