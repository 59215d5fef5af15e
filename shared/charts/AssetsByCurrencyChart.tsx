import { Cell, Pie, PieChart } from 'recharts';
import type { AssetHolding, Currency } from '../features/clients';
import type { FxRates } from '../features/settings';
import { formatTwd, toTwd, type MoneyLanguage } from '../kernel/money';

/**
 * Investable assets by currency, converted to TWD: a donut with an SVG legend beside it.
 * The screen and the PDF draw this same component, so everything (legend included) lives inside the
 * <svg>: recharts' own <Legend> is HTML and would not reach the PDF. Fixed width and height, no
 * ResponsiveContainer, and no animation when `animate` is false, so the SVG is deterministic.
 */
export interface AssetsByCurrencyChartProps {
  holdings: AssetHolding[];
  rates: FxRates;
  width: number;
  height: number;
  animate?: boolean;
  /** The language amounts are written in (萬/億 or M/B); zh-TW unless said. */
  language?: MoneyLanguage;
  /** `noRate` stands beside a currency that has no exchange rate, so it cannot be drawn. */
  labels?: { title?: string; empty?: string; noRate?: string };
}

export interface CurrencySlice {
  currency: Currency;
  twd: number;
  share: number;
}

/** One colour per currency, so a currency keeps its colour across clients and documents. */
export const CURRENCY_COLORS: Readonly<Record<Currency, string>> = {
  TWD: '#1f4e79',
  USD: '#2e86c1',
  JPY: '#c0392b',
  EUR: '#27ae60',
  CNY: '#d68910',
  AUD: '#8e44ad',
  HKD: '#16a085',
  GBP: '#7f8c8d',
};

/** Slices in descending TWD value; zero holdings and holdings without a rate are left out. */
export function currencySlices(holdings: readonly AssetHolding[], rates: FxRates): CurrencySlice[] {
  const converted = holdings.flatMap((h) => {
    const twd = toTwd(h, rates.toTwd);
    return twd !== null && twd > 0 ? [{ currency: h.currency, twd }] : [];
  });
  const total = converted.reduce((sum, s) => sum + s.twd, 0);
  return converted
    .map((s) => ({ ...s, share: s.twd / total }))
    .sort((a, b) => b.twd - a.twd || a.currency.localeCompare(b.currency));
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

const FONT = { fontFamily: 'Noto Sans TC, Noto Sans CJK TC, sans-serif' } as const;
const TEXT_COLOR = '#333333';
const MUTED_COLOR = '#666666';

export function AssetsByCurrencyChart({
  holdings,
  rates,
  width,
  height,
  animate = true,
  language = 'zh-TW',
  labels = {},
}: AssetsByCurrencyChartProps) {
  const slices = currencySlices(holdings, rates);
  const unrated: Currency[] = holdings
    .filter((h) => h.amount !== 0 && toTwd(h, rates.toTwd) === null)
    .map((h) => h.currency);
  const rows = slices.length + unrated.length;
  const titleHeight = labels.title ? 22 : 0;
  const plotHeight = height - titleHeight;
  // The donut takes about a third of the width; the legend (currency, share, TWD value) the rest.
  const outer = Math.max(10, Math.min(plotHeight, width * 0.36) / 2 - 6);
  const inner = outer * 0.55;
  const centerX = outer + 8;
  const centerY = titleHeight + plotHeight / 2;
  const legendX = centerX + outer + 20;
  const rowHeight = Math.min(22, (plotHeight - 8) / Math.max(rows, 1));
  const legendTop = centerY - (rowHeight * rows) / 2 + rowHeight / 2;

  return (
    <PieChart width={width} height={height} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      {labels.title ? (
        <text x={0} y={15} fontSize={13} fontWeight="bold" fill={TEXT_COLOR} {...FONT}>
          {labels.title}
        </text>
      ) : null}
      {rows === 0 ? (
        <g>
          <circle
            cx={centerX}
            cy={centerY}
            r={(outer + inner) / 2}
            fill="none"
            stroke="#e6e6e6"
            strokeWidth={outer - inner}
          />
          <text x={legendX} y={centerY + 4} fontSize={11} fill={MUTED_COLOR} {...FONT}>
            {labels.empty ?? '無資產資料'}
          </text>
        </g>
      ) : slices.length === 0 ? null : (
        <Pie
          data={slices}
          dataKey="twd"
          nameKey="currency"
          cx={centerX}
          cy={centerY}
          innerRadius={inner}
          outerRadius={outer}
          startAngle={90}
          endAngle={-270}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={animate}
        >
          {slices.map((s) => (
            <Cell key={s.currency} fill={CURRENCY_COLORS[s.currency]} />
          ))}
        </Pie>
      )}
      {slices.map((s, i) => {
        const y = legendTop + i * rowHeight;
        return (
          <g key={s.currency}>
            <rect x={legendX} y={y - 5} width={10} height={10} fill={CURRENCY_COLORS[s.currency]} />
            <text x={legendX + 16} y={y + 4} fontSize={10} fill={TEXT_COLOR} {...FONT}>
              {s.currency}
            </text>
            <text x={legendX + 88} y={y + 4} fontSize={10} fill={TEXT_COLOR} textAnchor="end" {...FONT}>
              {formatShare(s.share)}
            </text>
            <text x={width - 2} y={y + 4} fontSize={10} fill={MUTED_COLOR} textAnchor="end" {...FONT}>
              {formatTwd(s.twd, language)}
            </text>
          </g>
        );
      })}
      {unrated.map((currency, i) => {
        const y = legendTop + (slices.length + i) * rowHeight;
        return (
          <g key={currency}>
            <rect x={legendX} y={y - 5} width={10} height={10} fill="none" stroke={MUTED_COLOR} />
            <text x={legendX + 16} y={y + 4} fontSize={10} fill={TEXT_COLOR} {...FONT}>
              {currency}
            </text>
            <text x={width - 2} y={y + 4} fontSize={10} fill={MUTED_COLOR} textAnchor="end" {...FONT}>
              {labels.noRate ?? '缺匯率'}
            </text>
          </g>
        );
      })}
    </PieChart>
  );
}
