// The chart worker's entry (built to out/main/chart-worker.js): renders chart sets to SVG for the
// documents lane, in a thread whose globals are a browser's (see documents/chart-svg.ts).
// chart-client.ts is the other end.
import { parentPort } from 'node:worker_threads';
import { CHART_SETS } from '../chart-sets';
import { installChartDom, renderChartSvgs } from '../documents/chart-svg';
import { describeError } from '../describe-error';
import type { ChartReply, ChartRequest } from './chart-protocol';

installChartDom();
const port = parentPort!;

const reply = (message: ChartReply) => port.postMessage(message);

port.on('message', ({ id, set, input, share }: ChartRequest) => {
  try {
    const chartSet = CHART_SETS.find((candidate) => candidate.name === set);
    if (!chartSet) throw new Error(`no chart set named ${set}`);
    const charts = chartSet.charts(input as never);
    const places = charts.map((_, place) => place).filter((place) => place % share.of === share.index);
    renderChartSvgs(
      places.map((place) => charts[place]!),
      (drawn, svg) => reply({ id, index: places[drawn]!, svg }),
    );
    reply({ id, count: charts.length });
  } catch (error) {
    // Name and code only: a message may quote the figures drawn.
    reply({ id, error: describeError(error) });
  }
});
reply({ ready: true });
