// @vitest-environment happy-dom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRoutes } from '../../renderer/src/app/routes';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import {
  checkSuitability,
  type ApprovedOverride,
  type Override,
  type SuitabilityItem,
  type SuitabilityProduct,
  type SuitabilityResult,
} from '../../shared/features/suitability';
import { ageOn, today } from '../../shared/kernel/dates';
import { product, profile } from '../shared/features/suitability/fixtures';
import { appCore, CLIENT, click, mount, ok, settle, typeInto } from './harness';

const risky = product({ code: 'F1001', nameZh: '科技成長基金', riskRating: 4 });
const calm = product({ code: 'F1002', nameZh: '貨幣市場基金', riskRating: 1 });
const SHELF: SuitabilityProduct[] = [risky, calm];
const CHECK_ID = '7a1c7a9e-5a4b-4c3d-8e2f-1a2b3c4d5e6f';

/** A core that checks with the real engine for a C2 client and keeps overrides like the service does. */
function suitabilityCore(client = CLIENT, extra: Record<string, (input: never) => unknown> = {}) {
  const overrides: Override[] = [];
  let lastCheck: SuitabilityResult | null = null;
  const approved = (): ApprovedOverride[] =>
    overrides
      .filter((o) => o.status === 'approved')
      .map(({ id, code, productId, subject, message }) => ({ id, code, productId, subject, message }));
  const core = appCore({
    'clients.get': () => ok(client),
    'products.list': (input: { text: string }) =>
      ok({
        total: 2,
        items: SHELF.filter((p) => p.code.startsWith(input.text) || p.nameZh.includes(input.text)),
      }),
    'suitability.overrides': (input: { status?: string }) =>
      ok({ items: overrides.filter((o) => !input.status || o.status === input.status) }),
    'suitability.check': (input: { clientId: string; items: SuitabilityItem[] }) => {
      lastCheck = checkSuitability({
        day: '2026-11-30',
        client: { profile: profile(2), age: 58, investorClass: 'general' },
        items: input.items.map((item) => ({ item, product: SHELF.find((p) => p.id === item.productId)! })),
        settings: { suitability: DEFAULT_SETTINGS.suitability, elderlyAge: 65, gradeScale: 'five' },
        overrides: approved(),
      });
      return ok({ ...lastCheck, checkId: CHECK_ID, clientId: input.clientId, checkedOn: '2026-11-30' });
    },
    'suitability.requestOverride': (input: { code: Override['code']; productId: string; reason: string }) => {
      const override: Override = {
        id: '9b2d3e4f-1111-4222-8333-444455556666',
        clientId: CLIENT.id,
        clientName: CLIENT.name,
        checkId: CHECK_ID,
        code: input.code,
        productId: input.productId,
        productCode: risky.code,
        subject: null,
        // The finding's words as the service keeps them.
        message: lastCheck!.findings.find((f) => f.code === input.code && f.productId === input.productId)!
          .message,
        reason: input.reason,
        status: 'pending',
        requestedAt: '2026-11-30T02:00:00.000Z',
        requestedBy: '林顧問',
        supervisorName: null,
        approvedOn: null,
        reference: null,
        decidedAt: null,
        rejectionReason: null,
      };
      overrides.push(override);
      return ok(override);
    },
    'suitability.approveOverride': (input: {
      id: string;
      supervisorName: string;
      approvedOn: string;
      reference: string;
    }) => {
      const override = overrides.find((o) => o.id === input.id)!;
      Object.assign(override, { status: 'approved', ...input, decidedAt: '2026-11-30T03:00:00.000Z' });
      return ok(override);
    },
    ...extra,
  });
  return { ...core, overrides };
}

let view: ReturnType<typeof mount>;
let router: ReturnType<typeof createMemoryRouter>;

async function open(at: string, core: ReturnType<typeof suitabilityCore>) {
  router = createMemoryRouter(appRoutes, { initialEntries: [at] });
  view = mount(core.api);
  await view.render(<RouterProvider router={router} />);
}

