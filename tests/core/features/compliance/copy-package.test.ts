import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { auditEntryDetailWords, type ChannelOutput } from '../../../../shared/ipc/contract';
import { pdfText } from '../../documents/pdf-tools';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';
import { productInput } from '../products/fixtures';
import { dataRequest } from './fixtures';

const kit = coreKit('2026-11-30T02:00:00Z'); // 2026-11-30 in Taipei

type Pack = ChannelOutput<'privacy.copyPackage'>;

/** The sections in app.ts's order: the JSON's keys after generatedAt, one CSV each. */
const KEYS = [
  'client',
  'kycAssessments',
  'investorClasses',
  'holdings',
  'goals',
  'tiers',
  'suitabilityChecks',
  'suitabilityOverrides',
  'proposals',
  'complaints',
  'dataRequests',
  'briefingDecks',
  'informationGiven',
  'feedback',
  'escalations',
  'pipeline',
  'activities',
  'followUps',
  'bookSnapshots',
];
const HEADINGS = [
  '基本資料',
  '風險屬性評估紀錄',
  '投資人類別紀錄',
  '持有部位與現金',
  '理財目標',
  '客戶分級紀錄',
  '適合度檢核紀錄',
  '適合度例外核准紀錄',
  '投資建議書',
  '客訴紀錄',
  '個資請求紀錄',
  '客戶專屬簡報',
  '提供資訊紀錄',
  '客戶回饋',
  '異常通報',
  '開發階段紀錄',
  '客戶活動紀錄',
  '待辦追蹤',
  '經營報表資產紀錄',
];
const CSV_NAMES = [
  '基本資料.csv',
  '風險屬性評估.csv',
  '投資人類別.csv',
  '持有部位.csv',
  '理財目標.csv',
  '客戶分級.csv',
  '適合度檢核.csv',
  '適合度例外核准.csv',
  '投資建議書.csv',
  '客訴紀錄.csv',
  '個資請求紀錄.csv',
  '客戶專屬簡報.csv',
  '提供資訊紀錄.csv',
  '客戶回饋.csv',
  '異常通報.csv',
  '開發階段.csv',
  '客戶活動紀錄.csv',
  '待辦追蹤.csv',
  '經營報表資產紀錄.csv',
];

