import { describe, expect, it } from 'vitest';
import { informationGivenInputSchema } from '../../../../shared/features/information-records';
import { regulatoryUpdateInputSchema } from '../../../../shared/features/regulatory-updates';
import { auditEntryDetailWords } from '../../../../shared/ipc/contract';

const CLIENT = '0f8e3c1a-1111-4222-8333-444455556666';
const given = {
  material: { kind: 'material', refId: null, title: '  稅務講座講義 ' },
  clientIds: [CLIENT],
  givenOn: '2026-11-30',
  method: 'post',
  note: '  ',
};
const update = {
  title: '高齡客戶規範',
  issuer: 'sitca',
  reference: null,
  issuedOn: '2026-11-20',
  effectiveOn: null,
  summary: null,
  link: ' ',
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('records of information given and regulatory updates: schemas', () => {
  it('trims the title, empties a blank note, and refuses an unknown method or too many clients', () => {
    expect(informationGivenInputSchema.parse(given)).toMatchObject({
      material: { title: '稅務講座講義' },
      note: null,
    });
    expect(messages(informationGivenInputSchema.safeParse({ ...given, method: 'fax' }))).toEqual([
      'validation.invalid',
    ]);
    const many = Array.from(
      { length: 501 },
      (_, i) => `0f8e3c1a-1111-4222-8333-${String(i).padStart(12, '0')}`,
    );
    expect(messages(informationGivenInputSchema.safeParse({ ...given, clientIds: many }))).toEqual([
      'validation.tooManyRecipients',
    ]);
  });

  it('takes a blank link as none and refuses one that is not http(s)', () => {
    expect(regulatoryUpdateInputSchema.parse(update).link).toBeNull();
    expect(
      messages(regulatoryUpdateInputSchema.safeParse({ ...update, link: 'javascript:alert(1)' })),
    ).toEqual(['validation.link']);
  });

  it('words the audit details in both languages, and leaves text it does not know', () => {
    expect(auditEntryDetailWords('information.give', 'kind pdf, method line, 12 clients', 'en')).toBe(
      'PDF made by the app, LINE message, 12 clients',
    );
    expect(auditEntryDetailWords('regulatory.create', 'issuer compliance_office', 'zh-TW')).toBe(
      '本公司法令遵循單位',
    );
    expect(auditEntryDetailWords('regulatory.create', 'issuer nobody', 'en')).toBe('issuer nobody');
  });
});
