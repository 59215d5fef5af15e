import { describe, expect, it } from 'vitest';
import { auditCsv } from '../../../../electron/core/features/audit/csv';
import type { AuditEntry } from '../../../../shared/features/audit';
import { formatTimestamp } from '../../../../shared/kernel/dates';

const TAIPEI_ROC = { style: 'roc', language: 'zh-TW', timeZone: 'Asia/Taipei' } as const;

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-30T01:00:00.000Z',
  action: 'settings.update',
  entity: 'settings',
  entityId: null,
  detail: null,
  actorName: '陳志明',
  actorOsUser: 'chen',
  clientName: null,
  ...fields,
});

describe('the audit CSV', () => {
  it('names objects and details in words, with the action also as its code', () => {
    const csv = auditCsv(
      [
        entry({ detail: 'autoLockMinutes,dateFormat' }),
        entry({
          id: 2,
          action: 'client.print',
          entity: 'client',
          entityId: 'c-1',
          detail: 'dossier pdf',
          clientName: '簡寧',
        }),
      ],
      'zh-TW',
      (at) => formatTimestamp(at, TAIPEI_ROC, 'compact', { seconds: true }),
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[1]).toBe(
      '115/11/30 09:00:00,2026-11-30T01:00:00.000Z,修改設定,settings.update,設定,,,自動鎖定時間、日期格式,陳志明,chen',
    );
    expect(lines[2]).toBe(
      '115/11/30 09:00:00,2026-11-30T01:00:00.000Z,列印客戶資料卡,client.print,客戶,c-1,簡寧,客戶資料卡,陳志明,chen',
    );
  });

  it("reads a feature's detail by the words its channel declares", () => {
    const csv = auditCsv(
      [entry({ action: 'product.set_state', entity: 'product', entityId: 'p-1', detail: 'state suspended' })],
      'zh-TW',
      () => '115/11/30 09:00:00',
    );
    expect(csv.trim().split(/\r?\n/)[1]).toBe(
      '115/11/30 09:00:00,2026-11-30T01:00:00.000Z,變更商品銷售狀態,product.set_state,商品,p-1,,暫停銷售,陳志明,chen',
    );
  });

  it('writes English words for an English export', () => {
    const csv = auditCsv(
      [entry({ entity: 'vault', action: 'vault.lock' })],
      'en',
      () => '2026-11-30 09:00:00',
    );
    expect(csv).toContain('2026-11-30 09:00:00,2026-11-30T01:00:00.000Z,Locked,vault.lock,Vault,');
  });
});
