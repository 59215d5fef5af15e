import type { Language } from '../../../../../shared/i18n/messages';

/** The deck PDF's own words (block kinds, variants and disclosure come from their shared homes). */
export interface DeckPdfMessages {
  creator: string;
  subject: string;
  notice: string;
  made(day: string): string;
  preparedBy(name: string): string;
  forClient(name: string): string;
  redactedClient: string;
  columns: {
    series: string;
    currency: string;
    rate: string;
    date: string;
    change1M: string;
    volatility: string;
    assetClass: string;
    model: string;
    current: string;
    amount: string;
  };
  product: {
    code: string;
    issuer: string;
    type: string;
    currency: string;
    riskRating: string;
    fees: string;
    risks: string;
    noFees: string;
    missing: string;
  };
  chart: { base: string; sample: string; noData: string; unknown(code: string): string };
  total: string;
  fxAsOf(day: string): string;
  assumptions(version: string): string;
  settingsRate: string;
  imageMissing: string;
  notes: string;
}

export const DECK_PDF_MESSAGES: Record<Language, DeckPdfMessages> = {
  'zh-TW': {
    creator: 'AdvisorDesk 市場簡報',
    subject: '業務簡報',
    notice: '本簡報僅供參考，投資前請詳閱揭露事項',
    made: (day) => `製作日期 ${day}`,
    preparedBy: (name) => `理財顧問：${name}`,
    forClient: (name) => `客戶：${name}`,
    redactedClient: '客戶：（已遮蔽）',
    columns: {
      series: '指標',
      currency: '幣別',
      rate: '匯率（新臺幣）',
      date: '資料日期',
      change1M: '近一月',
      volatility: '年化波動',
      assetClass: '資產類別',
      model: '模型配置',
      current: '目前持有',
      amount: '金額（新臺幣）',
    },
    product: {
      code: '代碼',
      issuer: '發行機構',
      type: '類型',
      currency: '計價幣別',
      riskRating: '風險等級',
      fees: '費用',
      risks: '主要風險',
      noFees: '無',
      missing: '此商品已不在商品架上',
    },
    chart: {
      base: '起點 = 100',
      sample: '範例資料',
      noData: '無資料',
      unknown: (code) => `未知指標 ${code}`,
    },
    total: '合計',
    fxAsOf: (day) => `匯率日期 ${day}`,
    assumptions: (version) => `資本市場假設 ${version}`,
    settingsRate: '設定之匯率',
    imageMissing: '找不到圖片',
    notes: '筆記',
  },
  en: {
    creator: 'AdvisorDesk briefings',
    subject: 'Briefing deck',
    notice: 'For information only; read the disclosures before investing',
    made: (day) => `Made ${day}`,
    preparedBy: (name) => `Advisor: ${name}`,
    forClient: (name) => `Client: ${name}`,
    redactedClient: 'Client: (hidden)',
    columns: {
      series: 'Series',
      currency: 'Currency',
      rate: 'Rate (TWD)',
      date: 'Date',
      change1M: '1M',
      volatility: 'Volatility',
      assetClass: 'Asset class',
      model: 'Model',
      current: 'Holdings',
      amount: 'Amount (TWD)',
    },
    product: {
      code: 'Code',
      issuer: 'Issuer',
      type: 'Type',
      currency: 'Currency',
      riskRating: 'Risk rating',
      fees: 'Fees',
      risks: 'Key risks',
      noFees: 'None',
      missing: 'This product is no longer on the shelf',
    },
    chart: {
      base: 'start = 100',
      sample: 'sample data',
      noData: 'no data',
      unknown: (code) => `unknown series ${code}`,
    },
    total: 'Total',
    fxAsOf: (day) => `FX rates of ${day}`,
    assumptions: (version) => `Capital-market assumptions ${version}`,
    settingsRate: 'rate from settings',
    imageMissing: 'Image not found',
    notes: 'Notes',
  },
};
