import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');
const NOW = '2026-11-30T02:00:00.000Z';

const db = () => kit.core.session.database();
const run = (sql: string, ...params: unknown[]) =>
  db()
    .prepare(sql)
    .run(...params);
const count = (sql: string, ...params: unknown[]) =>
  db()
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** Every table with a column naming a client, and those columns: what a merge must leave naming no duplicate. */
function clientColumns(): Map<string, string[]> {
  const tables = db()
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const found = new Map<string, string[]>();
  for (const table of tables) {
    const columns = (db().prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((name) => name === 'client_id' || name === 'related_client_id');
    if (columns.length > 0) found.set(table, columns);
  }
  return found;
}

/**
 * Rows for one client in every such table: through the channels where they make them, else as the
 * feature stores them. A table added by a future feature is missing here, and the test says which.
 */
async function seed(clientId: string, relative: string, tag: string): Promise<Set<string>> {
  const seeded = new Set<string>(['client_assets', 'client_tags', 'client_household']);
  const add = (table: string, sql: string, ...params: unknown[]) => {
    run(sql, ...params);
    seeded.add(table);
  };
  await kit.call('clients.update', {
    id: clientId,
    version: (await kit.call('clients.get', { id: clientId })).version,
    data: {
      ...(await editable(clientId)),
      investableAssets: [{ currency: 'TWD', amount: 5_000_000 }],
      tags: [tag],
      household: [{ clientId: relative, relation: 'sibling' }],
    },
  });
  const activity = await kit.call('activities.add', {
    clientId,
    activity: {
      kind: 'contact',
      date: '2026-11-20',
      time: null,
      channel: 'phone',
      direction: 'out',
      subject: `聯繫 ${tag}`,
      materials: null,
      outcome: null,
    },
  });
  seeded.add('activities').add('activity_last');
  add(
    'follow_ups',
    `INSERT INTO follow_ups (id, client_id, activity_id, title, due_on, done_on, version, created_at, updated_at)
     VALUES (?, ?, ?, '寄資料', '2026-12-05', NULL, 1, ?, ?)`,
    `fu-${tag}`,
    clientId,
    activity.id,
    NOW,
    NOW,
  );
  await kit.call('holdings.addPosition', {
    clientId,
    version: (await kit.call('holdings.get', { clientId })).version,
    data: {
      productId: null,
      name: `部位 ${tag}`,
      assetClass: 'tw_equity',
      currency: 'TWD',
      custodian: 'domestic',
      quantity: 10,
      price: 100,
      priceDate: '2026-11-27',
    },
  });
  await kit.call('holdings.setCash', {
    clientId,
    version: (await kit.call('holdings.get', { clientId })).version,
    data: { currency: 'TWD', custodian: 'bank', amount: 1_000 },
  });
  seeded.add('holdings_positions').add('holdings_cash').add('holdings_versions');
  add(
    'goals',
    `INSERT INTO goals (id, client_id, kind, priority, target_date, data, version, created_at, updated_at)
     VALUES (?, ?, 'custom', 'important', '2032-01-01', '{}', 1, ?, ?)`,
    `goal-${tag}`,
    clientId,
    NOW,
    NOW,
  );
  await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
  seeded.add('kyc_assessments');
  add(
    'investor_class_applications',
    `INSERT INTO investor_class_applications (id, client_id, investor_class, basis, applied_on, amounts, recorded_at)
     VALUES (?, ?, 'high_asset', 'assets', '2026-11-01', '{}', ?)`,
    `ica-${tag}`,
    clientId,
    NOW,
  );
  add(
    'suitability_checks',
    `INSERT INTO suitability_checks (id, client_id, checked_at, checked_on, assessment_id, items, result)
     VALUES (?, ?, ?, '2026-11-30', NULL, '[]', '{}')`,
    `sc-${tag}`,
    clientId,
    NOW,
  );
  add(
    'suitability_overrides',
    `INSERT INTO suitability_overrides (id, client_id, check_id, code, message, reason, status, requested_at)
     VALUES (?, ?, ?, 'grade_exceeded', '{}', '客戶堅持', 'pending', ?)`,
    `so-${tag}`,
    clientId,
    `sc-${tag}`,
    NOW,
  );
  const insertProposal = db().prepare(
    `INSERT INTO proposals (id, client_id, number, revision, kind, title, content, state, presented_on, expires_on,
       facts, pdf, pdf_sha256, version, created_at, updated_at)
     VALUES (?, ?, ?, 1, 'initial', '提案', '{}', ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  insertProposal.run(`draft-${tag}`, clientId, `D-${tag}`, 'draft', null, null, null, null, null, NOW, NOW);
  insertProposal.run(
    `shown-${tag}`,
    clientId,
    `P-${tag}`,
    'presented',
    '2026-11-30',
    '2026-12-30',
    '{}',
    Buffer.from('%PDF'),
    'ab',
    NOW,
    NOW,
  );
  seeded.add('proposals');
  await kit.call('tiers.recompute', {});
  seeded.add('client_tiers').add('client_tier_changes');
  add(
    'pipeline_entries',
    `INSERT INTO pipeline_entries (client_id, stage, since, entered_on, lost_reason) VALUES (?, 'contacted', '2026-11-02', '2026-11-01', NULL)`,
    clientId,
  );
  add(
    'pipeline_moves',
    `INSERT INTO pipeline_moves (client_id, seq, stage, on_day) VALUES (?, 1, 'lead', '2026-11-01'), (?, 2, 'contacted', '2026-11-02')`,
    clientId,
    clientId,
  );
  add(
    'escalations',
    `INSERT INTO escalations (id, client_id, kind, severity, raised_at, description, told_whom, told_at, due_at, state,
       resolved_at, version, created_at, updated_at)
     VALUES (?, ?, 'unusual_request', 'low', ?, '異常', '主管', ?, ?, 'open', NULL, 1, ?, ?)`,
    `esc-${tag}`,
    clientId,
    NOW,
    NOW,
    NOW,
    NOW,
    NOW,
  );
  add(
    'client_feedback',
    `INSERT INTO client_feedback (id, client_id, received_on, topic, summary, product_id, created_at)
     VALUES (?, ?, '2026-11-01', 'service', '服務好', NULL, ?)`,
    `fb-${tag}`,
    clientId,
    NOW,
  );
  await kit.call('information.add', {
    data: {
      material: { kind: 'material', refId: null, title: `資料 ${tag}` },
      clientIds: [clientId],
      givenOn: '2026-11-28',
      method: 'meeting',
      note: null,
    },
  });
  seeded.add('information_record_clients');
  add(
    'briefing_decks',
    `INSERT INTO briefing_decks (id, client_id, latest_version, created_at, deleted_at) VALUES (?, ?, 1, ?, NULL)`,
    `deck-${tag}`,
    clientId,
    NOW,
  );
  add(
    'briefing_deck_versions',
    `INSERT INTO briefing_deck_versions (deck_id, version, title, kind, client_id, slides, saved_at, saved_by)
     VALUES (?, 1, '簡報', 'blank', ?, '[]', ?, '林顧問')`,
    `deck-${tag}`,
    clientId,
    NOW,
  );
  add(
    'complaints',
    `INSERT INTO complaints (id, client_id, received_on, received_via, subject, product_id, details, state, reply,
       replied_on, ombudsman_applies, version, created_at, updated_at)
     VALUES (?, ?, '2026-11-01', 'phone', '抱怨', NULL, NULL, 'open', NULL, NULL, 1, 1, ?, ?)`,
    `cmp-${tag}`,
    clientId,
    NOW,
    NOW,
  );
  add(
    'data_requests',
    `INSERT INTO data_requests (id, client_id, kind, received_on, identity_checked_by, identity_method, details, due_on,
       state, outcome, closed_on, retained_until, version, created_at, updated_at)
     VALUES (?, ?, 'see', '2026-11-01', '林顧問', '身分證', NULL, '2026-11-16', 'open', NULL, NULL, NULL, 1, ?, ?)`,
    `dr-${tag}`,
    clientId,
    NOW,
    NOW,
  );
  add(
    'book_asset_snapshots',
    `INSERT INTO book_asset_snapshots (on_day, client_id, assets_twd) VALUES ('2026-11-01', ?, 1000)`,
    clientId,
  );
  return seeded;
}

/** A dossier's fields as an update sends them. */
async function editable(id: string) {
  const {
    nationalIdMasked: _m,
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    isDemo: _d,
    ...rest
  } = await kit.call('clients.get', { id });
  const { deletedAt: _x, archivedAt: _a, assetsFromHoldings: _h, ...data } = rest;
  return { ...data, household: data.household.map(({ clientId, relation }) => ({ clientId, relation })) };
}

/** Tables with a client column that hold nothing to merge: a deleted client is refused (tested below). */
const NOT_MERGED = new Set(['client_tombstones']);

describe('merging a duplicate dossier covers every table that names a client', () => {
  it('moves every row of the duplicate to the client kept, combining the one-per-client ones', async () => {
    const relative = await kit.addClient({ name: '親屬' });
    const keep = await kit.addClient({ name: '王大明', status: 'active' });
    const duplicate = await kit.addClient({ name: '王大明', status: 'prospect', nationalId: null });
    const seededKeep = await seed(keep, relative, 'keep');
    const seeded = await seed(duplicate, relative, 'dup');
    // Every table with a client column has a row of the duplicate, but those with nothing to merge.
    const tables = clientColumns();
    const missing = [...tables.keys()].filter((t) => !seeded.has(t) && !NOT_MERGED.has(t));
    expect(missing, 'tables naming a client that this test (and a merger in app.ts) does not cover').toEqual(
      [],
    );
    expect([...seededKeep].sort()).toEqual([...seeded].sort());

    const before = new Map(
      [...tables].map(([table, columns]) => [
        table,
        count(
          `SELECT count(*) FROM "${table}" WHERE ${columns.map((c) => `${c} = ?`).join(' OR ')}`,
          ...columns.map(() => duplicate),
        ),
      ]),
    );
    for (const table of seeded) expect(before.get(table), table).toBeGreaterThan(0);

    const [k, d] = [
      await kit.call('clients.get', { id: keep }),
      await kit.call('clients.get', { id: duplicate }),
    ];
    const merged = await kit.call('clients.merge', {
      keepId: keep,
      keepVersion: k.version,
      mergeId: duplicate,
      mergeVersion: d.version,
    });

    for (const [table, columns] of tables) {
      for (const column of columns) {
        expect(
          count(`SELECT count(*) FROM "${table}" WHERE ${column} = ?`, duplicate),
          `${table}.${column}`,
        ).toBe(0);
      }
    }
    expect(count('SELECT count(*) FROM clients WHERE id = ?', duplicate)).toBe(0);
    // Rows with no per-client key: both dossiers' rows, all under the client kept.
    for (const table of [
      'activities',
      'follow_ups',
      'holdings_positions',
      'goals',
      'kyc_assessments',
      'investor_class_applications',
      'suitability_checks',
      'suitability_overrides',
      'escalations',
      'client_feedback',
      'briefing_decks',
      'briefing_deck_versions',
      'complaints',
      'data_requests',
      'information_record_clients',
    ]) {
      expect(count(`SELECT count(*) FROM "${table}" WHERE client_id = ?`, keep), table).toBe(2);
    }
    expect(count('SELECT count(*) FROM proposals WHERE client_id = ?', keep)).toBe(4);
    // One row per client: combined.
    expect(count('SELECT amount FROM holdings_cash WHERE client_id = ?', keep)).toBe(2_000);
    expect(count('SELECT assets_twd FROM book_asset_snapshots WHERE client_id = ?', keep)).toBe(2_000);
    expect(count('SELECT count(*) FROM activity_last WHERE client_id = ?', keep)).toBe(1);
    expect(count('SELECT count(*) FROM client_tiers WHERE client_id = ?', keep)).toBe(1);
    expect(count('SELECT count(*) FROM pipeline_entries WHERE client_id = ?', keep)).toBe(1);
    expect(
      db()
        .prepare('SELECT seq, stage, on_day FROM pipeline_moves WHERE client_id = ? ORDER BY seq')
        .all(keep),
    ).toEqual([
      { seq: 1, stage: 'lead', on_day: '2026-11-01' },
      { seq: 2, stage: 'lead', on_day: '2026-11-01' },
      { seq: 3, stage: 'contacted', on_day: '2026-11-02' },
      { seq: 4, stage: 'contacted', on_day: '2026-11-02' },
    ]);
    expect(
      db()
        .prepare('SELECT position FROM holdings_positions WHERE client_id = ? ORDER BY position')
        .pluck()
        .all(keep),
    ).toEqual([1, 2]);
    // The answer names what moved, by feature.
    expect(Object.fromEntries(merged.moved.map((m) => [m.feature, m.rows]))).toMatchObject({
      activities: 2,
      holdings: 3,
      proposals: 2,
      goals: 1,
      kyc: 1,
      investorClasses: 1,
      suitability: 2,
      pipeline: 3,
      escalations: 2,
      informationRecords: 1,
      briefings: 2,
      compliance: 2,
      reports: 1,
    });
    expect(merged.client.household).toEqual([
      expect.objectContaining({ clientId: relative, relation: 'sibling' }),
    ]);
    expect((await kit.call('clients.list', { text: '王大明' })).total).toBe(1);
  });

  it('rolls everything back when a merger fails', async () => {
    const keep = await kit.addClient({ name: '王大明', status: 'active' });
    const duplicate = await kit.addClient({
      name: '王大明',
      status: 'prospect',
      nationalId: null,
      tags: ['研討會'],
    });
    run(
      `INSERT INTO goals (id, client_id, kind, priority, target_date, data, version, created_at, updated_at)
       VALUES ('goal-dup', ?, 'custom', 'important', '2032-01-01', '{}', 1, ?, ?)`,
      duplicate,
      NOW,
      NOW,
    );
    run(
      `INSERT INTO book_asset_snapshots (on_day, client_id, assets_twd) VALUES ('2026-11-01', ?, 1000)`,
      duplicate,
    );
    // The last merger (reports) fails once the earlier ones (goals among them) have moved their rows.
    run(`CREATE TEMP TRIGGER merger_fails BEFORE DELETE ON book_asset_snapshots
         BEGIN SELECT RAISE(ABORT, 'merger failed'); END`);
    const [k, d] = [
      await kit.call('clients.get', { id: keep }),
      await kit.call('clients.get', { id: duplicate }),
    ];
    const failed = await kit.core.invoke('clients.merge', {
      keepId: keep,
      keepVersion: k.version,
      mergeId: duplicate,
      mergeVersion: d.version,
    });
    expect(failed.ok).toBe(false);
    expect(db().prepare("SELECT client_id FROM goals WHERE id = 'goal-dup'").pluck().get()).toBe(duplicate);
    expect(await kit.call('clients.get', { id: duplicate })).toEqual(d);
    expect(await kit.call('clients.get', { id: keep })).toEqual(k);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'client.merge'")).toBe(0);
  });
});
