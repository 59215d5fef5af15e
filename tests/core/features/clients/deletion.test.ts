import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { DEFAULT_RETENTION_YEARS, retentionYearsOf } from '../../../../shared/features/clients';
import type { GoalData } from '../../../../shared/features/goals';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import { modest } from '../../../shared/features/kyc/fixtures';
import { clientData } from '../../db/fixtures';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

const NAME = '歐陽刪除';
const PHONE = '0933-222-111';
const EMAIL = 'delete-me@example.tw';
const ADDRESS = '臺中市西屯區刪除路 9 號';

/** Every text a table holds, as one string per row, to look for the client's personal data. */
function everyRowText(): Map<string, string[]> {
  const db = kit.core.session.database();
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'",
    )
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [
      table,
      (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((row) =>
        JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? null : v)),
      ),
    ]),
  );
}

function tablesHolding(text: string, except: readonly string[] = []): string[] {
  return [...everyRowText()]
    .filter(([table, rows]) => !except.includes(table) && rows.some((row) => row.includes(text)))
    .map(([table]) => table);
}

/** A planning goal with notes: personal data. */
const GOAL: GoalData = {
  kind: 'education',
  name: '女兒留學',
  targetDate: '2032-09-01',
  amountTwd: 3_000_000,
  inTodaysMoney: false,
  priority: 'important',
  funding: {
    initialTwd: 1_000_000,
    monthlyContributionTwd: 20_000,
    monthlyWithdrawalTwd: 0,
    withdrawalYears: 0,
  },
  retirementAge: null,
  monthlySpendingTwd: null,
  educationYear: 2032,
  notes: '女兒想去英國',
};

/** A client with contact details, a relative, holdings, a goal, a KYC, a suitability check and proposals. */
async function richClient() {
  const relative = await kit.addClient({ name: '歐陽親屬' });
  const id = await kit.addClient({
    name: NAME,
    nationalId: 'F131104093',
    phone: PHONE,
    email: EMAIL,
    address: ADDRESS,
    notes: '喜歡高爾夫',
    tags: ['高資產'],
    household: [{ clientId: relative, relation: 'spouse' }],
  });
  await kit.call('holdings.setCash', {
    clientId: id,
    version: 0,
    data: { currency: 'TWD', custodian: 'bank', amount: 2_000_000 },
  });
  await kit.call('goals.create', { clientId: id, data: GOAL });
  const assessment = await kit.call('kyc.take', { clientId: id, answers: modest(DEFAULT_QUESTIONNAIRE) });
  await kit.call('kyc.confirm', { assessmentId: assessment.id, method: 'seal', on: assessment.takenOn });
  // A draft and a presented proposal (the presented one as the proposals feature stores it).
  const db = kit.core.session.database();
  const insertProposal = db.prepare(
    `INSERT INTO proposals (id, client_id, number, revision, kind, title, content, state, presented_on, expires_on,
       facts, pdf, pdf_sha256, version, created_at, updated_at)
     VALUES (?, ?, ?, 1, 'initial', '提案', '{}', ?, ?, ?, ?, ?, ?, 1, '2026-11-30T02:00:00.000Z', '2026-11-30T02:00:00.000Z')`,
  );
  insertProposal.run('p-draft', id, 'D-1', 'draft', null, null, null, null, null);
  insertProposal.run(
    'p-shown',
    id,
    'P-1',
    'presented',
    '2026-11-30',
    '2026-12-30',
    JSON.stringify({ client: NAME }),
    Buffer.from('%PDF'),
    'ab',
  );
  return { id, relative, assessmentId: assessment.id };
}

