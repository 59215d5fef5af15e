import {
  figuresOf,
  type Point,
  type SeriesFigures,
  type SeriesSummary,
} from '../../../../shared/features/market-data';
import { addMonths } from '../../../../shared/kernel/dates';
import { useChannelQueries } from '../../lib/queries';

/** market.points takes at most this many codes a call. */
const CODES_PER_CALL = 30;

/**
 * Each series' figures (returns, volatility, drawdowns: derived.ts, as the slides compute them)
 * from its points over the last 3 years and a month, fetched 30 series a call.
 */
export function useSeriesFigures(series: readonly SeriesSummary[]): Map<string, SeriesFigures> {
  const withData = series.filter((s) => s.lastDate !== null);
  const last = withData.reduce((max, s) => (s.lastDate! > max ? s.lastDate! : max), '');
  const from = last ? addMonths(last, -37) : undefined;
  const inputs = [];
  for (let i = 0; i < withData.length; i += CODES_PER_CALL)
    inputs.push({ codes: withData.slice(i, i + CODES_PER_CALL).map((s) => s.code), from });
  const answers = useChannelQueries('market.points', inputs);
  // A few dozen series of 800 points: computed on each render, cheaply (no memo to keep in step).
  const kinds = new Map(series.map((s) => [s.code, s.kind]));
  const figures = new Map<string, SeriesFigures>();
  for (const answer of answers)
    for (const { code, points } of answer.data?.series ?? [])
      figures.set(code, figuresOf(points as Point[], kinds.get(code) ?? 'index'));
  return figures;
}
