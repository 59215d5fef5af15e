import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import type { AuditEntry } from '../../../../shared/features/audit';
import type { Client } from '../../../../shared/features/clients';
import type { Override, SuitabilityCheck } from '../../../../shared/features/suitability';
import type { Channel } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { clientData } from '../../db/fixtures';
import { product, profile } from '../../../shared/features/suitability/fixtures';
import { suitabilityCore, valueOf, type FakeWorld } from './harness';

let dir: string;
let clock: number;
let core: Core;
let world: FakeWorld;
let invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>;
let client: Client;

const risky = product({ riskRating: 4 });
const suspended = product({ state: 'suspended' });
const plain = Array.from({ length: 4 }, () => product());

beforeEach(async () => {
  dir = makeTempDataDir();
  clock = Date.parse('2026-11-30T02:00:00Z');
  ({ core, world, invoke } = await suitabilityCore(dir, () => clock));
  await valueOf(invoke('settings.update', { advisorName: '林顧問' }));
  client = await valueOf<'clients.create'>(
    invoke('clients.create', { data: clientData({ birthDate: '1970-05-01' }) }),
  );
  world.profiles.set(client.id, profile(2, { assessmentId: 'kyc-1' }));
  for (const p of [risky, suspended, ...plain]) world.shelf.set(p.id, p);
});
afterEach(() => {
  core.close();
  removeTempDataDir(dir);
});

const items = (...ids: string[]) => ids.map((productId) => ({ productId, weightPercent: 10 }));
const check = (...ids: string[]) =>
  valueOf<'suitability.check'>(invoke('suitability.check', { clientId: client.id, items: items(...ids) }));
const plainIds = plain.map((p) => p.id);
const request = (
  checkId: string,
  code: string,
  productId: string | null,
  reason = '客戶堅持，已充分說明風險',
) => invoke('suitability.requestOverride', { checkId, code, productId, reason });
const audit = async () =>
  (await valueOf<'audit.list'>(invoke('audit.list', {}))).items.filter((e: AuditEntry) =>
    e.action.startsWith('suitability.'),
  );

