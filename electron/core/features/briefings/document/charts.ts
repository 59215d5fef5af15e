import { createElement, type ReactElement } from 'react';
import { AllocationDonutChart } from '../../../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../../../shared/charts/ComparisonBarChart';
import { MarketLineChart } from '../../../../../shared/charts/MarketLineChart';
import type { ResolvedData, ResolvedDeck } from '../../../../../shared/features/briefings';
import type { Language } from '../../../../../shared/i18n/messages';
import type { DateStyle } from '../../../../../shared/kernel/dates';
import type { ChartSet } from '../../../documents/chart-set';
import { chartSlideIndexes, deckWriter, type DeckWriter } from './format';

/**
 * A deck's charts, drawn by the shared chart components the slides on screen draw, as SVG for
 * the PDF (vectors). One chart per slide that has one (chartSlideIndexes), drawn at the 16:9
 * body's size; the handout places the same markup smaller.
 */

/** The 16:9 page's body width (960 less two 48 pt margins) and a chart's height on it, in points. */
export const CHART_WIDTH = 864;
export const CHART_HEIGHT = 300;

export interface DeckChartInput {
  deck: ResolvedDeck;
  language: Language;
  dateStyle: DateStyle;
}

const size = { width: CHART_WIDTH, height: CHART_HEIGHT, animate: false };

/** The slide's series over its period, as levels or rebased to 100 (the screen's chart). */
function marketChart(
  w: DeckWriter,
  data: Extract<ResolvedData, { kind: 'marketChart' }>,
  rebased: boolean,
): ReactElement {
  return createElement(MarketLineChart, {
    ...size,
    lines: data.series.map((s) => ({ key: s.code, label: w.seriesName(s), points: s.points })),
    mode: rebased ? 'rebased' : 'level',
    formatValue: (v: number) => w.number(v, rebased || Math.abs(v) >= 100 ? 0 : 2),
    formatDate: (iso: string) => w.shortDay(iso).slice(0, -3),
    emptyText: w.text.chart.noData,
    baseLabel: w.text.chart.base,
  });
}

function allocation(w: DeckWriter, data: Extract<ResolvedData, { kind: 'allocation' }>): ReactElement {
  return createElement(AllocationDonutChart, {
    ...size,
    slices: data.rows
      .filter((r) => r.modelWeight > 0)
      .sort((a, b) => b.modelWeight - a.modelWeight)
      .map((r) => ({
        key: r.assetClass,
        label: w.assetClass(r.assetClass),
        value: r.modelWeight,
        shareText: w.percent(r.modelWeight),
        valueText: '',
      })),
    emptyText: w.text.chart.noData,
  });
}

function portfolio(w: DeckWriter, data: Extract<ResolvedData, { kind: 'clientPortfolio' }>): ReactElement {
  return createElement(ComparisonBarChart, {
    ...size,
    rows: data.rows.map((r) => ({
      key: r.assetClass,
      label: w.assetClass(r.assetClass),
      current: r.currentWeight,
      proposed: r.modelWeight,
      currentText: w.percent(r.currentWeight),
      proposedText: w.percent(r.modelWeight),
    })),
    seriesLabels: { current: w.text.columns.current, proposed: w.text.columns.model },
    formatTick: (f: number) => w.percent(f, 0),
    emptyText: w.text.chart.noData,
    labelWidth: 150,
  });
}

export const deckChartSet: ChartSet<DeckChartInput> = {
  name: 'deck',
  charts({ deck, language, dateStyle }) {
    const w = deckWriter(language, dateStyle);
    return chartSlideIndexes(deck).map((i) => {
      const data = deck.slides[i]!.data;
      const block = deck.slides[i]!.block;
      if (data.kind === 'marketChart')
        return marketChart(w, data, block.kind === 'marketChart' && block.rebased);
      if (data.kind === 'allocation') return allocation(w, data);
      return portfolio(w, data as Extract<ResolvedData, { kind: 'clientPortfolio' }>);
    });
  },
};
