import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import {
  efficientFrontier,
  inlineMarketSchema,
  kktOf,
  modelPortfolios,
  optimize,
  parseAllocationInput,
  parseAssumptions,
  parseMetricsInput,
  parseModelPortfoliosInput,
  parseMonteCarloInput,
  parseRebalanceInput,
  parseScenariosFile,
  parseStressInput,
  rebalance,
  resolveMarket,
  returnSeriesSchema,
  riskMetrics,
  runMonteCarlo,
  selectScenarios,
  seriesMetrics,
  stressTest,
  weightVector,
  weightsById,
  type AssumptionsMeta,
  type Market,
} from '../../../shared/analytics';
import { parseOrThrow } from '../../../shared/analytics/errors';
import { CliError, type CliIo } from '../cli-io';

/** `analytics ...`: the portfolio analytics engine over JSON files, JSON on stdout. */

const RESOURCES = path.resolve(import.meta.dirname, '../../../resources/analytics');
export const ASSUMPTIONS_FILE = path.join(RESOURCES, 'capital-market-assumptions.json');
export const SCENARIOS_FILE = path.join(RESOURCES, 'stress-scenarios.json');

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The market an input names inline, or the shipped assumptions when it names none. */
function marketOf(json: unknown, label: string, assumptionsFile: string | undefined): Market {
  const inline = parseOrThrow(inlineMarketSchema, json, label);
  return resolveMarket(inline, inline.assets ? undefined : loadAssumptions(assumptionsFile).market);
}

function loadAssumptions(file = ASSUMPTIONS_FILE): { meta: AssumptionsMeta; market: Market } {
  return parseAssumptions(readJson(file));
}

/** Runs a command body, turning the engine's validation errors into one-line CLI errors. */
function run(io: CliIo, body: () => unknown): void {
  try {
    io.out(JSON.stringify(body(), null, 2));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

function parsePoints(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < 2 || n > 1000) {
    throw new CliError(`--points must be a whole number from 2 to 1000, got "${text}"`);
  }
  return n;
}

interface InputOptions {
  input: string;
  assumptions?: string;
}

export function registerAnalyticsCommands(program: Command, io: CliIo): void {
  const analytics = program
    .command('analytics')
    .description(
      'portfolio analytics: optimizer, frontier, risk metrics, Monte Carlo, stress tests, rebalancing',
    );
  const withInput = (name: string, description: string) =>
    analytics
      .command(name)
      .description(description)
      .requiredOption('--input <file>', 'JSON input (see docs/analytics.md)')
      .option('--assumptions <file>', 'capital-market assumptions to use instead of the shipped ones');

  withInput('optimize', 'optimal weights for an objective').action((opts: InputOptions) =>
    run(io, () => {
      const { problem, objective } = parseAllocationInput(
        readJson(opts.input),
        loadAssumptions(opts.assumptions).market,
      );
      const solved = optimize(problem, objective);
      const { expectedReturn, volatility, weights } = solved.portfolio;
      return {
        objective: objective.kind,
        weights: weightsById(problem, weights),
        expectedReturn,
        volatility,
        sharpe: volatility > 0 ? (expectedReturn - problem.riskFreeRate) / volatility : null,
        kktWorstViolation: kktOf(solved).worst,
      };
    }),
  );

  withInput('frontier', 'efficient frontier from minimum variance to maximum return')
    .option('--points <n>', 'number of frontier points', '20')
    .action((opts: InputOptions & { points: string }) => {
      const points = parsePoints(opts.points);
      run(io, () => {
        const { problem } = parseAllocationInput(
          readJson(opts.input),
          loadAssumptions(opts.assumptions).market,
        );
        return {
          points: efficientFrontier(problem, points).map(({ portfolio }) => ({
            expectedReturn: portfolio.expectedReturn,
            volatility: portfolio.volatility,
            weights: weightsById(problem, portfolio.weights),
          })),
        };
      });
    });

  withInput('metrics', 'risk metrics of a weight vector, and of a return series if given').action(
    (opts: InputOptions) =>
      run(io, () => {
        const json = readJson(opts.input);
        const input = parseMetricsInput(json);
        const market = marketOf(json, 'metrics input', opts.assumptions);
        const metrics = riskMetrics(
          market,
          weightVector(market, input.weights),
          input.riskFreeRate,
          input.horizonYears,
        );
        const series = (json as { series?: unknown }).series;
        return {
          ...metrics,
          ...(series === undefined
            ? {}
            : { series: seriesMetrics(parseOrThrow(returnSeriesSchema, series, 'series')) }),
        };
      }),
  );

  withInput('montecarlo', 'Monte Carlo projection with contributions, withdrawals and a goal').action(
    (opts: InputOptions) =>
      run(io, () =>
        runMonteCarlo(parseMonteCarloInput(readJson(opts.input), loadAssumptions(opts.assumptions).market)),
      ),
  );

  withInput('stress', 'historical and hypothetical stress tests of a portfolio')
    .option('--scenarios <file>', 'stress scenarios to use instead of the shipped ones')
    .action((opts: InputOptions & { scenarios?: string }) =>
      run(io, () => {
        const json = readJson(opts.input);
        const input = parseStressInput(json);
        const market = marketOf(json, 'stress input', opts.assumptions);
        const file = parseScenariosFile(readJson(opts.scenarios ?? SCENARIOS_FILE));
        const weights = weightVector(market, input.weights);
        const scenarios = selectScenarios(file.scenarios, input.scenarioIds, input.scenarios);
        return {
          scenariosVersion: file.version,
          value: input.value,
          results: scenarios.map((s) => stressTest(market, weights, input.value, s)),
        };
      }),
    );

  withInput('rebalance', 'drift against tolerance bands and the trades back to target').action(
    (opts: InputOptions) => run(io, () => rebalance(parseRebalanceInput(readJson(opts.input)))),
  );

  analytics
    .command('models')
    .description('model portfolios per risk grade from the assumptions')
    .option('--input <file>', 'JSON with grade bands (default C1-C5)')
    .option('--assumptions <file>', 'capital-market assumptions to use instead of the shipped ones')
    .action((opts: Partial<InputOptions>) =>
      run(io, () => {
        const { meta, market } = loadAssumptions(opts.assumptions);
        const input = parseModelPortfoliosInput(opts.input ? readJson(opts.input) : {});
        return modelPortfolios(market, meta, input.bands);
      }),
    );
}