describe('suitability checks and overrides over a real encrypted vault', () => {
  it('saves each check with its items and audits it against the client, without client data', async () => {
    const result: SuitabilityCheck = await check(risky.id, suspended.id, ...plainIds);
    expect(result.verdict).toBe('blocked');
    expect(result.findings.map((f) => `${f.code}:${f.severity}`)).toEqual([
      'grade_exceeded:needs_approval',
      'product_not_approved:block',
    ]);
    const saved = core.session
      .database()
      .prepare(
        'SELECT client_id AS clientId, assessment_id AS assessmentId, items FROM suitability_checks WHERE id = ?',
      )
      .get(result.checkId) as { clientId: string; assessmentId: string; items: string };
    expect(saved.clientId).toBe(client.id);
    expect(saved.assessmentId).toBe('kyc-1');
    expect(JSON.parse(saved.items)).toHaveLength(6);
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'suitability.check',
        entity: 'client',
        entityId: client.id,
        detail: '6 products, blocked',
        clientName: client.name,
        actorName: '林顧問',
      }),
    ]);
  });

  it('refuses to override a block, in words, and records nothing', async () => {
    const { checkId } = await check(risky.id, suspended.id, ...plainIds);
    const refused = await request(checkId, 'product_not_approved', suspended.id);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { reason: 'block_not_overridable' } },
    });
    expect((await valueOf<'suitability.overrides'>(invoke('suitability.overrides', {}))).items).toEqual([]);
    expect((await audit()).map((e) => e.action)).toEqual(['suitability.check']);
  });

  it('refuses a finding the check did not have, and one that needs nothing', async () => {
    const { checkId } = await check(risky.id, ...plainIds);
    expect(await request(checkId, 'grade_exceeded', plain[0]!.id)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { reason: 'finding_not_in_check' } },
    });
    expect(await request(checkId, 'grade_exceeded', risky.id, '   ')).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ path: ['reason'], message: 'validation.required' }] },
      },
    });
  });

  it('asks, approves with the supervisor, and the next check shows the finding overridden; both steps audited', async () => {
    const first = await check(risky.id, ...plainIds);
    expect(first.verdict).toBe('needs_approval');
    const asked = await valueOf<'suitability.requestOverride'>(
      request(first.checkId, 'grade_exceeded', risky.id),
    );
    expect(asked).toMatchObject({
      status: 'pending',
      clientId: client.id,
      clientName: client.name,
      productCode: risky.code,
      requestedBy: '林顧問',
      reason: '客戶堅持，已充分說明風險',
    });
    expect(await request(first.checkId, 'grade_exceeded', risky.id)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'already_requested' } },
    });
    const pending = await valueOf<'suitability.overrides'>(
      invoke('suitability.overrides', { status: 'pending' }),
    );
    expect(pending.items.map((o: Override) => o.id)).toEqual([asked.id]);

    // Still needs approval while pending.
    expect((await check(risky.id, ...plainIds)).verdict).toBe('needs_approval');

    expect(
      await invoke('suitability.approveOverride', {
        id: asked.id,
        supervisorName: '王主管',
        approvedOn: '2026-12-01',
        reference: 'APR-1',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['approvedOn'] }] } },
    });
    const approved = await valueOf<'suitability.approveOverride'>(
      invoke('suitability.approveOverride', {
        id: asked.id,
        supervisorName: '王主管',
        approvedOn: '2026-11-30',
        reference: 'APR-2026-118',
      }),
    );
    expect(approved).toMatchObject({
      status: 'approved',
      supervisorName: '王主管',
      approvedOn: '2026-11-30',
      reference: 'APR-2026-118',
      decidedAt: '2026-11-30T02:00:00.000Z',
    });
    expect(
      await invoke('suitability.approveOverride', {
        id: asked.id,
        supervisorName: '王主管',
        approvedOn: '2026-11-30',
        reference: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'not_pending' } } });

    const next = await check(risky.id, ...plainIds);
    expect(next.verdict).toBe('ok');
    expect(next.findings).toEqual([
      expect.objectContaining({ code: 'grade_exceeded', severity: 'overridden', overrideId: asked.id }),
    ]);
    expect((await check(risky.id, suspended.id, ...plainIds)).verdict).toBe('blocked');

    const trail = await audit();
    const steps = trail.filter((e) => e.action.startsWith('suitability.override'));
    expect(steps.map((e) => [e.action, e.entity, e.entityId, e.detail])).toEqual([
      ['suitability.override_approve', 'client', client.id, 'finding grade_exceeded'],
      ['suitability.override_request', 'client', client.id, 'finding grade_exceeded'],
    ]);
    expect(JSON.stringify(trail)).not.toContain('客戶堅持');
  });

  it('an override holds for the KYC assessment it was asked under, not a later one', async () => {
    const first = await check(risky.id, ...plainIds);
    const asked = await valueOf<'suitability.requestOverride'>(
      request(first.checkId, 'grade_exceeded', risky.id),
    );
    await valueOf(
      invoke('suitability.approveOverride', {
        id: asked.id,
        supervisorName: '王主管',
        approvedOn: '2026-11-30',
        reference: 'R1',
      }),
    );
    world.profiles.set(client.id, profile(2, { assessmentId: 'kyc-2' }));
    expect((await check(risky.id, ...plainIds)).verdict).toBe('needs_approval');
  });

  it('an approval covers the finding it was for: a product re-rated higher needs a new one', async () => {
    const first = await check(risky.id, ...plainIds);
    const asked = await valueOf<'suitability.requestOverride'>(
      request(first.checkId, 'grade_exceeded', risky.id),
    );
    await valueOf(
      invoke('suitability.approveOverride', {
        id: asked.id,
        supervisorName: '王主管',
        approvedOn: '2026-11-30',
        reference: 'R1',
      }),
    );
    expect((await check(risky.id, ...plainIds)).verdict).toBe('ok');
    world.shelf.set(risky.id, { ...risky, riskRating: 5 });
    const rerated = await check(risky.id, ...plainIds);
    expect(rerated.verdict).toBe('needs_approval');
    expect(rerated.findings).toEqual([
      expect.objectContaining({ code: 'grade_exceeded', severity: 'needs_approval', overrideId: null }),
    ]);
    expect((await request(rerated.checkId, 'grade_exceeded', risky.id)).ok).toBe(true);
  });

  it('refuses an approval by the advisor who asked, or dated before the request, and keeps it pending', async () => {
    const first = await check(risky.id, ...plainIds);
    const asked = await valueOf<'suitability.requestOverride'>(
      request(first.checkId, 'grade_exceeded', risky.id),
    );
    const approve = (supervisorName: string, approvedOn: string) =>
      invoke('suitability.approveOverride', { id: asked.id, supervisorName, approvedOn, reference: 'R1' });
    expect(await approve(' 林顧問 ', '2026-11-30')).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ path: ['supervisorName'], message: 'validation.supervisorIsAdvisor' }] },
      },
    });
    expect(await approve('王主管', '2026-11-29')).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ path: ['approvedOn'], message: 'validation.approvalBeforeRequest' }] },
      },
    });
    expect(
      (await valueOf<'suitability.overrides'>(invoke('suitability.overrides', { status: 'pending' }))).items,
    ).toHaveLength(1);
    expect((await audit()).map((e) => e.action)).not.toContain('suitability.override_approve');
    expect((await approve('王主管', '2026-11-30')).ok).toBe(true);
  });

  it('a rejected override resolves nothing and may be asked for again', async () => {
    const first = await check(risky.id, ...plainIds);
    const asked = await valueOf<'suitability.requestOverride'>(
      request(first.checkId, 'grade_exceeded', risky.id),
    );
    const rejected = await valueOf<'suitability.rejectOverride'>(
      invoke('suitability.rejectOverride', { id: asked.id, supervisorName: '王主管', reason: '風險過高' }),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectionReason: '風險過高',
      supervisorName: '王主管',
    });
    expect((await check(risky.id, ...plainIds)).verdict).toBe('needs_approval');
    expect((await request(first.checkId, 'grade_exceeded', risky.id)).ok).toBe(true);
    expect((await audit()).map((e) => e.action)).toContain('suitability.override_reject');
  });

  it('names an unknown client or product as NOT_FOUND and saves no check', async () => {
    const unknownClient = await invoke('suitability.check', {
      clientId: '00000000-0000-4000-8000-000000000000',
      items: items(risky.id),
    });
    expect(unknownClient).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unknownProduct = await invoke('suitability.check', { clientId: client.id, items: items('nope') });
    expect(unknownProduct).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no product with id nope' },
    });
    expect(await audit()).toEqual([]);
  });

  it('blocks every product for a client with no KYC', async () => {
    world.profiles.delete(client.id);
    const result = await check(...plainIds);
    expect(result).toMatchObject({ verdict: 'blocked', kycState: 'none' });
  });
});
