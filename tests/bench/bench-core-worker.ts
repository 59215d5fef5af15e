// The bench's core worker: the app's core, plus a Monte Carlo, which no channel offers yet
// (an `analytics.monteCarlo` channel would replace this extra).
import { parseMonteCarloInput, runMonteCarlo } from '../../shared/analytics';
import { serveCore } from '../../electron/core/worker/serve-core';
import { MONTE_CARLO_CHANNEL } from './analytics';

serveCore({ [MONTE_CARLO_CHANNEL]: (input) => runMonteCarlo(parseMonteCarloInput(input)) });
