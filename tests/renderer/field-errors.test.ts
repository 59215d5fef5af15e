import { describe, expect, it } from 'vitest';
import { clientInputSchema } from '../../shared/features/clients/schema';
import { importRowErrors } from '../../renderer/src/lib/fileImport';
import { issuesToFieldErrors, serverIssues } from '../../renderer/src/lib/fieldErrors';
import {
  NEW_CLIENT_VALUES,
  parseClientForm,
  toClientInput,
  type ClientFormValues,
} from '../../renderer/src/features/clients/clientFormModel';

const valid: ClientFormValues = { ...NEW_CLIENT_VALUES, name: '王小明', nationalId: 'A123456789' };

describe('issuesToFieldErrors', () => {
  it('maps zod issues of the shared schema to translated field errors', () => {
    const parsed = clientInputSchema.safeParse(
      toClientInput(
        {
          ...valid,
          nationalId: 'A123456788',
          phone: 'abc',
          investableAssets: [
            { currency: 'USD', amount: -1 },
            { currency: 'USD', amount: 5 },
          ],
        },
        'create',
      ),
    );
    expect(parsed.success).toBe(false);
    const { fields } = issuesToFieldErrors(parsed.error!.issues, 'zh-TW');
    const byName = Object.fromEntries(fields.map((f) => [f.name.join('.'), f.errors]));
    expect(byName.nationalId).toEqual(['身分證字號檢查碼錯誤']);
    expect(byName.phone).toEqual(['電話號碼格式錯誤']);
    expect(byName['investableAssets.0.amount']).toEqual(['不可為負數']);
    expect(byName.investableAssets).toEqual(['同一幣別只能填寫一次']);
  });

  it('translates to English and keeps whole-object issues apart', () => {
    const result = issuesToFieldErrors(
      [
        { path: ['name'], message: 'validation.required' },
        { path: ['name'], message: 'validation.required' },
        { path: [], message: 'validation.notAKey' },
      ],
      'en',
    );
    expect(result.fields).toEqual([{ name: ['name'], errors: ['This field is required'] }]);
    expect(result.general).toEqual(['Invalid value']);
  });
});

describe('serverIssues', () => {
  it('reads details.issues of a VALIDATION error and ignores other shapes', () => {
    expect(
      serverIssues({ issues: [{ path: ['email'], message: 'validation.email' }, { bogus: true }] }),
    ).toEqual([{ path: ['email'], message: 'validation.email' }]);
    expect(serverIssues(null)).toEqual([]);
    expect(serverIssues({ issues: 'no' })).toEqual([]);
  });
});

describe('client form model', () => {
  it('accepts a minimal new client and normalises the national ID', () => {
    const parsed = parseClientForm({ ...valid, nationalId: 'a123456789', phone: '' }, 'create');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data).toMatchObject({ nationalId: 'A123456789', phone: null });
  });

  it('leaves the national ID out of an edit when the field is blank', () => {
    const input = toClientInput({ ...valid, nationalId: '  ' }, 'edit');
    expect('nationalId' in input).toBe(false);
    expect(parseClientForm({ ...valid, nationalId: '' }, 'edit').ok).toBe(true);
  });

  it('requires the national ID for a new client other than a prospect', () => {
    const parsed = parseClientForm({ ...valid, status: 'active', nationalId: '' }, 'create');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toEqual([{ path: ['nationalId'], message: 'validation.nationalId.required' }]);
    }
    const prospect = parseClientForm({ ...valid, status: 'prospect', nationalId: ' ' }, 'create');
    expect(prospect).toMatchObject({ ok: true, data: { nationalId: null } });
  });
});

describe('importRowErrors', () => {
  const row = { line: 3, field: 'nationalId', message: 'validation.nationalId.checksum' };
  it('reads the row list whether it is the details or details.errors', () => {
    expect(importRowErrors([row])).toEqual({ errors: [row], omitted: 0 });
    expect(importRowErrors({ errors: [row], omitted: 4 })).toEqual({ errors: [row], omitted: 4 });
    expect(importRowErrors({ reason: 'header' })).toEqual({ errors: [], omitted: 0 });
  });
});
