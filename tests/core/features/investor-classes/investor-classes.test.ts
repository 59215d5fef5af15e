import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import { ClientsRepository, ClientsService } from '../../../../electron/core/features/clients';
import {
  InvestorClassRepository,
  InvestorClassService,
} from '../../../../electron/core/features/investor-classes';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { clientData, freshDatabasePerTest, NOW } from '../../db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

type Application = ChannelOutput<'classes.apply'>;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const NAME = '歐陽金絲雀';

describe('investor classes through the router, on a real encrypted vault', () => {
  let dir: string;
  let core: Core;
  let clientId: string;
  // 2026-11-25 in Taipei.
  const clock = Date.parse('2026-11-25T09:00:00Z');

  beforeEach(async () => {
    dir = makeTempDataDir();
    core = createCore({ dataDir: dir, now: () => clock, checkOutputs: true, logError: () => undefined });
    value(await core.invoke('vault.setup', { passphrase: 'a long enough passphrase' }));
    const created = value(
      await core.invoke('clients.create', { data: clientData({ name: NAME }) }),
    ) as ChannelOutput<'clients.get'>;
    clientId = created.id;
  });
  afterEach(() => {
    core.close();
    removeTempDataDir(dir);
  });

  const apply = async (input: Partial<ChannelInput<'classes.apply'>> = {}) =>
    value(
      await core.invoke('classes.apply', {
        clientId,
        investorClass: 'professional_natural',
        basis: 'natural_provable_assets',
        appliedOn: '2026-11-01',
        amounts: { provableAssetsTwd: 31_234_567 },
        ...input,
      }),
    ) as Application;
  const addEvidence = async (applicationId: string, type: string, checkedOn = '2026-11-03') =>
    value(
      await core.invoke('classes.addEvidence', {
        applicationId,
        type,
        documentDate: '2026-10-31',
        checkedBy: '林專員',
        checkedOn,
      }),
    ) as Application;

  it('refuses activation without the evidence, in zh-TW, and writes nothing', async () => {
    const application = await apply();
    const refused = await core.invoke('classes.activate', {
      applicationId: application.id,
      effectiveOn: '2026-11-05',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    const details = refused.error.details as { issues: { path: string[]; message: string }[] };
    expect(details.issues.map((i) => i.message)).toEqual([
      '尚缺已查核之證明文件：銀行／證券存款及資產餘額證明',
      '尚缺已查核之證明文件：專業知識或交易經驗證明',
    ]);
    // Neither the client's amount nor name is in the error.
    expect(JSON.stringify(refused.error)).not.toMatch(/31,?234,?567|歐陽/);
    const current = value(await core.invoke('classes.current', { clientId }));
    expect(current).toMatchObject({ day: '2026-11-25', investorClass: 'general', application: null });
    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    expect(audit.items.map((e) => e.action)).not.toContain('client.class_activate');
  });

  it('refuses activation when the amounts fall short of the settings, even with the evidence', async () => {
    const application = await apply({ amounts: { provableAssetsTwd: 29_999_999 } });
    await addEvidence(application.id, 'balance_certificate');
    await addEvidence(application.id, 'knowledge_experience_proof');
    const refused = await core.invoke('classes.activate', {
      applicationId: application.id,
      effectiveOn: '2026-11-05',
    });
    expect(refused.ok ? [] : (refused.error.details as { issues: { message: string }[] }).issues).toEqual([
      { path: ['amounts', 'provableAssetsTwd'], message: '可證明資產未達標準（須NT$3,000 萬 以上）' },
    ]);
    // A firm that lowers its threshold may activate the same application.
    value(
      await core.invoke('settings.update', {
        investorClasses: {
          ...DEFAULT_SETTINGS.investorClasses,
          professionalNatural: {
            ...DEFAULT_SETTINGS.investorClasses.professionalNatural,
            provableAssetsTwd: 29_000_000,
          },
        },
      }),
    );
    value(
      await core.invoke('classes.activate', { applicationId: application.id, effectiveOn: '2026-11-05' }),
    );
  });

  it('activates, reverts, keeps the whole history, and audits each step against the client without data', async () => {
    const first = await apply();
    await addEvidence(first.id, 'balance_certificate');
    await addEvidence(first.id, 'knowledge_experience_proof');
    const active = value(
      await core.invoke('classes.activate', { applicationId: first.id, effectiveOn: '2026-11-05' }),
    ) as Application;
    expect(active.activation?.effectiveOn).toBe('2026-11-05');
    expect(value(await core.invoke('classes.current', { clientId }))).toMatchObject({
      investorClass: 'professional_natural',
    });

    // A second class cannot take effect while the first is.
    const second = await apply({
      investorClass: 'high_asset',
      basis: 'high_asset_investable',
      appliedOn: '2026-11-10',
      amounts: { investableAssetsTwd: 120_000_000 },
    });
    for (const type of ['balance_certificate', 'knowledge_experience_proof', 'signed_consent'])
      await addEvidence(second.id, type, '2026-11-11');
    const overlapping = await core.invoke('classes.activate', {
      applicationId: second.id,
      effectiveOn: '2026-11-12',
    });
    expect(overlapping.ok ? null : (overlapping.error.details as { problems: unknown[] }).problems).toEqual([
      { code: 'another_in_effect' },
    ]);

    const reverted = value(
      await core.invoke('classes.revert', {
        applicationId: first.id,
        revertedOn: '2026-11-12',
        reason: '客戶書面申請恢復為一般投資人',
      }),
    ) as Application;
    expect(reverted.reversion).toMatchObject({ revertedOn: '2026-11-12' });
    value(await core.invoke('classes.activate', { applicationId: second.id, effectiveOn: '2026-11-12' }));

    const { applications } = value(
      await core.invoke('classes.list', { clientId }),
    ) as ChannelOutput<'classes.list'>;
    expect(
      applications.map((a) => [a.investorClass, a.activation?.effectiveOn, a.reversion?.revertedOn]),
    ).toEqual([
      ['high_asset', '2026-11-12', undefined],
      ['professional_natural', '2026-11-05', '2026-11-12'],
    ]);
    for (const [day, expected] of [
      ['2026-11-04', 'general'],
      ['2026-11-05', 'professional_natural'],
      ['2026-11-11', 'professional_natural'],
      ['2026-11-12', 'high_asset'],
    ] as const) {
      const on = value(await core.invoke('classes.current', { clientId, day })) as {
        investorClass: string;
      };
      expect(on.investorClass, day).toBe(expected);
    }
    // A reverted application cannot be reverted or activated again.
    const again = await core.invoke('classes.revert', {
      applicationId: first.id,
      revertedOn: '2026-11-20',
      reason: 'x',
    });
    expect(again.ok ? null : again.error.code).toBe('VALIDATION');

    const audit = value(await core.invoke('audit.list', {})) as ChannelOutput<'audit.list'>;
    const entries = audit.items.filter((e) => e.action.startsWith('client.class_'));
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        'client.class_activate',
        'client.class_activate',
        'client.class_apply',
        'client.class_apply',
        ...Array<string>(5).fill('client.class_evidence'),
        'client.class_revert',
      ].sort(),
    );
    for (const entry of entries) {
      expect(entry.entity).toBe('client');
      expect(entry.entityId).toBe(clientId);
      expect(entry.clientName).toBe(NAME);
    }
    const stored = JSON.stringify(core.session.database().prepare('SELECT * FROM audit_log').all());
    expect(stored).not.toMatch(/31234567|120000000|客戶書面申請|林專員/);
  });

  it('keeps records unchangeable in the database itself, yet lets a purged demo client take them along', async () => {
    const application = await apply();
    await addEvidence(application.id, 'balance_certificate');
    const db = core.session.database();
    expect(() =>
      db.prepare("UPDATE investor_class_applications SET applied_on = '2026-01-01'").run(),
    ).toThrow(/kept unchanged/);
    expect(() => db.prepare('DELETE FROM investor_class_evidence').run()).toThrow(/kept/);
    expect(() => db.prepare('DELETE FROM investor_class_applications').run()).toThrow(/kept/);
    db.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
    expect(db.prepare('SELECT count(*) AS n FROM investor_class_evidence').get()).toEqual({ n: 0 });
  });

  it('refuses dates after today in the firm time zone and a document dated after its check', async () => {
    const future = await core.invoke('classes.apply', {
      clientId,
      investorClass: 'professional_entity',
      basis: 'entity_total_assets',
      appliedOn: '2026-11-26',
      amounts: { totalAssetsTwd: 60_000_000 },
    });
    expect(future.ok ? null : future.error.details).toMatchObject({
      issues: [{ path: ['appliedOn'], message: '書面申請日不可晚於今天' }],
    });
    const application = await apply();
    const late = await core.invoke('classes.addEvidence', {
      applicationId: application.id,
      type: 'balance_certificate',
      documentDate: '2026-11-04',
      checkedBy: '林專員',
      checkedOn: '2026-11-03',
    });
    expect(late.ok ? null : late.error.details).toMatchObject({
      issues: [{ path: ['documentDate'], message: '文件日期不可晚於查核日' }],
    });
    const unknown = await core.invoke('classes.list', { clientId: '7d4c5a52-5b0c-4c53-9a43-7a5f0d0e2b11' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });
});

describe('InvestorClassService.classOn, for suitability', () => {
  const test = freshDatabasePerTest();

  it('answers general when nothing is in effect, and the class of the day otherwise', () => {
    const settings = () => DEFAULT_SETTINGS;
    const now = () => Date.parse(NOW);
    const clients = new ClientsService(
      () => new ClientsRepository(test.db),
      settings,
      () => settings().fxRates,
      () => NOW,
    );
    const service = new InvestorClassService(
      () => new InvestorClassRepository(test.db),
      clients,
      settings,
      now,
    );
    const client = clients.create(clientData());
    expect(service.classOn(client.id, '2026-11-20')).toBe('general');
    const application = service.apply({
      clientId: client.id,
      investorClass: 'professional_entity',
      basis: 'entity_total_assets',
      appliedOn: '2026-11-01',
      amounts: { totalAssetsTwd: 50_000_001 },
    });
    for (const type of ['financial_statement', 'corporate_registration'] as const) {
      service.addEvidence({
        applicationId: application.id,
        type,
        documentDate: '2026-06-30',
        checkedBy: '王經理',
        checkedOn: '2026-11-02',
      });
    }
    expect(service.classOn(client.id, '2026-11-20')).toBe('general');
    service.activate({ applicationId: application.id, effectiveOn: '2026-11-03' });
    expect(service.classOn(client.id, '2026-11-02')).toBe('general');
    expect(service.classOn(client.id, '2026-11-03')).toBe('professional_entity');
    expect(service.classOn(client.id, '2026-11-20')).toBe('professional_entity');
  });
});
