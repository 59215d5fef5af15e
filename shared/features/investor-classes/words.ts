import type { AuditWords } from '../../ipc/define';
import { formatTwd } from '../../kernel/money';
import { clientFieldLabel } from '../clients';
import type { ApplicationStatus, ClassProblem, Criterion } from './rules';
import type { AmountField, ClassBasis, EvidenceType } from './schema';

/** One home for the feature's labels: the screen, the CLI and any document read them from here. */
type Language = keyof AuditWords;

/** The client's own field label (one home: shared/features/clients/fields.ts). */
const INVESTABLE_ASSETS: AuditWords = {
  'zh-TW': clientFieldLabel('investableAssets', 'zh-TW'),
  en: clientFieldLabel('investableAssets', 'en'),
};

export const BASIS_WORDS: Readonly<Record<ClassBasis, AuditWords>> = {
  natural_provable_assets: {
    'zh-TW': '提供財力證明（可證明資產）',
    en: 'Provable assets',
  },
  natural_trade_and_holdings: {
    'zh-TW': '單筆交易、本公司往來資產及財力聲明',
    en: 'Single trade, assets held at the firm and a signed statement',
  },
  entity_total_assets: {
    'zh-TW': '法人最近一期財報總資產',
    en: "Entity's total assets (latest financial statements)",
  },
  high_asset_investable: INVESTABLE_ASSETS,
  high_asset_at_firm_statement: {
    'zh-TW': '本公司往來資產及財力聲明',
    en: 'Assets held at the firm and a signed statement',
  },
};

export const EVIDENCE_TYPE_WORDS: Readonly<Record<EvidenceType, AuditWords>> = {
  financial_statement: { 'zh-TW': '財務報告', en: 'Financial statement' },
  balance_certificate: {
    'zh-TW': '銀行／證券存款及資產餘額證明',
    en: 'Bank or securities balance certificate',
  },
  trade_confirmation: { 'zh-TW': '交易確認書', en: 'Trade confirmation' },
  signed_statement: { 'zh-TW': '財力聲明書（客戶簽署）', en: 'Signed statement of assets' },
  knowledge_experience_proof: {
    'zh-TW': '專業知識或交易經驗證明',
    en: 'Proof of knowledge or experience',
  },
  corporate_registration: { 'zh-TW': '法人登記證明文件', en: 'Corporate registration' },
  signed_consent: { 'zh-TW': '客戶簽署之同意書', en: 'Signed consent' },
};

export const AMOUNT_FIELD_WORDS: Readonly<Record<AmountField, AuditWords>> = {
  provableAssetsTwd: { 'zh-TW': '可證明資產', en: 'Provable assets' },
  singleTradeTwd: { 'zh-TW': '單筆交易金額', en: 'Single trade' },
  heldAtFirmTwd: { 'zh-TW': '於本公司往來資產', en: 'Assets held at the firm' },
  statedTotalTwd: { 'zh-TW': '財力聲明總資產', en: 'Total assets stated in the signed statement' },
  totalAssetsTwd: { 'zh-TW': '法人總資產', en: "Entity's total assets" },
  investableAssetsTwd: INVESTABLE_ASSETS,
};

export const APPLICATION_STATUS_WORDS: Readonly<Record<ApplicationStatus, AuditWords>> = {
  pending: { 'zh-TW': '審核中', en: 'Pending' },
  in_effect: { 'zh-TW': '生效中', en: 'In effect' },
  reverted: { 'zh-TW': '已恢復為一般投資人', en: 'Reverted to general' },
};

/**
 * What a professional investor gives up (domain.md: not a financial consumer under the Financial
 * Consumer Protection Act, so no Ombudsman route): shown wherever the class is.
 */
export const PROFESSIONAL_INVESTOR_WARNING: AuditWords = {
  'zh-TW':
    '專業投資人不適用金融消費者保護法之保護，發生爭議時亦不得向金融消費評議中心申請評議。客戶得隨時以書面申請恢復為一般投資人。',
  en: 'A professional investor is outside the Financial Consumer Protection Act and cannot take a dispute to the Financial Ombudsman Institution (金融消費評議中心). The client may apply in writing to revert to a general investor at any time.',
};

/** "≥ NT$3,000 萬" / "> NT$300 萬": a criterion's edge, as the rule words it. */
export function criterionText(criterion: Criterion, language: Language): string {
  const amount = formatTwd(criterion.thresholdTwd, language);
  if (language === 'en') return `${criterion.comparison === 'over' ? 'over' : 'at least'} ${amount}`;
  return criterion.comparison === 'over' ? `逾 ${amount}` : `${amount} 以上`;
}

const FIELD_WORDS: Readonly<Record<'appliedOn' | 'checkedOn' | 'effectiveOn' | 'revertedOn', AuditWords>> = {
  appliedOn: { 'zh-TW': '書面申請日', en: 'The application date' },
  checkedOn: { 'zh-TW': '查核日', en: 'The check date' },
  effectiveOn: { 'zh-TW': '生效日', en: 'The effective date' },
  revertedOn: { 'zh-TW': '恢復日', en: 'The reversion date' },
};

/** A refusal as one sentence a user can act on. Never names the client's own amounts. */
export function problemText(problem: ClassProblem, language: Language): string {
  const zh = language === 'zh-TW';
  switch (problem.code) {
    case 'missing_evidence': {
      const document = EVIDENCE_TYPE_WORDS[problem.evidence][language];
      return zh ? `尚缺已查核之證明文件：${document}` : `Evidence not yet checked: ${document}`;
    }
    case 'below_threshold': {
      const amount = AMOUNT_FIELD_WORDS[problem.amount][language];
      const edge = criterionText(problem, language);
      return zh ? `${amount}未達標準（須${edge}）` : `${amount} does not meet the criterion (${edge})`;
    }
    case 'not_pending':
      return zh
        ? '此申請已生效或已恢復，不可再次生效'
        : 'This application has already taken effect or been reverted';
    case 'not_in_effect':
      return zh
        ? '此申請目前未生效，無法恢復為一般投資人'
        : 'This application is not in effect, so it cannot revert';
    case 'another_in_effect':
      return zh
        ? '客戶於生效日已有其他生效中的分類，請先恢復為一般投資人'
        : 'Another class is in effect on that day; revert it first';
    case 'before_application':
      return zh ? '生效日不可早於書面申請日' : 'The effective date cannot be before the application date';
    case 'before_effective':
      return zh ? '恢復日不可早於生效日' : 'The reversion date cannot be before the effective date';
    case 'after_check':
      return zh ? '文件日期不可晚於查核日' : 'The document date cannot be after the check date';
    case 'in_future': {
      const field = FIELD_WORDS[problem.field][language];
      return zh ? `${field}不可晚於今天` : `${field} cannot be after today`;
    }
    case 'reverted':
      return zh
        ? '此申請已恢復為一般投資人，不可再新增文件'
        : 'This application was reverted; no evidence can be added';
  }
}