const count = (sql: string, ...params: unknown[]) =>
  kit.core.session
    .database()
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('client deletion', () => {
  it('removes the personal data, keeps the required records and the audit trail, and leaves a tombstone', async () => {
    const { id, relative, assessmentId } = await richClient();
    const auditBefore = count('SELECT count(*) FROM audit_log');
    expect(tablesHolding(PHONE)).toEqual(['clients']);

    const wrong = await kit.fail('clients.delete', { id, reason: '當事人請求刪除', confirmName: '別人' });
    expect(wrong.code).toBe('VALIDATION');
    expect(count('SELECT count(*) FROM clients WHERE id = ? AND deleted_at IS NULL', id)).toBe(1);

    const done = await kit.call('clients.delete', { id, reason: '當事人請求刪除', confirmName: NAME });
    expect(done).toEqual({
      id,
      outcome: 'tombstone',
      relationshipEndedOn: '2026-11-30',
      retainUntil: `${2026 + DEFAULT_RETENTION_YEARS}-11-30`,
    });

    // Contact details, notes, assets, tags, household, holdings, goals, drafts: gone from every table.
    for (const text of [PHONE, EMAIL, ADDRESS, '喜歡高爾夫', '女兒留學'])
      expect(tablesHolding(text)).toEqual([]);
    expect(count('SELECT count(*) FROM client_assets WHERE client_id = ?', id)).toBe(0);
    expect(count('SELECT count(*) FROM client_tags WHERE client_id = ?', id)).toBe(0);
    expect(count('SELECT count(*) FROM client_household WHERE ? IN (client_id, related_client_id)', id)).toBe(
      0,
    );
    expect(count('SELECT count(*) FROM holdings_cash WHERE client_id = ?', id)).toBe(0);
    expect(count('SELECT count(*) FROM goals WHERE client_id = ?', id)).toBe(0);
    expect(count("SELECT count(*) FROM proposals WHERE id = 'p-draft'")).toBe(0);
    // The name and national ID stay only where the rules keep them: the tombstone's identification
    // and the presented proposal's frozen facts (and the KYC's own snapshot holds neither).
    expect(tablesHolding('F131104093')).toEqual(['client_tombstones']);
    expect(tablesHolding(NAME).sort()).toEqual(['client_tombstones', 'proposals']);
    expect(count('SELECT count(*) FROM client_search')).toBe(1);

    // Kept: KYC, the presented proposal, the audit trail (one entry more: the deletion).
    expect(count('SELECT count(*) FROM kyc_assessments WHERE id = ?', assessmentId)).toBe(1);
    expect(count('SELECT count(*) FROM kyc_confirmations WHERE assessment_id = ?', assessmentId)).toBe(1);
    expect(count("SELECT count(*) FROM proposals WHERE id = 'p-shown'")).toBe(1);
    expect(count('SELECT count(*) FROM audit_log')).toBe(auditBefore + 1);
    expect(count("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'client.create'", id)).toBe(
      1,
    );
    const last = kit.core.session
      .database()
      .prepare('SELECT action, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(last).toEqual({ action: 'client.delete', entity_id: id, detail: 'tombstone' });
    expect((await kit.call('audit.verifyChain', {})).ok).toBe(true);

    // The list shows the tombstone as deleted, with no personal data; the relative lost the link.
    const list = await kit.call('clients.list', {});
    const row = list.items.find((item) => item.id === id)!;
    expect(row).toMatchObject({
      name: '',
      nationalIdMasked: '',
      phone: null,
      tags: [],
      deleted: true,
      status: 'closed',
    });
    expect((await kit.call('clients.get', { id: relative })).household).toEqual([]);
    expect((await kit.call('clients.get', { id })).deletedAt).toBe('2026-11-30T02:00:00.000Z');
    expect((await kit.fail('clients.revealNationalId', { id })).code).toBe('NOT_FOUND');
    expect((await kit.call('clients.exportCsv', {})).count).toBe(1);
    expect((await kit.call('clients.list', { text: '歐陽刪' })).total).toBe(0);
    const link = await kit.fail('clients.create', {
      data: { ...clientData(), household: [{ clientId: id, relation: 'spouse' }] },
    });
    expect(link.code).toBe('VALIDATION');
  });

  it('leaves none of the name or ID in the search index segments (nor so in backups)', async () => {
    const { id } = await richClient();
    const db = kit.core.session.database();
    // The index's raw pages, where FTS5 keeps a deleted row's terms until its segments merge.
    const indexHolds = (text: string) =>
      ['client_search_data', 'client_name_chars_data'].filter((table) =>
        (db.prepare(`SELECT block FROM ${table}`).pluck().all() as unknown[]).some(
          (block) => Buffer.isBuffer(block) && block.includes(Buffer.from(text)),
        ),
      );
    expect(indexHolds('刪')).toEqual(['client_search_data', 'client_name_chars_data']);
    await kit.call('clients.delete', { id, reason: '當事人請求刪除', confirmName: NAME });
    expect(indexHolds('刪')).toEqual([]);
    expect(indexHolds('除')).toEqual([]);
    // The other clients are still found.
    expect((await kit.call('clients.list', { text: '歐陽親' })).total).toBe(1);
    expect((await kit.call('clients.list', { text: '親' })).total).toBe(1);
  });

  it('refuses new personal data for a deleted client, and still reads its tombstone', async () => {
    const { id } = await richClient();
    await kit.call('clients.delete', { id, reason: '當事人請求刪除', confirmName: NAME });
    const refusals = [
      await kit.fail('goals.create', { clientId: id, data: GOAL }),
      await kit.fail('holdings.setCash', {
        clientId: id,
        version: 0,
        data: { currency: 'TWD', custodian: 'bank', amount: 1_000 },
      }),
      await kit.fail('complaints.add', {
        data: {
          clientId: id,
          receivedOn: '2026-11-30',
          receivedVia: 'phone',
          subject: '抱怨',
          productId: null,
          details: null,
        },
      }),
      await kit.fail('kyc.take', { clientId: id, answers: modest(DEFAULT_QUESTIONNAIRE) }),
    ];
    for (const refusal of refusals) {
      expect(refusal.code).toBe('NOT_FOUND');
      expect(refusal.details).toMatchObject({
        reason: 'client_deleted',
        problems: [{ 'zh-TW': '此客戶已刪除' }],
      });
    }
    expect(tablesHolding('女兒想去英國')).toEqual([]);
    expect(count('SELECT count(*) FROM holdings_cash WHERE client_id = ?', id)).toBe(0);
    expect(count('SELECT count(*) FROM complaints WHERE client_id = ?', id)).toBe(0);
    // The tombstone and its kept records still read.
    expect((await kit.call('clients.get', { id })).deletedAt).not.toBeNull();
    expect(await kit.call('kyc.history', { clientId: id })).toHaveLength(1);
  });

  it('refuses to purge while the retention period runs, and purges the kept records after it', async () => {
    const { id, assessmentId } = await richClient();
    await kit.call('clients.delete', { id, reason: '關係結束', confirmName: NAME });
    kit.setNow('2031-11-29T02:00:00Z');
    const held = await kit.fail('clients.delete', { id, reason: '保存期滿', confirmName: id });
    expect(held.code).toBe('RETENTION_HOLD');
    expect(held.details).toEqual({ relationshipEndedOn: '2026-11-30', retainUntil: '2031-11-30' });
    expect(count('SELECT count(*) FROM kyc_assessments WHERE id = ?', assessmentId)).toBe(1);

    kit.setNow('2031-12-01T02:00:00Z');
    const auditBefore = count('SELECT count(*) FROM audit_log');
    const purged = await kit.call('clients.delete', { id, reason: '保存期滿', confirmName: id });
    expect(purged.outcome).toBe('purged');
    expect(count('SELECT count(*) FROM kyc_assessments WHERE id = ?', assessmentId)).toBe(0);
    expect(count("SELECT count(*) FROM proposals WHERE id = 'p-shown'")).toBe(0);
    expect(tablesHolding(NAME)).toEqual([]);
    expect(tablesHolding('F131104093')).toEqual([]);
    // The tombstone stays, and the audit trail is whole.
    expect((await kit.call('clients.list', {})).items.find((item) => item.id === id)?.deleted).toBe(true);
    expect(count('SELECT count(*) FROM audit_log')).toBe(auditBefore + 1);
    expect((await kit.call('audit.verifyChain', {})).ok).toBe(true);
    expect((await kit.fail('clients.delete', { id, reason: '再一次', confirmName: id })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps the records longer when the firm raises the retention years after the deletion', async () => {
    const { id, assessmentId } = await richClient();
    await kit.call('clients.delete', { id, reason: '關係結束', confirmName: NAME });
    await kit.call('settings.update', { compliance: { ...DEFAULT_SETTINGS.compliance, retentionYears: 7 } });
    kit.setNow('2031-12-01T02:00:00Z');
    const held = await kit.fail('clients.delete', { id, reason: '保存期滿', confirmName: id });
    expect(held.code).toBe('RETENTION_HOLD');
    expect(held.details).toEqual({ relationshipEndedOn: '2026-11-30', retainUntil: '2033-11-30' });
    expect(count('SELECT count(*) FROM kyc_assessments WHERE id = ?', assessmentId)).toBe(1);
    kit.setNow('2033-12-01T02:00:00Z');
    expect((await kit.call('clients.delete', { id, reason: '保存期滿', confirmName: id })).outcome).toBe(
      'purged',
    );
  });

  it('counts the retention from the day a closed client was closed, in the firm’s setting', async () => {
    const id = await kit.addClient({ name: NAME, status: 'active' });
    kit.setNow('2027-03-01T02:00:00Z');
    const client = await kit.call('clients.get', { id });
    const {
      nationalIdMasked: _masked,
      id: _id,
      version,
      createdAt: _c,
      updatedAt: _u,
      isDemo: _d,
      ...rest
    } = client;
    await kit.call('clients.update', { id, version, data: { ...rest, household: [], status: 'closed' } });
    kit.setNow('2027-06-01T02:00:00Z');
    const done = await kit.call('clients.delete', { id, reason: '關係結束', confirmName: NAME });
    expect(done).toMatchObject({ relationshipEndedOn: '2027-03-01', retainUntil: '2032-03-01' });
    expect(retentionYearsOf({ compliance: { retentionYears: 7 } })).toBe(7);
    expect(retentionYearsOf({})).toBe(DEFAULT_RETENTION_YEARS);
  });
});