/** Types into the product search, waits out its debounce and picks the option with this code. */
async function addProduct(code: string) {
  const search = view.byTestId('suitability-product-picker')!.querySelector('input')!;
  await typeInto(search, code);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
  await settle();
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) =>
    o.textContent?.startsWith(code),
  );
  await click(option ?? null);
}

/** Types into a text area the way a user does (the harness's typeInto is for inputs). */
async function typeText(element: HTMLElement, value: string) {
  const area = element instanceof HTMLTextAreaElement ? element : element.querySelector('textarea')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => window.localStorage.clear());
afterEach(() => view.unmount());

describe('the suitability check page', () => {
  it('checks a proposed set, asks for an override with a reason and shows it approved on the next check', async () => {
    const core = suitabilityCore();
    await open(`/suitability?client=${CLIENT.id}`, core);
    expect(view.byTestId('suitability-title')?.textContent).toBe('適合度檢核');
    expect(view.text()).toContain(CLIENT.name);

    await addProduct('F1001');
    await addProduct('F1002');
    expect(view.byTestId('suitability-run')).toHaveProperty('disabled', true);
    await typeInto(view.byTestId('suitability-size-F1001')!, '25');
    await typeInto(view.byTestId('suitability-size-F1002')!, '75');
    await click(view.byTestId('suitability-run'));

    const sent = core.calls.find((c) => c.channel === 'suitability.check')!.input;
    expect(sent).toEqual({
      clientId: CLIENT.id,
      items: [
        { productId: risky.id, weightPercent: 25, rationale: null, clientInitiated: false },
        { productId: calm.id, weightPercent: 75, rationale: null, clientInitiated: false },
      ],
    });
    expect(view.byTestId('verdict-needs_approval')?.textContent).toContain('須主管核准後方可推介');
    const finding = view
      .byTestId('findings-product-F1001')!
      .querySelector('[data-testid="finding-grade_exceeded"]')!;
    expect(finding.getAttribute('data-severity')).toBe('needs_approval');
    expect(finding.textContent).toContain('須主管核准');
    expect(finding.textContent).toContain('F1001 為 RR4，高於客戶等級「C2 穩健偏保守」可推介的 RR2。');
    expect(finding.textContent).toContain('設定：C2 穩健偏保守可推介上限 = RR2');
    expect(finding.querySelector('[title]')?.getAttribute('title')).toContain(
      'suitability.maxRiskByGrade.five[1] = 2',
    );
    expect(finding.querySelector('.anticon')).not.toBeNull();
    // The 75% product passes the 30% one-product limit only with approval too.
    expect(view.byTestId('findings-product-F1002')!.textContent).toContain('超過單一商品上限 30%');

    await click(view.byTestId('finding-grade_exceeded-request'));
    await click(view.byTestId('override-request-submit'));
    expect(core.channels()).not.toContain('suitability.requestOverride');
    expect(view.text()).toContain('此欄位為必填');
    await typeText(view.byTestId('override-reason')!, '客戶堅持持有科技基金，已說明風險');
    await click(view.byTestId('override-request-submit'));
    expect(core.calls.find((c) => c.channel === 'suitability.requestOverride')!.input).toEqual({
      checkId: CHECK_ID,
      code: 'grade_exceeded',
      productId: risky.id,
      subject: null,
      reason: '客戶堅持持有科技基金，已說明風險',
    });
    expect(view.byTestId('finding-grade_exceeded-pending')?.textContent).toBe('待主管核准');

    await click(view.byTestId('finding-grade_exceeded-decide'));
    await typeInto(view.byTestId('override-supervisor')!, '王主管');
    await typeInto(view.byTestId('override-reference')!, 'APR-2026-118');
    await click(view.byTestId('override-approve'));
    expect(core.calls.find((c) => c.channel === 'suitability.approveOverride')!.input).toEqual({
      id: core.overrides[0]!.id,
      supervisorName: '王主管',
      approvedOn: today(DEFAULT_SETTINGS.timeZone),
      reference: 'APR-2026-118',
    });
    await settle();
    expect(core.channels().filter((c) => c === 'suitability.check')).toHaveLength(2);
    const after = view
      .byTestId('findings-product-F1001')!
      .querySelector('[data-testid="finding-grade_exceeded"]')!;
    expect(after.getAttribute('data-severity')).toBe('overridden');
    expect(after.textContent).toContain('已核准例外');
  });

  it('says in words why an override was refused', async () => {
    const core = suitabilityCore(CLIENT, {
      'suitability.requestOverride': () => ({
        ok: false,
        error: { code: 'CONFLICT', message: 'x', details: { reason: 'already_requested' } },
      }),
    });
    await open(`/suitability?client=${CLIENT.id}`, core);
    await addProduct('F1001');
    await typeInto(view.byTestId('suitability-size-F1001')!, '100');
    await click(view.byTestId('suitability-run'));
    await click(view.byTestId('finding-grade_exceeded-request'));
    await typeText(view.byTestId('override-reason')!, '理由');
    await click(view.byTestId('override-request-submit'));
    expect(view.byTestId('override-error')?.textContent).toBe('這項結果已有待核准或已核准的例外申請。');
  });

  it('says which field of an approval was refused', async () => {
    const core = suitabilityCore(CLIENT, {
      'suitability.approveOverride': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'x',
          details: { issues: [{ path: ['supervisorName'], message: 'validation.supervisorIsAdvisor' }] },
        },
      }),
    });
    await open(`/suitability?client=${CLIENT.id}`, core);
    await addProduct('F1001');
    await typeInto(view.byTestId('suitability-size-F1001')!, '100');
    await click(view.byTestId('suitability-run'));
    await click(view.byTestId('finding-grade_exceeded-request'));
    await typeText(view.byTestId('override-reason')!, '理由');
    await click(view.byTestId('override-request-submit'));
    await click(view.byTestId('finding-grade_exceeded-decide'));
    await typeInto(view.byTestId('override-supervisor')!, '林顧問');
    await typeInto(view.byTestId('override-reference')!, 'R1');
    await click(view.byTestId('override-approve'));
    expect(view.byTestId('override-decision-error')?.textContent).toBe('核准主管不可為申請例外的顧問本人');
  });

  it('asks for a rationale per product for a client aged 65 or over', async () => {
    const core = suitabilityCore({ ...CLIENT, birthDate: '1950-01-15' });
    await open(`/suitability?client=${CLIENT.id}`, core);
    expect(view.byTestId('suitability-age')?.textContent).toBe(
      `${ageOn('1950-01-15', today(DEFAULT_SETTINGS.timeZone))} 歲`,
    );
    expect(view.byTestId('suitability-elderly')?.textContent).toContain('每項商品須填寫推介理由');
    await addProduct('F1002');
    await typeInto(view.byTestId('suitability-size-F1002')!, '500萬');
    await click(view.byTestId('suitability-basis')!.querySelectorAll('input')[1]!);
    await typeText(view.byTestId('suitability-rationale-F1002')!, '退休後現金流需求');
    await click(view.byTestId('suitability-run'));
    expect(core.calls.find((c) => c.channel === 'suitability.check')!.input).toEqual({
      clientId: CLIENT.id,
      items: [
        { productId: calm.id, amountTwd: 5_000_000, rationale: '退休後現金流需求', clientInitiated: false },
      ],
    });
  });

  it('lists overrides awaiting approval in 合規, each row opening its client', async () => {
    const core = suitabilityCore();
    await open(`/suitability?client=${CLIENT.id}`, core);
    await addProduct('F1001');
    await typeInto(view.byTestId('suitability-size-F1001')!, '100');
    await click(view.byTestId('suitability-run'));
    await click(view.byTestId('finding-grade_exceeded-request'));
    await typeText(view.byTestId('override-reason')!, '客戶堅持');
    await click(view.byTestId('override-request-submit'));
    view.unmount();

    await open('/compliance?tab=overrides', core);
    const rows = view.byTestId('pending-overrides')!.querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('客戶堅持');
    await click(view.byTestId('override-client-link'));
    expect(router.state.location.pathname).toBe(`/clients/${CLIENT.id}`);
  });
});
