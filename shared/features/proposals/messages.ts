import type { AuditWords } from '../../ipc/define';

type Language = keyof AuditWords;

/**
 * Validation messages of the advice-planning features (holdings, goals, proposals, tiers), merged
 * into shared/i18n's table.
 */
export const PROPOSAL_VALIDATION_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.weight': '比例應介於 0% 與 100% 之間',
    'validation.weightsSum': '各商品配置比例合計須為 100%',
    'validation.duplicateProduct': '同一商品重複列入',
    'validation.itemAssetClass': '資產類別與商品架上該商品的資產類別不符',
    'validation.proposalItems': '建議書至少須有一項商品',
    'validation.custodian': '無法辨識的帳戶別（國內證券帳戶、複委託、信託、銀行）',
    'validation.goalKind': '無法辨識的目標類型',
    'validation.goalPriority': '無法辨識的優先順序',
    'validation.goalDateFuture': '目標日期須在今天之後',
    'validation.goalEducationYear': '就學年度須在今年起 30 年內',
    'validation.goalRetirementDate': '退休目標日期須為客戶達退休年齡之日（依出生日期計算）',
    'validation.tierOrder': '客戶分級門檻須由高至低排列',
    'validation.tierFloor': '最低一級的門檻須為 0',
    'validation.decidedBeforePresented': '決定日期不得早於建議書提出日',
    'validation.periodOrder': '結束日期不得早於開始日期',
    'validation.decidedInFuture': '決定日期不得晚於今天',
    'validation.decidedAfterExpiry': '決定日期晚於建議書有效期限，建議書已逾期：請提出新版本',
    'validation.productNotProposed': '所選商品不在此建議書中',
    'validation.acceptedAll': '全部接受時應包含建議書的所有商品',
    'validation.partlyAccepted': '部分接受須選擇部分（非全部）商品',
    'validation.declinedNone': '未接受時不應選擇商品',
    'validation.newMoneyExceedsHoldings': '提領金額超過現有資產價值',
  },
  en: {
    'validation.weight': 'A weight must be between 0% and 100%',
    'validation.weightsSum': 'The product weights must add up to 100%',
    'validation.duplicateProduct': 'The same product is listed twice',
    'validation.itemAssetClass': "The asset class is not the product's class on the shelf",
    'validation.proposalItems': 'A proposal needs at least one product',
    'validation.custodian': 'Unknown account (domestic, sub-brokerage, trust, bank)',
    'validation.goalKind': 'Unknown goal type',
    'validation.goalPriority': 'Unknown priority',
    'validation.goalDateFuture': 'The target date must be after today',
    'validation.goalEducationYear': 'The school year must be within 30 years from this year',
    'validation.goalRetirementDate':
      "A retirement goal's date is the day the client reaches the retirement age (from the birth date)",
    'validation.tierOrder': 'Tier thresholds must run from the highest down',
    'validation.tierFloor': 'The lowest tier must start at 0',
    'validation.decidedBeforePresented': 'The decision cannot be dated before the proposal was presented',
    'validation.periodOrder': 'The period cannot end before it starts',
    'validation.decidedInFuture': 'The decision cannot be dated after today',
    'validation.decidedAfterExpiry': 'The decision is dated after the proposal expired: make a new version',
    'validation.productNotProposed': 'A chosen product is not in this proposal',
    'validation.acceptedAll': 'Accepted in full means every product of the proposal',
    'validation.partlyAccepted': 'Partly accepted needs some, but not all, of the products',
    'validation.declinedNone': 'A declined proposal has no accepted products',
    'validation.newMoneyExceedsHoldings': 'The amount taken out is more than the holdings are worth',
  },
};
