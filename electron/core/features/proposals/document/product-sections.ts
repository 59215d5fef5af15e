import type { Product } from '../../../../../shared/features/products';
import { productRiskStatements, riskRatingLabel } from '../../../../../shared/features/products';
import type { Block } from '../../../documents/document';
import type { ProposalWriter } from './format';

/** The sections about the products: the list with 推介理由, the trades, fees and compensation, risks. */

/** The proposed products in the order of the proposal's items (a product missing from the facts is skipped). */
export function proposedProducts(
  w: ProposalWriter,
): { product: Product; weight: number; rationale: string | null }[] {
  const byId = new Map(w.facts.products.map((p) => [p.id, p]));
  // A product at 0% is not proposed (nor checked for suitability): the document leaves it out.
  return w.facts.content.items.flatMap((item) => {
    const product = byId.get(item.productId);
    return product && item.weight > 0 ? [{ product, weight: item.weight, rationale: item.rationale }] : [];
  });
}

function feeText(w: ProposalWriter, product: Product): string {
  const f = w.text.fees;
  const { fees } = product;
  const parts = [
    fees.frontLoadPercent === null ? null : f.frontLoad(w.percentValue(fees.frontLoadPercent)),
    fees.managementPercent === null ? null : f.management(w.percentValue(fees.managementPercent)),
    fees.custodyPercent === null ? null : f.custody(w.percentValue(fees.custodyPercent)),
    fees.switchingFee === null ? null : f.switching(fees.switchingFee),
    fees.earlyRedemption === null ? null : f.earlyRedemption(fees.earlyRedemption),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('\n') : f.none;
}

export function productsSection(w: ProposalWriter): Block[] {
  const { text } = w;
  const c = text.columns;
  const rows = proposedProducts(w).map(({ product, weight, rationale }) => [
    `${w.productName(product)}\n${product.code} · ${w.productType(product)}`,
    w.assetClass(product.assetClass),
    riskRatingLabel(product.riskRating),
    product.currency,
    w.percent(weight),
    rationale ?? w.lane.empty,
  ]);
  return [
    { kind: 'heading', level: 1, text: text.sections.products },
    {
      kind: 'table',
      columns: [
        { header: c.product, weight: 3.6 },
        { header: c.assetClass, weight: 2 },
        { header: c.riskRating, weight: 1.3, align: 'center' },
        { header: c.currency, weight: 1.2, align: 'center' },
        { header: c.weight, weight: 1.5, align: 'right' },
        { header: c.reason, weight: 4 },
      ],
      rows,
      maxLinesPerCell: 10,
    },
  ];
}

export function tradesSection(w: ProposalWriter): Block[] {
  const { text } = w;
  const { analysis } = w.facts;
  const c = text.columns;
  const heading: Block = { kind: 'heading', level: 1, text: text.sections.trades };
  if (analysis.trades.length === 0) return [heading, { kind: 'paragraph', text: text.noTrades }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { header: c.side, weight: 1.6 },
        { header: c.product, weight: 4 },
        { header: c.currency, weight: 1, align: 'center' },
        { header: c.value, weight: 2, align: 'right' },
        { header: c.fee, weight: 2.2, align: 'right' },
      ],
      rows: analysis.trades.map((trade) => [
        text.sides[trade.side],
        `${trade.label}\n${w.assetClass(trade.assetClass)}`,
        trade.currency,
        w.twd(trade.valueTwd),
        `${w.twd(trade.feeTwd)}\n${w.percentValue(trade.feePercent)}`,
      ]),
    },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: w.labelWidth(90, 120),
      items: [{ label: text.labels.tradeFees, value: w.twd(analysis.tradeFeesTwd) }],
    },
  ];
}

export function feesSection(w: ProposalWriter): Block[] {
  const { text } = w;
  const c = text.columns;
  return [
    { kind: 'heading', level: 1, text: text.sections.fees },
    { kind: 'paragraph', text: text.feesIntro },
    {
      kind: 'table',
      columns: [
        { header: c.product, weight: 3 },
        { header: c.fees, weight: 3.5 },
        { header: c.compensation, weight: 4.5 },
      ],
      rows: proposedProducts(w).map(({ product }) => [
        `${w.productName(product)}\n${product.code}`,
        feeText(w, product),
        product.compensationDisclosure ?? text.noCompensation,
      ]),
      maxLinesPerCell: 14,
    },
  ];
}

/** Each chosen product's risks: maximum loss (prominent), currency, dividends, liquidity, issuer, its own. */
function productRisks(w: ProposalWriter, product: Product): Block[] {
  const d = w.disclosure;
  const { maxLoss, statements } = productRiskStatements(product, d);
  return [
    { kind: 'heading', level: 2, text: d.productHeading(w.productName(product), product.code) },
    ...(maxLoss === null ? [] : [{ kind: 'paragraph' as const, prominent: true, text: maxLoss }]),
    ...statements.map((s) => ({ kind: 'paragraph' as const, text: `• ${s}` })),
  ];
}

export function disclosureSection(w: ProposalWriter): Block[] {
  const d = w.disclosure;
  const firm = w.facts.firm.disclaimer;
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: w.text.sections.disclosure },
    { kind: 'paragraph', text: d.intro },
    ...[...d.general, d.pastPerformance, d.noDepositInsurance].map((s) => ({
      kind: 'paragraph' as const,
      text: `• ${s}`,
    })),
    ...proposedProducts(w).flatMap(({ product }) => productRisks(w, product)),
    ...(firm
      ? [
          { kind: 'heading' as const, level: 2 as const, text: d.firmDisclaimer },
          { kind: 'paragraph' as const, text: firm },
        ]
      : []),
  ];
}
