import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type DeviceKeyStore } from '../../electron/core/app';
import { FAILED_UNLOCKS_FILE_NAME } from '../../electron/core/vault/failed-unlocks';
import { CHANNELS, contract, type ChannelOutput } from '../../shared/ipc/contract';
import type { ClientInput } from '../../shared/features/clients/schema';
import type { Result } from '../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from './helpers/temp-dir';

const PASSPHRASE = 'a long enough passphrase';
const CANARY_NAME = '歐陽金絲雀';
const newClient = (overrides: Partial<ClientInput> = {}): ClientInput => ({
  name: CANARY_NAME,
  nationalId: 'F131104093',
  birthDate: '1958-04-01',
  gender: 'F',
  phone: '0912-888-777',
  email: 'canary@example.tw',
  address: '臺北市大安區仁愛路四段 10 號',
  occupation: '企業主',
  employer: '金絲雀實業',
  annualIncomeTwd: 8_000_000,
  investableAssets: [
    { currency: 'TWD', amount: 40_000_000 },
    { currency: 'USD', amount: 500_000 },
  ],
  sourceOfWealth: '企業經營',
  acquisitionSource: 'referral',
  status: 'active',
  advisor: '林顧問',
  tags: ['高資產'],
  notes: '重視退休規劃',
  household: [],
  ...overrides,
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('core over a real encrypted vault', () => {
  let dir: string;
  let clock: number;
  let core: Core;
  const open = (extra: { deviceKeyStore?: DeviceKeyStore } = {}) =>
    createCore({ dataDir: dir, now: () => clock, checkOutputs: true, logError: () => undefined, ...extra });

  beforeEach(async () => {
    dir = makeTempDataDir();
    clock = Date.parse('2026-11-25T09:00:00Z');
    core = open();
    value(await core.invoke('vault.setup', { passphrase: PASSPHRASE }));
  });
  afterEach(() => {
    core.close();
    removeTempDataDir(dir);
  });

  it('creates a client, shows the ID masked, and logs a reveal without client data', async () => {
    const created = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    expect(created.nationalIdMasked).toBe('F13****093');
    expect(JSON.stringify(created)).not.toContain('F131104093');
    expect(value(await core.invoke('clients.revealNationalId', { id: created.id }))).toEqual({
      nationalId: 'F131104093',
    });
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['vault.setup', 'client.create', 'client.reveal_national_id']),
    );
    // The name is looked up for display; the stored trail holds no client data.
    expect(audit.items.find((e) => e.action === 'client.create')?.clientName).toBe(CANARY_NAME);
    const stored = JSON.stringify(core.session.database().prepare('SELECT * FROM audit_log').all());
    expect(stored).not.toContain(CANARY_NAME);
    expect(stored).not.toContain('F131104093');
    expect(JSON.stringify(audit)).not.toContain('F131104093');
  });

  it('writes a change and its audit entry together, or neither', async () => {
    const created = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    const entries = () => core.session.database().prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = entries();
    // A stale version: CONFLICT, no change and no entry.
    const { nationalId: _id, ...rest } = newClient();
    const stale = await core.invoke('clients.update', {
      id: created.id,
      version: created.version + 1,
      data: { ...rest, phone: '0911-000-111' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(entries()).toBe(before);
    // A failing import writes no client and no entry.
    expect(
      await core.invoke('clients.importCsv', { csv: 'name,national_id\n林芳,F131104094\n' }),
    ).toMatchObject({ ok: false });
    expect(entries()).toBe(before);
    expect(value(await core.invoke('clients.list', {}))).toMatchObject({ total: 1 });
  });

  it('names the actor: the advisor from settings and the OS user', async () => {
    value(await core.invoke('settings.update', { advisorName: '陳志明' }));
    value(await core.invoke('clients.create', { data: newClient() }));
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    const create = audit.items.find((e) => e.action === 'client.create');
    expect(create).toMatchObject({ actorName: '陳志明' });
    expect(create?.actorOsUser).toEqual(expect.any(String));
    expect(audit.items.find((e) => e.action === 'settings.update')).toMatchObject({ detail: 'advisorName' });
  });

  it('records unlocks, locks, automatic locks and failed unlocks', async () => {
    value(await core.invoke('vault.lock', {}));
    expect(await core.invoke('vault.unlock', { passphrase: 'a wrong passphrase' })).toMatchObject({
      ok: false,
    });
    clock += 1000;
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    value(await core.invoke('settings.update', { autoLockMinutes: 1 }));
    clock += 2 * 60_000;
    expect(core.session.lockIfIdle()).toBe(true);
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.map((e) => e.action).reverse()).toEqual([
      'vault.setup',
      'vault.lock',
      'vault.unlock_failed',
      'vault.unlock',
      'settings.update',
      'vault.auto_lock',
      'vault.unlock',
    ]);
    expect(audit.items.find((e) => e.action === 'vault.unlock_failed')?.at).toBe('2026-11-25T09:00:00.000Z');
  });

  it('answers hostile search text with results, never an error', async () => {
    value(await core.invoke('clients.create', { data: newClient() }));
    for (const text of ['\u0000', 'x\u0000y', '"', '*', 'NEAR(', 'OR', '^', '-', "') OR ('", '%_', '\\']) {
      expect(await core.invoke('clients.list', { text }), JSON.stringify(text)).toMatchObject({ ok: true });
    }
    const found = value(
      await core.invoke('clients.list', { text: '金絲\u0000雀' }),
    ) as ChannelOutput<'clients.list'>;
    expect(found.items.map((c) => c.name)).toEqual([CANARY_NAME]);
  });

  it('keeps the canary name out of every file in the data folder', async () => {
    value(await core.invoke('clients.create', { data: newClient() }));
    const needle = Buffer.from(CANARY_NAME, 'utf8');
    const check = () => {
      for (const name of readdirSync(dir)) {
        expect(readFileSync(join(dir, name)).includes(needle), `${name} holds plaintext`).toBe(false);
      }
    };
    check(); // open: the .db, -wal and -shm
    core.close();
    check(); // closed
  });

  it('answers LOCKED on every data channel once locked, and opens again with the passphrase', async () => {
    const { id } = value(await core.invoke('clients.create', { data: newClient() })) as { id: string };
    value(await core.invoke('vault.lock', {}));
    for (const channel of CHANNELS.filter((c) => contract[c].needsUnlock)) {
      expect(await core.invoke(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    expect(await core.invoke('vault.unlock', { passphrase: 'wrong passphrase!' })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_BAD_PASSPHRASE' },
    });
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value(await core.invoke('clients.get', { id }))).toMatchObject({ name: CANARY_NAME });
  });

  it('refuses to unlock into a new empty database when the database file went missing', async () => {
    value(await core.invoke('clients.create', { data: newClient() }));
    value(await core.invoke('vault.lock', {}));
    renameSync(join(dir, 'advisordesk.db'), join(dir, 'moved-away.db'));
    expect(await core.invoke('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_CORRUPT' },
    });
    expect(existsSync(join(dir, 'advisordesk.db'))).toBe(false);
    renameSync(join(dir, 'moved-away.db'), join(dir, 'advisordesk.db'));
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value(await core.invoke('clients.list', {}))).toMatchObject({ total: 1 });
  });

  it('answers DB_UPGRADE_BLOCKED, not INTERNAL, when a migration step fails on unlock', async () => {
    // A database left at version 2 whose step 3 cannot run (a table holds the index's name).
    core.session
      .database()
      .exec('DROP INDEX clients_national_id; CREATE TABLE clients_national_id (x); PRAGMA user_version = 2');
    value(await core.invoke('vault.lock', {}));
    expect(await core.invoke('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'DB_UPGRADE_BLOCKED' },
    });
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({ state: 'locked' });
  });

  it('locks itself after the configured idle minutes, and activity postpones it', async () => {
    value(await core.invoke('settings.update', { autoLockMinutes: 5 }));
    clock += 4 * 60_000;
    value(await core.invoke('vault.touch', {}));
    clock += 4 * 60_000;
    expect(core.session.lockIfIdle()).toBe(false);
    clock += 2 * 60_000;
    expect(core.session.lockIfIdle()).toBe(true);
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({ state: 'locked' });
  });

  it('refuses a stale update with CONFLICT and keeps the newer data', async () => {
    const created = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    const { nationalId: _id, ...rest } = newClient();
    value(
      await core.invoke('clients.update', {
        id: created.id,
        version: created.version,
        data: { ...rest, phone: '0911-111-111' },
      }),
    );
    const stale = await core.invoke('clients.update', {
      id: created.id,
      version: created.version,
      data: { ...rest, phone: '0922-222-222' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(value(await core.invoke('clients.get', { id: created.id }))).toMatchObject({
      phone: '0911-111-111',
      version: 2,
    });
  });

  it('refuses household links to unknown clients and to itself, and shows links both ways', async () => {
    const a = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    const unknown = await core.invoke('clients.create', {
      data: newClient({
        nationalId: 'A123456789',
        household: [{ clientId: '3b241101-e2bb-4255-8caf-4136c566a962', relation: 'spouse' }],
      }),
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const b = value(
      await core.invoke('clients.create', {
        data: newClient({
          name: '王明',
          nationalId: 'A123456789',
          household: [{ clientId: a.id, relation: 'spouse' }],
        }),
      }),
    ) as ChannelOutput<'clients.get'>;
    expect(b.household).toEqual([{ clientId: a.id, relation: 'spouse', name: CANARY_NAME }]);
    const aAgain = value(await core.invoke('clients.get', { id: a.id })) as ChannelOutput<'clients.get'>;
    expect(aAgain.household.map((h) => h.clientId)).toEqual([b.id]);
    const { nationalId: _n, ...rest } = newClient();
    const self = await core.invoke('clients.update', {
      id: a.id,
      version: 1,
      data: { ...rest, household: [{ clientId: a.id, relation: 'other' }] },
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a stale save of a client whose household another client changed meanwhile', async () => {
    const a = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    const b = value(
      await core.invoke('clients.create', { data: newClient({ name: '王明', nationalId: 'A123456789' }) }),
    ) as ChannelOutput<'clients.get'>;
    const { nationalId: _n, ...rest } = newClient();
    // A declares B a child while B's form, loaded earlier, is still open.
    value(
      await core.invoke('clients.update', {
        id: a.id,
        version: a.version,
        data: { ...rest, household: [{ clientId: b.id, relation: 'child' }] },
      }),
    );
    const staleB = await core.invoke('clients.update', {
      id: b.id,
      version: b.version,
      data: { ...rest, name: '王明', household: [] },
    });
    expect(staleB).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const fresh = value(await core.invoke('clients.get', { id: b.id })) as ChannelOutput<'clients.get'>;
    expect(fresh.household).toEqual([{ clientId: a.id, relation: 'parent', name: CANARY_NAME }]);
  });

  it('imports nothing when any CSV row is bad, and everything when all are good', async () => {
    const header = 'name,national_id,gender,status,acquisition_source';
    const bad = `${header}\n王明,A123456789,M,active,referral\n林芳,A123456788,F,active,referral\n`;
    const refused = await core.invoke('clients.importCsv', { csv: bad });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    const errors = (refused as { error: { details: { errors: { line: number; field: string }[] } } }).error
      .details.errors;
    expect(errors).toContainEqual(expect.objectContaining({ line: 3, field: 'national_id' }));
    expect(value(await core.invoke('clients.list', {}))).toMatchObject({ total: 0 });

    const good = `${header}\n王明,A123456789,M,active,referral\n林芳,F131104093,F,active,referral\n`;
    expect(value(await core.invoke('clients.importCsv', { csv: good }))).toEqual({ imported: 2 });
    const found = value(await core.invoke('clients.list', { text: '林芳' })) as ChannelOutput<'clients.list'>;
    expect(found.items.map((c) => c.name)).toEqual(['林芳']);
  });

  it('keeps one dossier per national ID: create, update and import refuse a taken one', async () => {
    const first = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    const taken = {
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ path: ['data', 'nationalId'], message: 'validation.nationalId.taken' }] },
      },
    };
    expect(await core.invoke('clients.create', { data: newClient({ name: '林芳' }) })).toMatchObject(taken);
    const other = value(
      await core.invoke('clients.create', { data: newClient({ name: '林芳', nationalId: 'A123456789' }) }),
    ) as ChannelOutput<'clients.get'>;
    const { nationalId: _n, ...rest } = newClient();
    expect(
      await core.invoke('clients.update', {
        id: other.id,
        version: 1,
        data: { ...rest, nationalId: 'f131104093' },
      }),
    ).toMatchObject(taken);
    const csv = `name,national_id\n張三,B201234568\n王明,F131104093\n`;
    const refused = await core.invoke('clients.importCsv', { csv });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    expect((refused as { error: { details: { errors: unknown[] } } }).error.details.errors).toEqual([
      { line: 3, field: 'national_id', message: 'validation.nationalId.taken' },
    ]);
    expect(value(await core.invoke('clients.list', {}))).toMatchObject({ total: 2 });
    expect(value(await core.invoke('clients.get', { id: first.id }))).toMatchObject({ name: CANARY_NAME });
  });

  it('keeps assets in the order entered, also through a CSV export and import', async () => {
    const entered = [
      { currency: 'USD', amount: 500_000 },
      { currency: 'TWD', amount: 40_000_000 },
      { currency: 'JPY', amount: 3_000_000 },
    ] as const;
    const created = value(
      await core.invoke('clients.create', { data: newClient({ investableAssets: [...entered] }) }),
    ) as ChannelOutput<'clients.get'>;
    const stored = value(
      await core.invoke('clients.get', { id: created.id }),
    ) as ChannelOutput<'clients.get'>;
    expect(stored.investableAssets).toEqual(entered);

    const { csv } = value(
      await core.invoke('clients.exportCsv', { includeNationalId: true }),
    ) as ChannelOutput<'clients.exportCsv'>;
    const otherDir = makeTempDataDir();
    const other = createCore({ dataDir: otherDir, now: () => clock, logError: () => undefined });
    try {
      value(await other.invoke('vault.setup', { passphrase: PASSPHRASE }));
      expect(value(await other.invoke('clients.importCsv', { csv }))).toEqual({ imported: 1 });
      const [summary] = (value(await other.invoke('clients.list', {})) as ChannelOutput<'clients.list'>)
        .items;
      const imported = value(
        await other.invoke('clients.get', { id: summary!.id }),
      ) as ChannelOutput<'clients.get'>;
      expect(imported.investableAssets).toEqual(entered);
    } finally {
      other.close();
      removeTempDataDir(otherDir);
    }
  });

  it('writes failed unlocks of another run (a CLI with a wrong passphrase) at the next unlock', async () => {
    core.close();
    const failing = open();
    expect(await failing.invoke('vault.unlock', { passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
    });
    failing.close();
    // Only times wait beside the vault: no passphrase, nothing of the client data.
    const waiting = readFileSync(join(dir, FAILED_UNLOCKS_FILE_NAME), 'utf8');
    expect(JSON.parse(waiting)).toEqual(['2026-11-25T09:00:00.000Z']);
    core = open();
    clock += 60_000;
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.filter((e) => e.action === 'vault.unlock_failed').map((e) => e.at)).toEqual([
      '2026-11-25T09:00:00.000Z',
    ]);
    expect(existsSync(join(dir, FAILED_UNLOCKS_FILE_NAME))).toBe(false);
  });

  it('marks demo clients, refuses them beside real clients unless forced, and purges only them', async () => {
    value(await core.invoke('demo.seed', { count: 5 }));
    const real = value(
      await core.invoke('clients.create', { data: newClient() }),
    ) as ChannelOutput<'clients.get'>;
    expect(real.isDemo).toBe(false);
    const listed = value(await core.invoke('clients.list', { limit: 50 })) as ChannelOutput<'clients.list'>;
    expect(listed.items.filter((c) => c.isDemo)).toHaveLength(5);
    expect(await core.invoke('demo.seed', { count: 5, seed: 2 })).toMatchObject({
      ok: false,
      error: { code: 'REAL_CLIENTS_PRESENT' },
    });
    expect(value(await core.invoke('demo.seed', { count: 5, seed: 2, force: true }))).toEqual({
      added: 5,
      skipped: 0,
    });
    expect(value(await core.invoke('demo.purge', {}))).toEqual({ removed: 10 });
    const left = value(await core.invoke('clients.list', {})) as ChannelOutput<'clients.list'>;
    expect(left.items.map((c) => c.id)).toEqual([real.id]);
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.filter((e) => e.action === 'client.purge_demo').map((e) => e.detail)).toEqual([
      '10 rows',
    ]);
  });

  it('makes the dossier PDF and logs the print', async () => {
    const { id } = value(await core.invoke('clients.create', { data: newClient() })) as { id: string };
    const pdf = value(await core.invoke('clients.dossierPdf', { id })) as ChannelOutput<'clients.dossierPdf'>;
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // Named as an advisor files it, with the ROC date of the day in Taipei.
    expect(pdf.fileName).toBe(`客戶資料卡_${CANARY_NAME}_1151125.pdf`);
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.some((e) => e.action === 'client.print' && e.entityId === id)).toBe(true);
  });

  it('remembers the key in a device store only when asked, and unlocks with it', async () => {
    core.close();
    const sealed: Buffer[] = [];
    const store: DeviceKeyStore = {
      isAvailable: () => true,
      seal: (plain) => {
        const box = Buffer.from(plain).reverse();
        sealed.push(box);
        return box;
      },
      unseal: (box) => Buffer.from(box).reverse(),
    };
    core = open({ deviceKeyStore: store });
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({ deviceRemembered: false });
    value(await core.invoke('vault.lock', {}));
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: true }));
    value(await core.invoke('vault.lock', {}));
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({
      deviceRemembered: true,
      state: 'locked',
    });
    value(await core.invoke('vault.unlockWithDevice', {}));
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({ state: 'unlocked' });
    value(await core.invoke('vault.forgetDevice', {}));
    expect(value(await core.invoke('vault.status', {}))).toMatchObject({ deviceRemembered: false });
    expect(sealed).toHaveLength(1);
  });
});
