import type { AuditWords } from '../../ipc/define';
import { riskBelowIssuerKey } from './schema';
import { RISK_RATINGS, riskRatingLabel } from './words';

type Language = keyof AuditWords;

/**
 * The product shelf's validation and import messages, merged into shared/i18n's table. The rule
 * "firm RR never below the issuer's" has one key per pair of ratings, so the message names both
 * (公司風險等級 RR2 不得低於發行機構評等 RR3) through transports that carry keys only.
 */
function belowIssuerMessages(language: Language): [string, string][] {
  return RISK_RATINGS.flatMap((firm) =>
    RISK_RATINGS.filter((issuer) => firm < issuer).map((issuer): [string, string] => [
      riskBelowIssuerKey(firm, issuer),
      language === 'zh-TW'
        ? `公司風險等級 ${riskRatingLabel(firm)} 不得低於發行機構評等 ${riskRatingLabel(issuer)}`
        : `The firm's risk rating ${riskRatingLabel(firm)} may not be below the issuer's ${riskRatingLabel(issuer)}`,
    ]),
  );
}

export const PRODUCT_VALIDATION_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.riskRating': '風險等級應為 RR1 至 RR5',
    'validation.productCode': '商品代號限英數字、點、底線或連字號，最多 30 字',
    'validation.productType': '無法辨識的商品類型',
    'validation.productState': '無法辨識的銷售狀態',
    'validation.assetClass': '無法辨識的資產類別',
    'validation.currency': '不支援的幣別',
    'validation.percent': '費率應為 0 到 100 之間的百分比數字',
    'validation.boolean': '請填「是」或「否」（Y/N）',
    'validation.expiryBeforeLaunch': '到期日不得早於成立日',
    'validation.productCode.taken': '已有商品使用此代號',
    'import.product.codeDuplicate': '檔案中商品代號重複',
    'import.cell.formula': '儲存格是公式，請改為純文字或數值',
    'import.xlsx.invalid': '不是有效的 Excel (.xlsx) 檔案',
    'import.xlsx.noSheet': 'Excel 檔案沒有工作表',
    ...Object.fromEntries(belowIssuerMessages('zh-TW')),
  },
  en: {
    'validation.riskRating': 'Risk rating must be RR1 to RR5',
    'validation.productCode': 'Code: letters, digits, dot, underscore or hyphen, up to 30',
    'validation.productType': 'Unknown product type',
    'validation.productState': 'Unknown state',
    'validation.assetClass': 'Unknown asset class',
    'validation.currency': 'Unsupported currency',
    'validation.percent': 'A fee must be a percentage from 0 to 100',
    'validation.boolean': 'Enter yes or no (Y/N)',
    'validation.expiryBeforeLaunch': 'Expiry date may not be before the launch date',
    'validation.productCode.taken': 'Another product already has this code',
    'import.product.codeDuplicate': 'The code appears twice in the file',
    'import.cell.formula': 'The cell is a formula; enter plain text or a number',
    'import.xlsx.invalid': 'Not a valid Excel (.xlsx) file',
    'import.xlsx.noSheet': 'The Excel file has no worksheet',
    ...Object.fromEntries(belowIssuerMessages('en')),
  },
};
