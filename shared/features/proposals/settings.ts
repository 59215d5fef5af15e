import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText } from '../../kernel/text-fields';

/** The firm's proposal settings: what the branded PDF says about the advisor and the firm, and the rules. */
export const proposalSettingsSchema = z.object({
  /** The advisor's licence (登錄字號 / 業務員證號) printed on the cover and signature page. */
  advisorLicenceNumber: optionalText(40),
  /** The firm's disclaimer, printed on the disclosure pages. */
  firmDisclaimer: optionalText(2000),
  /** The firm's contact and complaint line (address, phone, email), printed with the complaint channels. */
  firmContact: optionalText(500),
  /** From this age the large-type PDF is chosen automatically (domain.md: 65+). */
  largeTypeFromAge: z.number().int().min(50).max(100),
  /** A presented proposal the client has not answered expires after this many days. */
  validityDays: z.number().int().min(1).max(365),
  /** The cost of selling a holding, in percent of its value (commission and tax), for the trade list. */
  sellCostPercent: z.number().min(0).max(10),
  /** Paths of the Monte Carlo simulation (the figure: 10,000). */
  simulationPaths: z.number().int().min(1000).max(100_000),
});
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

export const DEFAULT_PROPOSAL_SETTINGS: ProposalSettings = {
  advisorLicenceNumber: null,
  firmDisclaimer: null,
  firmContact: null,
  largeTypeFromAge: 65,
  validityDays: 30,
  // Taiwan listed shares: 0.1425% commission + 0.3% securities transaction tax on a sale.
  sellCostPercent: 0.4425,
  simulationPaths: 10_000,
};

export const PROPOSAL_SETTINGS_WORDS: AuditWords = { 'zh-TW': '建議書設定', en: 'proposal settings' };

/** Each proposal setting's label, for the settings screen (one home: the words live here). */
export const PROPOSAL_SETTING_FIELD_WORDS: Readonly<Record<keyof ProposalSettings, AuditWords>> = {
  advisorLicenceNumber: { 'zh-TW': '顧問登錄字號', en: "Advisor's licence number" },
  firmDisclaimer: { 'zh-TW': '公司免責聲明', en: "Firm's disclaimer" },
  firmContact: { 'zh-TW': '公司聯絡及申訴資訊', en: "Firm's contact and complaint line" },
  largeTypeFromAge: { 'zh-TW': '大字版適用年齡（歲以上）', en: 'Large type from age' },
  validityDays: { 'zh-TW': '建議書有效天數', en: 'Proposal valid for (days)' },
  sellCostPercent: { 'zh-TW': '賣出成本（%）', en: 'Cost of selling (%)' },
  simulationPaths: { 'zh-TW': '蒙地卡羅模擬路徑數', en: 'Monte Carlo paths' },
};

/** What a setting means, where a label alone does not say it. */
export const PROPOSAL_SETTING_HINT_WORDS: Readonly<Partial<Record<keyof ProposalSettings, AuditWords>>> = {
  advisorLicenceNumber: {
    'zh-TW': '印於建議書封面及簽名頁',
    en: 'Printed on the cover and the signature page',
  },
  firmDisclaimer: { 'zh-TW': '印於風險揭露頁', en: 'Printed on the disclosure pages' },
  firmContact: {
    'zh-TW': '地址、電話、電子郵件；與申訴管道一併列印',
    en: 'Address, phone, email; printed with the complaint channels',
  },
  sellCostPercent: {
    'zh-TW': '手續費與證券交易稅，用於調整交易清單（台股：0.1425% + 0.3%）',
    en: 'Commission and transaction tax, for the trade list (Taiwan shares: 0.1425% + 0.3%)',
  },
};
