import { describe, expect, it } from 'vitest';
import type { InformationGivenInput } from '../../../../shared/features/information-records';
import { auditEntryDetailWords } from '../../../../shared/ipc/contract';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

function given(clientIds: string[], overrides: Partial<InformationGivenInput> = {}): InformationGivenInput {
  return {
    material: { kind: 'deck', refId: 'deck-1', title: '2026 年 12 月市場週報' },
    clientIds,
    givenOn: '2026-11-28',
    method: 'meeting',
    note: null,
    ...overrides,
  };
}

describe('records of information given', () => {
  it('records a deck given to two clients by the session advisor, listed on each dossier, audited with codes only', async () => {
    const wang = await kit.addClient({ name: '王小明' });
    const lee = await kit.addClient({ name: '李美玲' });
    const record = await kit.call('information.add', { data: given([wang, lee]) });
    expect(record).toMatchObject({
      material: { kind: 'deck', refId: 'deck-1', title: '2026 年 12 月市場週報' },
      givenOn: '2026-11-28',
      method: 'meeting',
      givenBy: '林顧問',
      recipients: [
        { clientId: wang, clientName: '王小明' },
        { clientId: lee, clientName: '李美玲' },
      ],
    });
    const other = await kit.addClient({ name: '張三' });
    await kit.call('information.add', {
      data: given([other], {
        material: { kind: 'material', refId: null, title: '稅務講座講義' },
        method: 'line',
      }),
    });

    expect((await kit.call('information.list', { clientId: lee })).map((r) => r.id)).toEqual([record.id]);
    expect(await kit.call('information.list', { clientId: other })).toHaveLength(1);
    expect(await kit.call('information.list', { materialKind: 'deck', refId: 'deck-1' })).toHaveLength(1);

    const audit = (await kit.call('audit.list', {})).items.filter((x) => x.action === 'information.give');
    expect(audit.map((x) => [x.entity, x.entityId, x.detail])).toEqual([
      ['client', other, 'kind material, method line, 1 client'],
      ['client', null, 'kind deck, method meeting, 2 clients'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('週報');
    expect(auditEntryDetailWords('information.give', 'kind deck, method meeting, 2 clients', 'zh-TW')).toBe(
      '業務簡報，面談或會議，2 位客戶',
    );
  });

  it('refuses a future date, no client, a repeated client and a deleted client, writing nothing', async () => {
    const wang = await kit.addClient({ name: '王小明' });
    const future = await kit.fail('information.add', { data: given([wang], { givenOn: '2026-12-01' }) });
    expect(future).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['data', 'givenOn'], message: 'validation.futureDate' }] },
    });
    const none = await kit.fail('information.add', { data: given([]) });
    expect(JSON.stringify(none.details)).toContain('validation.recipientsRequired');
    const twice = await kit.fail('information.add', { data: given([wang, wang]) });
    expect(JSON.stringify(twice.details)).toContain('validation.duplicateRecipient');
    const gone = await kit.addClient({ name: '趙六' });
    await kit.call('clients.delete', { id: gone, reason: '當事人請求刪除', confirmName: '趙六' });
    const deleted = await kit.fail('information.add', { data: given([wang, gone]) });
    expect(deleted.code).toBe('NOT_FOUND');
    expect(await kit.call('information.list', {})).toEqual([]);
  });

  it('keeps the records of a deleted client, without the name', async () => {
    const wang = await kit.addClient({ name: '王小明' });
    const lee = await kit.addClient({ name: '李美玲' });
    await kit.call('information.add', { data: given([wang, lee]) });
    await kit.call('clients.delete', { id: wang, reason: '當事人請求刪除', confirmName: '王小明' });
    const [kept] = await kit.call('information.list', { clientId: wang });
    expect(kept!.recipients).toEqual([
      { clientId: lee, clientName: '李美玲' },
      { clientId: wang, clientName: null },
    ]);
  });

  it('reports by material and by client over a period, and writes it as CSV in the firm date style', async () => {
    const wang = await kit.addClient({ name: '王小明' });
    const lee = await kit.addClient({ name: '李美玲' });
    await kit.call('information.add', { data: given([wang, lee], { givenOn: '2026-11-02' }) });
    await kit.call('information.add', {
      data: given([wang], {
        material: { kind: 'product_document', refId: 'p-1', title: '=HYPERLINK("x") 公開說明書' },
        method: 'email',
        givenOn: '2026-11-10',
      }),
    });
    await kit.call('information.add', { data: given([lee], { givenOn: '2026-10-31' }) });

    const byMaterial = await kit.call('information.report', {
      from: '2026-11-01',
      to: '2026-11-30',
      by: 'material',
    });
    expect(byMaterial.groups.map((g) => [g.label, g.lines.map((l) => l.clientName)])).toEqual([
      ['=HYPERLINK("x") 公開說明書', ['王小明']],
      ['2026 年 12 月市場週報', ['李美玲', '王小明']],
    ]);
    const byClient = await kit.call('information.report', {
      from: '2026-11-01',
      to: '2026-11-30',
      by: 'client',
    });
    expect(byClient.groups.map((g) => [g.label, g.lines.length])).toEqual([
      ['王小明', 2],
      ['李美玲', 1],
    ]);

    const { fileName, csv } = await kit.call('information.reportCsv', {
      from: '2026-11-01',
      to: '2026-11-30',
      by: 'client',
      language: 'zh-TW',
    });
    expect(fileName).toBe('提供資訊紀錄_2026-11-01_2026-11-30.csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('提供日期,資料類別,資料名稱,資料編號,客戶,客戶編號,提供方式,提供人員');
    expect(lines).toHaveLength(4);
    expect(csv).toContain(
      `2026-11-10,商品文件,"'=HYPERLINK(""x"") 公開說明書",p-1,王小明,${wang},電子郵件寄送,林顧問`,
    );

    const wrongOrder = await kit.fail('information.report', { from: '2026-11-30', to: '2026-11-01' });
    expect(JSON.stringify(wrongOrder.details)).toContain('validation.periodOrder');
    const exports = (await kit.call('audit.list', {})).items.filter(
      (x) => x.action === 'information.report_export',
    );
    expect(exports.map((x) => x.detail)).toEqual(['csv']);
  });
});
