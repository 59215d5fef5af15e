import { createElement, type ReactElement } from 'react';
import { AllocationDonutChart } from '../../../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../../../shared/charts/ComparisonBarChart';
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

/** The change of each series over the slide's period (first to last point drawn). */
function marketChart(w: DeckWriter, data: Extract<ResolvedData, { kind: 'marketChart' }>): ReactElement {
  const rows = data.series.map((s) => {
    const first = s.points[0]?.value;
    const last = s.points.at(-1)?.value;
    const change = first === undefined || last === undefined || first === 0 ? 0 : last / first - 1;
    return {
      key: s.code,
      label: w.seriesName(s),
      current: null,
      proposed: change,
      currentText: '',
      proposedText: s.points.length < 2 ? w.text.chart.noData : w.percent(change),
    };
  });
  const period = `${w.shortDay(data.from)} – ${w.shortDay(data.to)}`;
  return createElement(ComparisonBarChart, {
    ...size,
    rows,
    seriesLabels: { current: '', proposed: w.text.chart.change(period) },
    formatTick: (f: number) => w.percent(f, 0),
    emptyText: w.text.chart.noData,
    labelWidth: 200,
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
      if (data.kind === 'marketChart') return marketChart(w, data);
      if (data.kind === 'allocation') return allocation(w, data);
      return portfolio(w, data as Extract<ResolvedData, { kind: 'clientPortfolio' }>);
    });
  },
};
