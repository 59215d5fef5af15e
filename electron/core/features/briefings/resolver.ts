import {
  type Block,
  type Deck,
  type ProductFacts,
  type ResolvedData,
  type ResolvedDeck,
  type SeriesRef,
} from '../../../../shared/features/briefings';
import type { HoldingsValuation } from '../../../../shared/features/holdings';
import type { RiskGrade } from '../../../../shared/features/kyc';
import {
  figuresOf,
  fxSeriesCode,
  periodReturn,
  type Point,
  type SeriesSummary,
} from '../../../../shared/features/market-data';
import type { Product } from '../../../../shared/features/products';
import type { MarketDataService } from '../market-data';
import { allocationView, currentHoldings, type TargetWeights } from '../../../../shared/features/proposals';
import type { Settings } from '../../../../shared/features/settings';
import { addMonths, today } from '../../../../shared/kernel/dates';
import type { Currency } from '../../../../shared/kernel/money';

/** What the resolver reads from the market-data feature (its core service, through app.ts). */
export interface MarketDataReader {
  /** The catalogue entries of these codes with their span (unknown codes left out). */
  series(codes: readonly string[]): SeriesSummary[];
  /** Each code's points from..to (ascending; a code with none maps to []). */
  points(codes: readonly string[], from: string, to: string): Map<string, Point[]>;
}

/** The market-data feature's service as the resolver reads it: codes it does not know are left out. */
export function marketDataReader(service: MarketDataService): MarketDataReader {
  const known = (codes: readonly string[]) => {
    const wanted = new Set(codes);
    return service.list().series.filter((s) => wanted.has(s.code));
  };
  return {
    series: known,
    points: (codes, from, to) =>
      new Map(
        service
          .points(
            known(codes).map((s) => s.code),
            from,
            to,
          )
          .map((p) => [p.code, p.points]),
      ),
  };
}

/** What the resolver reads from other features' services. */
export interface ResolveSources {
  market: MarketDataReader;
  products(ids: readonly string[]): Product[];
  clientName(clientId: string): string;
  gradeOf(clientId: string): RiskGrade | null;
  holdingsOf(clientId: string): HoldingsValuation;
  /** The model portfolio for a grade on the active assumptions, and that version. */
  model(grade: RiskGrade): { weights: TargetWeights; version: string };
  image(imageId: string): { mime: string; bytes: Buffer } | null;
  settings(): Settings;
  now(): number;
}

const PERIOD_MONTHS = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12, '3Y': 36, '5Y': 60 } as const;
/** Returns tables show 3-year figures: a little more history than that is read. */
const FIGURES_MONTHS = 37;

function periodStart(period: keyof typeof PERIOD_MONTHS | 'YTD', end: string): string {
  return period === 'YTD' ? `${Number(end.slice(0, 4)) - 1}-12-31` : addMonths(end, -PERIOD_MONTHS[period]);
}

function productFacts(p: Product): ProductFacts {
  const { id, code, nameZh, nameEn, issuer, type, currency, riskRating, isComplex, fees } = p;
  const { maxLossStatement, dividendFromPrincipal, riskDisclosureBlocks } = p;
  return {
    ...{ id, code, nameZh, nameEn, issuer, type, currency, riskRating, isComplex, fees },
    ...{ maxLossStatement, dividendFromPrincipal, riskDisclosureBlocks },
  };
}

/** The series codes a block shows (the disclosure names each with its source and date). */
function seriesCodesOf(block: Block): string[] {
  if (block.kind === 'marketChart' || block.kind === 'returnsTable') return block.series;
  if (block.kind === 'fxPanel') return block.currencies.filter((c) => c !== 'TWD').map(fxSeriesCode);
  return [];
}

/**
 * Resolves a deck into the data its slides are drawn from: the one path the presentation, the
 * editor's preview and the PDF take. Client-identifying data (the client's name, TWD amounts) is
 * left out of the data unless `reveal` is asked for a client-specific deck; weights stay.
 */
