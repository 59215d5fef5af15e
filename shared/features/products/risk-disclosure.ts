import type { Language } from '../../i18n/messages';
import type { Product } from './schema';

/**
 * The statements of the risk disclosure (風險預告書), general and per product (domain.md "Risk
 * disclosure content"): one home, read by the proposal PDF and the briefing decks' disclosure slide.
 */
export interface DisclosureMessages {
  intro: string;
  general: string[];
  pastPerformance: string;
  noDepositInsurance: string;
  foreignCurrency(currency: string): string;
  dividendFromPrincipal: string;
  /** Prominent: the product's own statement of the most the client may lose. */
  maxLoss(statement: string): string;
  /** Prominent, for a structured note or complex product whose maximum loss is not on the shelf. */
  maxLossDefault: string;
  liquidity(terms: string): string;
  liquidityDefault: string;
  issuer(issuer: string): string;
  productHeading(name: string, code: string): string;
  firmDisclaimer: string;
}

export const DISCLOSURE_MESSAGES: Record<Language, DisclosureMessages> = {
  'zh-TW': {
    intro:
      '投資前請詳閱本風險預告書。下列風險依本建議書所選商品彙整，惟無法揭露所有風險，詳細內容請參閱各商品之公開說明書或產品說明書。',
    general: [
      '投資一定有風險，商品價值可能上漲或下跌，您可能損失部分或全部投資本金。',
      '本建議書之預期報酬、風險值及模擬結果係依假設計算之估計值，實際結果可能與估計有重大差異。',
    ],
    pastPerformance: '過去績效不代表未來績效之保證，歷史情境之壓力測試亦不代表未來可能之最大損失。',
    noDepositInsurance: '本建議書所列投資商品均非存款，不受存款保險之保障。',
    foreignCurrency: (currency) =>
      `匯率風險：本商品以 ${currency} 計價，匯率變動可能使以新臺幣計算之價值減少；外幣兌換可能產生費用，且可能受外匯管制影響。`,
    dividendFromPrincipal:
      '配息風險：本商品之配息可能由本金支付。任何涉及由本金支出之部分，可能導致原始投資金額減損；配息率不代表報酬率。',
    maxLoss: (statement) => `最大可能損失：${statement}`,
    maxLossDefault:
      '最大可能損失：本商品為結構型或複雜性高商品，最大可能損失為全部投資本金；提前終止或發行機構違約時，您可能無法取回本金。',
    liquidity: (terms) => `流動性與提前贖回：${terms}`,
    liquidityDefault: '流動性風險：市場流動性不足時，本商品可能無法於您希望之時間或價格賣出或贖回。',
    issuer: (issuer) =>
      `發行機構與信用風險：本商品由「${issuer}」發行，如發行機構或保證機構發生信用事件、破產或違約，您可能損失部分或全部投資。`,
    productHeading: (name, code) => `${name}（${code}）`,
    firmDisclaimer: '公司聲明',
  },
  en: {
    intro:
      'Read this risk disclosure statement before investing. It gathers the risks of the products chosen in this proposal but cannot list every risk; see each product’s prospectus or product statement.',
    general: [
      'Investing involves risk: the value of a product may fall as well as rise, and you may lose part or all of the money invested.',
      'Expected returns, value at risk and simulated outcomes in this proposal are estimates on stated assumptions; actual results may differ materially.',
    ],
    pastPerformance:
      'Past performance does not guarantee future results, and historical stress scenarios do not bound future losses.',
    noDepositInsurance:
      'The investment products in this proposal are not deposits and are not covered by deposit insurance.',
    foreignCurrency: (currency) =>
      `Foreign-currency risk: this product is denominated in ${currency}; exchange-rate changes may reduce its value in TWD, conversion may cost fees, and exchange controls may apply.`,
    dividendFromPrincipal:
      'Dividend risk: dividends of this product may be paid out of principal, which reduces the amount originally invested; the dividend rate is not a rate of return.',
    maxLoss: (statement) => `Maximum possible loss: ${statement}`,
    maxLossDefault:
      'Maximum possible loss: this is a structured or complex product; you may lose all the money invested, and may not get it back on early termination or if the issuer defaults.',
    liquidity: (terms) => `Liquidity and early redemption: ${terms}`,
    liquidityDefault:
      'Liquidity risk: when markets are thin this product may not be sold or redeemed when or at the price you want.',
    issuer: (issuer) =>
      `Issuer and credit risk: this product is issued by ${issuer}; if the issuer or guarantor suffers a credit event, insolvency or default, you may lose part or all of the investment.`,
    productHeading: (name, code) => `${name} (${code})`,
    firmDisclaimer: "Firm's disclaimer",
  },
};

/** The product fields its risk statements are written from. */
export type RiskFacts = Pick<
  Product,
  | 'type'
  | 'isComplex'
  | 'maxLossStatement'
  | 'currency'
  | 'dividendFromPrincipal'
  | 'issuer'
  | 'riskDisclosureBlocks'
> & { fees: Pick<Product['fees'], 'earlyRedemption'> };

/** A structured note or a complex (derivative) product states its maximum loss in prominent type. */
export function needsMaxLoss(product: RiskFacts): boolean {
  return product.type === 'structured_note' || product.isComplex || product.maxLossStatement !== null;
}

/** One product's risks: the prominent maximum-loss line (or null) and the other statements. */
export function productRiskStatements(
  product: RiskFacts,
  d: DisclosureMessages,
): { maxLoss: string | null; statements: string[] } {
  const maxLoss = needsMaxLoss(product)
    ? product.maxLossStatement
      ? d.maxLoss(product.maxLossStatement)
      : d.maxLossDefault
    : null;
  const statements = [
    product.currency === 'TWD' ? null : d.foreignCurrency(product.currency),
    product.dividendFromPrincipal ? d.dividendFromPrincipal : null,
    product.fees.earlyRedemption ? d.liquidity(product.fees.earlyRedemption) : d.liquidityDefault,
    d.issuer(product.issuer),
    ...product.riskDisclosureBlocks,
  ].filter((s): s is string => s !== null);
  return { maxLoss, statements };
}
