import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationMessages } from '../../../../shared/i18n/messages';
import type { z } from 'zod';
import { clientInputSchema, clientUpdateSchema } from '../../../../shared/features/clients/schema';

const ROOT = resolve(import.meta.dirname, '../../../..');

const valid = {
  name: ' 王明 ',
  nationalId: 'a123456789',
  birthDate: '1970-02-28',
  gender: 'M',
  phone: '0912-345-678',
  email: '',
  address: '臺北市大安區信義路四段 1 號',
  occupation: '醫師',
  employer: null,
  annualIncomeTwd: 3_600_000,
  investableAssets: [
    { currency: 'TWD', amount: 25_000_000 },
    { currency: 'USD', amount: 300_000 },
  ],
  sourceOfWealth: '執業收入',
  acquisitionSource: 'referral',
  status: 'active',
  advisor: '林顧問',
  tags: ['高資產'],
  notes: null,
  household: [],
};

function messages(input: unknown, schema: z.ZodType = clientInputSchema): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('client schema', () => {
  it('normalises what a user typed: trims, upper-cases the ID, blank text becomes null', () => {
    const data = clientInputSchema.parse(valid);
    expect(data.name).toBe('王明');
    expect(data.nationalId).toBe('A123456789');
    expect(data.email).toBeNull();
  });

  it('names each bad field with a message key', () => {
    expect(messages({ ...valid, nationalId: 'A123456788' })).toEqual([
      'nationalId:validation.nationalId.checksum',
    ]);
    expect(messages({ ...valid, birthDate: '1970-02-30' })).toEqual(['birthDate:validation.date']);
    expect(messages({ ...valid, email: 'not-an-email' })).toEqual(['email:validation.email']);
    expect(messages({ ...valid, phone: 'call me' })).toEqual(['phone:validation.phone']);
    expect(messages({ ...valid, investableAssets: [{ currency: 'USD', amount: -1 }] })).toEqual([
      'investableAssets.0.amount:validation.nonNegative',
    ]);
    expect(
      messages({
        ...valid,
        investableAssets: [
          { currency: 'USD', amount: 1 },
          { currency: 'USD', amount: 2 },
        ],
      }),
    ).toEqual(['investableAssets:validation.duplicateCurrency']);
    expect(messages({ ...valid, name: '   ' })).toEqual(['name:validation.required']);
  });

  it('lets an update leave the national ID out, but checks it when given', () => {
    const { nationalId: _omit, ...withoutId } = valid;
    expect(messages(withoutId, clientUpdateSchema)).toEqual([]);
    expect(messages({ ...withoutId, nationalId: 'Z999' }, clientUpdateSchema)).toEqual([
      'nationalId:validation.nationalId.format',
    ]);
  });
});

describe('message catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(validationMessages.en).sort()).toEqual(
      Object.keys(validationMessages['zh-TW']).sort(),
    );
  });

  it('knows every message key the CSV importer and the schemas emit', () => {
    const sources = [
      'electron/core/features/clients/csv.ts',
      'electron/core/io/csv/read.ts',
      'shared/features/clients/schema.ts',
      'shared/features/settings/schema.ts',
    ];
    const used = new Set(
      sources.flatMap((file) =>
        [...readFileSync(resolve(ROOT, file), 'utf8').matchAll(/'((?:validation|import)\.[A-Za-z.]+)'/g)].map(
          (m) => m[1]!,
        ),
      ),
    );
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(validationMessages['zh-TW'], key).toHaveProperty([key]);
  });
});
