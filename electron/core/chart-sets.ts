import type { ChartSet } from './documents/chart-set';
import { dossierChartSet } from './features/clients';
import { acceptanceChartSet, proposalChartSet } from './features/proposals';
import { deckChartSet } from './features/briefings';
import { bookChartSet } from './features/reports';

/**
 * Every chart set a document draws, as the chart worker looks them up by name. A feature whose
 * documents draw charts adds its sets here (a merge line, like app.ts).
 */
export const CHART_SETS: readonly ChartSet<never>[] = [
  dossierChartSet,
  acceptanceChartSet,
  proposalChartSet,
  deckChartSet,
  bookChartSet,
];
