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

/**
 * A chart set being drawn. The worker sends each chart as soon as it is drawn, so a document can
 * place the first ones while the worker draws the rest.
 */
export interface ChartDrawing {
  /** The <svg> markup of the chart at this place in the set's list. */
  chart(index: number): Promise<string>;
  /** All of them, in order. */
  all(): Promise<string[]>;
}

/** Starts drawing a chart set's charts in the chart worker. */
export type DrawCharts = <Input>(set: ChartSet<Input>, input: Input) => ChartDrawing;
