import type { ReactElement } from 'react';

/**
 * A feature's charts for one document, drawn in the chart worker from data alone. The input
 * crosses into the worker by structured clone, so it holds data only: the formatting (words,
 * amounts, percents) is built from it inside `charts`.
 */
export interface ChartSet<Input> {
  /** Unique among the chart sets listed in electron/core/chart-sets.ts. */
  readonly name: string;
  charts(input: Input): ReactElement[];
}

/** Draws a chart set's charts (in the chart worker): their <svg> markup, in order. */
export type DrawCharts = <Input>(set: ChartSet<Input>, input: Input) => Promise<string[]>;
