import {
  BLOCK_KIND_WORDS,
  disclosureSlide,
  type ResolvedDeck,
  type ResolvedSlide,
} from '../../../../../shared/features/briefings';
import { gradeLabel } from '../../../../../shared/features/kyc';
import {
  DISCLOSURE_MESSAGES,
  PRODUCT_TYPE_WORDS,
  productRiskStatements,
  riskRatingLabel,
} from '../../../../../shared/features/products';
import type { Block } from '../../../documents/document';
import { boxedText } from '../../../documents/layout';
import { CHART_HEIGHT, CHART_WIDTH } from './charts';
import { EMPTY, type DeckWriter } from './format';

/**
 * One slide's content as blocks of the documents lane (a 16:9 page each), and the disclosure
 * slide. The data is what the resolver gave: redacted unless revealed, so nothing here can show
 * a client's name or amounts it was not given.
 */

const TITLE_HEIGHT = 300;
const IMAGE_HEIGHT = 330;

function titleOf(w: DeckWriter, slide: ResolvedSlide): string {
  const b = slide.block;
  const own = b.kind === 'text' ? b.heading : 'title' in b ? b.title : '';
  return own || BLOCK_KIND_WORDS[b.kind][w.language];
}

function titleSlide(w: DeckWriter, slide: ResolvedSlide, clientSpecific: boolean): Block[] {
  const b = slide.block;
  const d = slide.data;
  if (b.kind !== 'title' || d.kind !== 'title') return [];
  const lines = [
    d.firmName,
    d.advisorName ? w.text.preparedBy(d.advisorName) : null,
    clientSpecific ? (d.clientName ? w.text.forClient(d.clientName) : w.text.redactedClient) : null,
    w.day(d.date),
  ].filter((l): l is string => l !== null);
  return [
    {
      kind: 'custom',
      height: TITLE_HEIGHT,
      draw(doc, at, theme) {
        let y = at.y + 60;
        y += boxedText(doc, b.title, at.x, y, at.width, 2, {
          size: 30,
          color: theme.colors.primary,
          bold: true,
          align: 'center',
        });
        if (b.subtitle)
          y +=
            8 +
            boxedText(doc, b.subtitle, at.x, y + 8, at.width, 2, {
              size: 18,
              color: theme.colors.text,
              align: 'center',
            });
        doc
          .moveTo(at.x + at.width / 3, y + 24)
          .lineTo(at.x + (2 * at.width) / 3, y + 24)
          .lineWidth(1.5)
          .stroke(theme.colors.primaryLight);
        boxedText(doc, lines.join('\n'), at.x, y + 40, at.width, 5, {
          size: 14,
          color: theme.colors.muted,
          align: 'center',
        });
      },
    },
  ];
}