export function resolveDeck(deck: Deck, reveal: boolean, sources: ResolveSources): ResolvedDeck {
  const settings = sources.settings();
  const day = today(settings.timeZone, new Date(sources.now()));
  const clientSpecific = deck.clientId !== null;
  const revealed = clientSpecific && reveal;
  const blocks = deck.slides.map((s) => s.block);

  const codes = [...new Set(blocks.flatMap(seriesCodesOf))];
  const catalogue = new Map(sources.market.series(codes).map((s) => [s.code, s]));
  const refOf = (code: string): SeriesRef => {
    const s = catalogue.get(code);
    return s
      ? {
          code,
          nameZh: s.nameZh,
          nameEn: s.nameEn,
          unit: s.unit,
          currency: s.currency,
          source: s.source,
          sample: s.sample,
          lastDate: s.lastDate,
          known: true,
        }
      : {
          code,
          nameZh: code,
          nameEn: code,
          unit: '',
          currency: null,
          source: '',
          sample: false,
          lastDate: null,
          known: false,
        };
  };
  // One read covers every slide: from the earliest start any slide needs to today.
  const earliest = blocks.reduce((from, b) => {
    const start =
      b.kind === 'marketChart'
        ? periodStart(b.period, day)
        : b.kind === 'returnsTable' || b.kind === 'fxPanel'
          ? addMonths(day, -FIGURES_MONTHS)
          : day;
    return start < from ? start : from;
  }, day);
  const points = codes.length > 0 ? sources.market.points(codes, earliest, day) : new Map<string, Point[]>();
  const pointsOf = (code: string, from = earliest) => (points.get(code) ?? []).filter((p) => p.date >= from);

  const productIds = [
    ...new Set(blocks.flatMap((b) => (b.kind === 'productSpotlight' ? [b.productId] : []))),
  ];
  const products = new Map(sources.products(productIds).map((p) => [p.id, productFacts(p)]));

  const clientName = deck.clientId && revealed ? sources.clientName(deck.clientId) : null;
  let portfolio: Extract<ResolvedData, { kind: 'clientPortfolio' }> | null = null;
  const clientPortfolio = (): Extract<ResolvedData, { kind: 'clientPortfolio' }> => {
    portfolio ??= resolvePortfolio(deck.clientId, revealed, clientName, sources);
    return portfolio;
  };

  const resolveBlock = (block: Block): ResolvedData => {
    switch (block.kind) {
      case 'title':
        return {
          kind: 'title',
          firmName: settings.branding.firmName,
          logoDataUrl: settings.branding.logoDataUrl,
          advisorName: settings.advisorName,
          date: day,
          clientName,
        };
      case 'marketChart': {
        const from = periodStart(block.period, day);
        return {
          kind: 'marketChart',
          from,
          to: day,
          series: block.series.map((code) => ({ ...refOf(code), points: pointsOf(code, from) })),
        };
      }
      case 'returnsTable':
        return {
          kind: 'returnsTable',
          rows: block.series.map((code) => {
            const s = catalogue.get(code);
            return { ...refOf(code), figures: s ? figuresOf(pointsOf(code), s.kind, day) : null };
          }),
        };
      case 'fxPanel':
        return {
          kind: 'fxPanel',
          rates: block.currencies.map((currency) => fxRate(currency, settings, refOf, pointsOf)),
        };
      case 'productSpotlight':
        return { kind: 'productSpotlight', product: products.get(block.productId) ?? null };
      case 'allocation': {
        const model = sources.model(block.grade);
        return {
          kind: 'allocation',
          assumptionsVersion: model.version,
          rows: Object.entries(model.weights).map(([assetClass, weight]) => ({
            assetClass: assetClass as keyof TargetWeights,
            modelWeight: weight ?? 0,
            currentWeight: null,
            currentAmountTwd: null,
          })),
        };
      }
      case 'clientPortfolio':
        return clientPortfolio();
      case 'text':
        return { kind: 'text' };
      case 'image': {
        const image = sources.image(block.imageId);
        return image
          ? {
              kind: 'image',
              mime: image.mime as 'image/png' | 'image/jpeg',
              dataBase64: image.bytes.toString('base64'),
            }
          : { kind: 'image', mime: null, dataBase64: null };
      }
    }
  };

  return {
    id: deck.id,
    title: deck.title,
    kind: deck.kind,
    version: deck.version,
    redacted: clientSpecific && !revealed,
    clientSpecific,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      block: slide.block,
      notes: slide.notes,
      data: resolveBlock(slide.block),
    })),
    disclosure: {
      products: productIds.flatMap((id) => products.get(id) ?? []),
      series: codes.map(refOf),
      firmDisclaimer: settings.proposals.firmDisclaimer,
    },
    firmName: settings.branding.firmName,
    resolvedOn: day,
  };
}

/** The latest imported rate with its date; the settings' rate when the series has no points. */
function fxRate(
  currency: Currency,
  settings: Settings,
  refOf: (code: string) => SeriesRef,
  pointsOf: (code: string) => Point[],
): Extract<ResolvedData, { kind: 'fxPanel' }>['rates'][number] {
  if (currency === 'TWD') return { currency, rate: 1, date: null, change1M: null, series: null };
  const code = fxSeriesCode(currency);
  const points = pointsOf(code);
  const last = points.at(-1);
  if (last) {
    return {
      currency,
      rate: last.value,
      date: last.date,
      change1M: periodReturn(points, '1M'),
      series: refOf(code),
    };
  }
  const rate = settings.fxRates.toTwd[currency] ?? null;
  return { currency, rate, date: rate === null ? null : settings.fxRates.asOf, change1M: null, series: null };
}

/** The client's holdings by class against the model for their grade; amounts only when revealed. */
function resolvePortfolio(
  clientId: string | null,
  revealed: boolean,
  clientName: string | null,
  sources: ResolveSources,
): Extract<ResolvedData, { kind: 'clientPortfolio' }> {
  if (clientId === null) {
    return { kind: 'clientPortfolio', clientName: null, grade: null, rows: [], totalTwd: null, fxAsOf: null };
  }
  const grade = sources.gradeOf(clientId);
  const valuation = sources.holdingsOf(clientId);
  const view = allocationView(currentHoldings(valuation, () => null));
  const current = new Map(view.byAssetClass.map((s) => [s.key, s]));
  const model: TargetWeights = grade ? sources.model(grade).weights : {};
  const classes = [...new Set([...Object.keys(model), ...current.keys()])] as (keyof TargetWeights)[];
  return {
    kind: 'clientPortfolio',
    clientName,
    grade,
    rows: classes.map((assetClass) => ({
      assetClass,
      modelWeight: model[assetClass] ?? 0,
      currentWeight: current.get(assetClass)?.weight ?? 0,
      currentAmountTwd: revealed ? (current.get(assetClass)?.valueTwd ?? 0) : null,
    })),
    totalTwd: revealed ? valuation.totalTwd : null,
    fxAsOf: valuation.fxAsOf,
  };
}