/** The PDF's text, whitespace folded (table cells wrap). */
function textOf(pack: Pack): string {
  const dir = mkdtempSync(join(tmpdir(), 'copy-pack-'));
  try {
    const pdf = join(dir, 'copy.pdf');
    writeFileSync(pdf, Buffer.from(pack.files[0]!.base64!, 'base64'));
    return pdfText(pdf).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fileText = (pack: Pack, name: string) => pack.files.find((f) => f.name === name)!.text!;
const csvHeader = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0];

/** A client with something in every section: holdings, goals, KYC, a class, a proposal, an override, a complaint. */
async function fullClient() {
  const clientId = await kit.addClient({
    name: '張志豪',
    nationalId: 'A123456789',
    address: '臺北市信義路五段7號',
    tags: ['退休規劃'],
  });
  const spouse = await kit.addClient({
    name: '李雅婷',
    household: [{ clientId, relation: 'spouse' }],
  });
  const created = await kit.call('products.create', {
    data: productInput({ code: 'EQ01', nameZh: '全球股票基金', riskRating: 5 }),
  });
  const product = await kit.call('products.setState', {
    id: created.id,
    version: created.version,
    state: 'approved',
  });
  await kit.call('holdings.addPosition', {
    clientId,
    version: 0,
    data: {
      productId: product.id,
      name: null,
      assetClass: null,
      currency: null,
      custodian: 'trust',
      quantity: 1234.5,
      price: 10.5,
      priceDate: '2026-11-27',
    },
  });
  await kit.call('tiers.recompute', {});
  await kit.call('tiers.override', { clientId, tierKey: 'vip', reason: '家族資產合併服務' });
  await kit.call('goals.create', {
    clientId,
    data: {
      kind: 'education',
      name: '女兒留學',
      targetDate: '2032-09-01',
      amountTwd: 3_000_000,
      inTodaysMoney: false,
      priority: 'important',
      funding: { initialTwd: 0, monthlyContributionTwd: 0, monthlyWithdrawalTwd: 0, withdrawalYears: 0 },
      retirementAge: null,
      monthlySpendingTwd: null,
      educationYear: 2032,
      notes: null,
    },
  });
  const assessment = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
  await kit.call('kyc.confirm', { assessmentId: assessment.id, method: 'seal', on: assessment.takenOn });
  await kit.call('classes.apply', {
    clientId,
    investorClass: 'professional_natural',
    basis: 'natural_provable_assets',
    appliedOn: '2026-11-01',
    amounts: { provableAssetsTwd: 31_234_567 },
  });
  const check = await kit.call('suitability.check', {
    clientId,
    items: [{ productId: product.id, weightPercent: 100 }],
  });
  const exceeded = check.findings.find((f) => f.code === 'grade_exceeded')!;
  await kit.call('suitability.requestOverride', {
    checkId: check.checkId,
    code: exceeded.code,
    productId: exceeded.productId,
    reason: '客戶堅持，已充分說明風險',
  });
  await kit.call('proposals.create', {
    clientId,
    content: {
      kind: 'allocation',
      title: '退休配置建議',
      assumptionsVersion: '2026.1',
      target: { source: 'manual' },
      items: [{ productId: product.id, assetClass: 'dm_equity', weight: 1 }],
      newMoneyTwd: 1_000_000,
    },
  });
  await kit.call('complaints.add', {
    data: {
      clientId,
      receivedOn: '2026-11-21',
      receivedVia: 'email',
      subject: '對帳單地址錯誤',
      productId: null,
      details: null,
    },
  });
  await kit.call('briefings.fromTemplate', { template: 'clientPortfolioReview', clientId });
  await kit.call('information.add', {
    data: {
      material: { kind: 'product_document', refId: product.id, title: '公開說明書' },
      clientIds: [clientId],
      givenOn: '2026-11-22',
      method: 'email',
      note: null,
    },
  });
  await kit.call('feedback.add', {
    data: {
      clientId,
      receivedOn: '2026-11-22',
      topic: 'market_view',
      tags: ['fx'],
      summary: '擔心新臺幣升值影響美元資產',
      productId: null,
    },
  });
  await kit.call('escalations.raise', {
    data: {
      clientId,
      kind: 'vulnerable_client',
      severity: 'medium',
      raisedAt: '2026-11-23T10:00:00+08:00',
      description: '客戶近期多次忘記已下單',
      toldWhom: '分公司主管',
      toldAt: '2026-11-23T11:00:00+08:00',
    },
  });
  await kit.call('pipeline.move', {
    data: { clientId, stage: 'meeting', on: '2026-11-24', lostReason: null },
  });
  await kit.call('tiers.recompute', {});
  await kit.call('activities.add', {
    clientId,
    activity: {
      kind: 'contact',
      date: '2026-11-19',
      channel: 'phone',
      direction: 'out',
      subject: '說明建議書',
    },
    followUps: [{ title: '寄送文件', dueOn: '2026-11-25' }],
  });
  // An exported book report records each client's assets that day.
  await kit.call('book.reportFile', {
    query: { from: '2026-11-01', to: '2026-11-24' },
    format: 'csv',
    language: 'zh-TW',
  });
  const copy = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
  return { clientId, spouse, copy, product };
}

describe('the copy package: every feature’s personal data of the client', () => {
  it('holds a section per source in the PDF, the JSON and a CSV each, the national ID masked; audited as an export', async () => {
    const { clientId, copy } = await fullClient();
    const pack = await kit.call('privacy.copyPackage', { id: copy.id, language: 'zh-TW' });
    expect(pack.folderName).toBe('個資複製本_2026-11-20');
    expect(pack.files.map((f) => f.name)).toEqual(['個人資料.pdf', '個人資料.json', ...CSV_NAMES]);

    const text = textOf(pack);
    for (const heading of HEADINGS) expect(text).toContain(heading);
    expect(text).not.toContain('無資料');
    // A value from each section, written with the app's formats (the firm's date style, 萬).
    for (const value of [
      '公開說明書', // the information given
      '臺北市信義路五段7號',
      '退休規劃',
      '李雅婷（配偶）',
      '2027-11-29', // the assessment's validity
      '專業投資人（自然人）',
      '全球股票基金',
      '1,234.5',
      '信託',
      '女兒留學',
      'NT$300萬',
      '人工指定', // the tier change's cause
      'NT$101.3萬', // the proposal's one product: the holdings' NT$12,962.25 and NT$1,000,000 new money
      '須主管核准後方可推介', // the check's verdict
      '商品風險高於客戶等級', // and its finding
      '客戶堅持，已充分說明風險',
      '待核准',
      '退休配置建議',
      '草稿',
      '對帳單地址錯誤',
      '請求製給複製本',
      '擔心新臺幣升值影響美元資產',
      '弱勢或高齡客戶關懷',
      '已會面',
      '身分證字號以遮蔽方式顯示',
    ]) {
      expect(text, value).toContain(value);
    }
    expect(text).toContain('A12****789');
    expect(text).not.toContain('A123456789');

    const json = JSON.parse(fileText(pack, '個人資料.json')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['generatedAt', ...KEYS]);
    expect(json.client).toMatchObject({ name: '張志豪', nationalId: 'A12****789', tags: ['退休規劃'] });
    expect(JSON.stringify(json)).not.toContain('A123456789');
    expect((json.holdings as { positions: { quantity: number }[] }).positions[0]!.quantity).toBe(1234.5);
    expect((json.proposals as { items: { amountTwd: number }[] }[])[0]!.items[0]!.amountTwd).toBe(
      1_012_962, // whole NT$
    );
    expect((json.suitabilityOverrides as { code: string }[]).map((o) => o.code)).toEqual(['grade_exceeded']);
    expect(json.complaints).toEqual([expect.not.objectContaining({ clientName: expect.anything() })]);

    expect(csvHeader(fileText(pack, '基本資料.csv'))).toBe('欄位,內容');
    expect(fileText(pack, '基本資料.csv')).toContain('身分證字號,A12****789');
    expect(csvHeader(fileText(pack, '持有部位.csv'))).toBe(
      '名稱,商品代號,帳戶別,數量,價格,價格日期,市值,新臺幣市值',
    );
    // The client's figures to the unit, as held (a price of 10.5 is not NT$11).
    expect(fileText(pack, '持有部位.csv')).toContain(
      '全球股票基金,EQ01,信託,"1,234.5",TWD 10.5,2026-11-27,"TWD 12,962.25"',
    );
    expect(csvHeader(fileText(pack, '投資建議書.csv'))).toBe(
      '編號,類別,標題,建議書狀態,提出日期,決定日期,建議商品與金額,客戶接受之商品',
    );
    expect(csvHeader(fileText(pack, '適合度例外核准.csv'))).toBe(
      '申請日期,檢核結果,商品代號,申請理由,核准狀態,核決主管,核決日期',
    );
    for (const name of CSV_NAMES) expect(fileText(pack, name).split('\r\n').length, name).toBeGreaterThan(2);

    const audit = (await kit.call('audit.list', {})).items.find((x) => x.action === 'privacy.copy_export');
    expect(audit).toMatchObject({ entity: 'client', entityId: clientId, detail: 'kind copy' });
  });

  it('shows the full national ID only when the user reveals it for this copy, and the audit entry says so', async () => {
    const { copy } = await fullClient();
    const pack = await kit.call('privacy.copyPackage', {
      id: copy.id,
      language: 'zh-TW',
      fullNationalId: true,
    });
    const text = textOf(pack);
    expect(text).toContain('A123456789');
    expect(text).toContain('依您的請求，身分證字號完整顯示');
    expect(JSON.parse(fileText(pack, '個人資料.json')).client.nationalId).toBe('A123456789');
    expect(fileText(pack, '基本資料.csv')).toContain('身分證字號,A123456789');
    const audit = (await kit.call('audit.list', {})).items.find((x) => x.action === 'privacy.copy_export');
    expect(audit?.detail).toBe('kind copy, full national id');
    expect(auditEntryDetailWords('privacy.copy_export', audit!.detail!, 'zh-TW')).toBe(
      '請求製給複製本，含完整身分證字號',
    );
    expect(auditEntryDetailWords('privacy.copy_export', audit!.detail!, 'en')).toBe('Copy, full national ID');
  });

  it('says 無資料 for each section the firm holds nothing in, and writes every file in English when asked', async () => {
    await kit.call('settings.update', { dateFormat: 'roc' });
    const clientId = await kit.addClient({ name: '陳美玲' });
    const copy = await kit.call('privacy.addRequest', { data: dataRequest(clientId) });
    const pack = await kit.call('privacy.copyPackage', { id: copy.id, language: 'zh-TW' });
    expect(pack.folderName).toBe('個資複製本_1151120');
    const text = textOf(pack);
    expect(text).toContain('115/11/20請求製給複製本'); // the firm's date style
    // Everything but the dossier and the request log (which holds this request).
    expect(text.split('無資料').length - 1).toBe(KEYS.length - 2);
    const json = JSON.parse(fileText(pack, '個人資料.json')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['generatedAt', ...KEYS]);
    expect(json.goals).toEqual([]);
    expect(fileText(pack, '理財目標.csv').replace(/^\uFEFF/, '')).toBe(
      '類別,目標,目標日期,金額,優先順序\r\n',
    );

    const english = await kit.call('privacy.copyPackage', { id: copy.id, language: 'en' });
    expect(english.folderName).toBe('personal-data-copy_1151120');
    expect(english.files.map((f) => f.name)).toEqual([
      'personal-data.pdf',
      'personal-data.json',
      'basic-data.csv',
      'risk-profile.csv',
      'investor-class.csv',
      'holdings.csv',
      'goals.csv',
      'client-tier.csv',
      'suitability-checks.csv',
      'suitability-overrides.csv',
      'proposals.csv',
      'complaints.csv',
      'data-requests.csv',
      'briefing-decks.csv',
      'information-given.csv',
      'feedback.csv',
      'escalations.csv',
      'pipeline.csv',
      'activities.csv',
      'follow-ups.csv',
      'book-report-assets.csv',
    ]);
    const englishText = textOf(english);
    for (const heading of ['Basicdata', 'Riskprofileassessments', 'Holdingsandcash', 'Proposals']) {
      expect(englishText).toContain(heading);
    }
    expect(englishText.split('Nodata').length - 1).toBe(KEYS.length - 2);
  });

  it('answers a deleted client’s request with what is retained: the kept identification (masked), KYC and class records, no holdings or goals', async () => {
    const { clientId } = await fullClient();
    const del = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'delete' }) });
    await kit.call('privacy.deleteClient', { id: del.id, reason: '當事人請求刪除' });
    const see = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'see' }) });
    const pack = await kit.call('privacy.copyPackage', {
      id: see.id,
      language: 'zh-TW',
      fullNationalId: true,
    });
    const text = textOf(pack);
    // Asked in full, yet a deleted client's kept ID stays masked: neither the copy nor the audit says otherwise.
    expect(pack.fullNationalId).toBe(false);
    expect(text).not.toContain('完整顯示');
    const [exported] = (await kit.call('audit.list', {})).items.filter(
      (e) => e.action === 'privacy.copy_export',
    );
    expect(exported!.detail).toBe('kind copy');
    expect(text).toContain('已刪除客戶');
    expect(text).toContain('張志豪');
    expect(text).toContain('A12****789');
    expect(text).not.toContain('A123456789');
    expect(text).toContain('紀錄保存至');
    expect(text).toContain('2031-11-30');
    expect(text).not.toContain('臺北市信義路五段7號');
    const json = JSON.parse(fileText(pack, '個人資料.json')) as Record<string, unknown>;
    expect(json.client).toMatchObject({
      retainUntil: '2031-11-30',
      retained: { name: '張志豪', nationalId: 'A12****789' },
    });
    expect(json.goals).toEqual([]);
    expect((json.holdings as { positions: unknown[] }).positions).toEqual([]);
    expect(json.proposals).toEqual([]); // a draft is erased with the client
    expect(json.kycAssessments).toHaveLength(1);
    expect(json.investorClasses).toHaveLength(1);
    expect(json.suitabilityChecks).toHaveLength(1);
    expect(json.suitabilityOverrides).toHaveLength(1);
  });

  it('is refused for a request that does not ask for a copy', async () => {
    const clientId = await kit.addClient();
    const stop = await kit.call('privacy.addRequest', { data: dataRequest(clientId, { kind: 'stop' }) });
    expect((await kit.fail('privacy.copyPackage', { id: stop.id, language: 'en' })).code).toBe('CONFLICT');
  });
});