function content(w: DeckWriter, slide: ResolvedSlide, chart: Promise<string> | null): Block[] {
  const t = w.text;
  const d = slide.data;
  const b = slide.block;
  const svg = (height = CHART_HEIGHT): Block[] =>
    chart ? [{ kind: 'svg', svg: chart, width: CHART_WIDTH, height, align: 'center' }] : [];
  switch (d.kind) {
    case 'marketChart':
      return [
        ...svg(),
        ...(b.kind === 'marketChart' && b.commentary
          ? [{ kind: 'paragraph' as const, text: b.commentary }]
          : []),
      ];
    case 'returnsTable':
      return [
        {
          kind: 'table',
          columns: [
            { header: t.columns.series, weight: 3 },
            ...(['1M', '3M', 'YTD', '1Y', '3Y'] as const).map((p) => ({
              header: p,
              weight: 1,
              align: 'right' as const,
            })),
            { header: t.columns.volatility, weight: 1.2, align: 'right' as const },
            { header: t.columns.date, weight: 1.4, align: 'center' as const },
          ],
          rows: d.rows.map((r) => [
            w.seriesName(r),
            ...(['1M', '3M', 'YTD', '1Y', '3Y'] as const).map((p) => {
              const v = r.figures?.returns[p] ?? null;
              // A rate's figure is a change in percentage points, not a return.
              return v === null
                ? EMPTY
                : r.unit === '%'
                  ? `${v >= 0 ? '+' : ''}${w.number(v)}`
                  : w.percent(v);
            }),
            w.percent(r.figures?.volatility1Y ?? null),
            r.lastDate ? w.shortDay(r.lastDate) : EMPTY,
          ]),
        },
      ];
    case 'fxPanel':
      return [
        {
          kind: 'table',
          columns: [
            { header: t.columns.currency, weight: 1.2 },
            { header: t.columns.rate, weight: 1.6, align: 'right' },
            { header: t.columns.change1M, weight: 1.2, align: 'right' },
            { header: t.columns.date, weight: 2, align: 'center' },
          ],
          rows: d.rates.map((r) => [
            r.currency,
            r.rate === null ? EMPTY : w.number(r.rate, 4),
            w.percent(r.change1M, 2),
            r.date === null
              ? EMPTY
              : r.series
                ? w.shortDay(r.date) + (r.series.sample ? `（${t.chart.sample}）` : '')
                : `${w.shortDay(r.date)}（${t.settingsRate}）`,
          ]),
        },
      ];
    case 'productSpotlight': {
      const p = d.product;
      if (!p) return [{ kind: 'paragraph', text: t.product.missing }];
      const risks = productRiskStatements(p, DISCLOSURE_MESSAGES[w.language]);
      const fees = [
        p.fees.frontLoadPercent === null ? null : `${p.fees.frontLoadPercent}%`,
        p.fees.managementPercent === null ? null : `${p.fees.managementPercent}%`,
      ].filter((f) => f !== null);
      return [
        {
          kind: 'keyValues',
          columns: 2,
          labelWidth: w.language === 'en' ? 90 : 70,
          items: [
            { label: t.product.code, value: p.code },
            { label: t.product.issuer, value: p.issuer },
            { label: t.product.type, value: PRODUCT_TYPE_WORDS[p.type][w.language] },
            { label: t.product.currency, value: p.currency },
            { label: t.product.riskRating, value: riskRatingLabel(p.riskRating) },
            { label: t.product.fees, value: fees.join(' / ') || t.product.noFees },
          ],
        },
        ...(risks.maxLoss ? [{ kind: 'paragraph' as const, prominent: true, text: risks.maxLoss }] : []),
        {
          kind: 'paragraph',
          small: true,
          maxLines: 6,
          text: `${t.product.risks}：${risks.statements.join(' ')}`,
        },
        ...(b.kind === 'productSpotlight' && b.commentary
          ? [{ kind: 'paragraph' as const, text: b.commentary }]
          : []),
      ];
    }
    case 'allocation':
      return [
        ...(b.kind === 'allocation'
          ? [
              {
                kind: 'paragraph' as const,
                small: true,
                muted: true,
                text: `${gradeLabel(b.grade, w.language)} · ${t.assumptions(d.assumptionsVersion)}`,
              },
            ]
          : []),
        ...svg(),
      ];
    case 'clientPortfolio':
      return [
        ...(d.grade
          ? [{ kind: 'paragraph' as const, small: true, muted: true, text: gradeLabel(d.grade, w.language) }]
          : []),
        ...svg(d.totalTwd === null ? CHART_HEIGHT : 200),
        ...(d.totalTwd === null
          ? []
          : [
              {
                kind: 'table' as const,
                dense: true,
                columns: [
                  { header: t.columns.assetClass, weight: 2 },
                  { header: t.columns.current, weight: 1, align: 'right' as const },
                  { header: t.columns.amount, weight: 1.5, align: 'right' as const },
                  { header: t.columns.model, weight: 1, align: 'right' as const },
                ],
                rows: [
                  ...d.rows.map((r) => [
                    w.assetClass(r.assetClass),
                    w.percent(r.currentWeight),
                    r.currentAmountTwd === null ? EMPTY : w.twd(r.currentAmountTwd),
                    w.percent(r.modelWeight),
                  ]),
                  [t.total, '100.0%', w.twd(d.totalTwd), '100.0%'],
                ],
              },
            ]),
        ...(d.fxAsOf
          ? [{ kind: 'paragraph' as const, small: true, muted: true, text: t.fxAsOf(w.shortDay(d.fxAsOf)) }]
          : []),
      ];
    case 'text':
      return b.kind === 'text'
        ? b.bullets.filter((x) => x.trim()).map((x) => ({ kind: 'paragraph' as const, text: `• ${x}` }))
        : [];
    case 'image': {
      const caption = b.kind === 'image' ? b.caption : '';
      const { dataBase64 } = d;
      if (!dataBase64) return [{ kind: 'paragraph', text: t.imageMissing }];
      return [
        {
          kind: 'custom',
          height: IMAGE_HEIGHT,
          draw(doc, at) {
            doc.image(Buffer.from(dataBase64, 'base64'), at.x, at.y, {
              fit: [at.width, IMAGE_HEIGHT],
              align: 'center',
              valign: 'center',
            });
          },
        },
        ...(caption
          ? [{ kind: 'paragraph' as const, small: true, align: 'center' as const, text: caption }]
          : []),
      ];
    }
    case 'title':
      return [];
  }
}

/** One slide: its heading (the title slide has its own layout) and its content. */
export function slideBlocks(
  w: DeckWriter,
  deck: ResolvedDeck,
  index: number,
  chart: Promise<string> | null,
): Block[] {
  const slide = deck.slides[index]!;
  if (slide.data.kind === 'title') return titleSlide(w, slide, deck.clientSpecific);
  return [{ kind: 'heading', level: 1, text: titleOf(w, slide), toc: false }, ...content(w, slide, chart)];
}

/** The disclosure slide, from the shared words the screens show. */
export function disclosureBlocks(w: DeckWriter, deck: ResolvedDeck): Block[] {
  const s = disclosureSlide(deck.disclosure, w.language, w.shortDay);
  const bullet = (text: string): Block => ({ kind: 'paragraph', small: true, text: `• ${text}` });
  return [
    { kind: 'heading', level: 1, text: s.heading, toc: false },
    ...s.general.map(bullet),
    ...s.products.flatMap((p): Block[] => [
      { kind: 'heading', level: 2, text: p.heading, toc: false },
      ...(p.maxLoss ? [{ kind: 'paragraph' as const, prominent: true, text: p.maxLoss }] : []),
      ...p.statements.map(bullet),
    ]),
    ...(s.sources.length > 0
      ? [
          { kind: 'heading' as const, level: 2 as const, text: s.sourcesHeading, toc: false },
          ...s.sources.map(bullet),
        ]
      : []),
    ...(s.firmDisclaimer ? [{ kind: 'paragraph' as const, small: true, text: s.firmDisclaimer }] : []),
  ];
}

export { titleOf };
