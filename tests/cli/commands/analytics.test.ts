import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerAnalyticsCommands } from '../../../electron/cli/commands/analytics';
import { CliError } from '../../../electron/cli/cli-io';

const dir = mkdtempSync(path.join(tmpdir(), 'analytics-cli-'));
let counter = 0;
function file(content: unknown): string {
  const f = path.join(dir, `in-${counter++}.json`);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
}

async function cli(...args: string[]): Promise<unknown> {
  const out: string[] = [];
  const program = new Command();
  program.exitOverride();
  registerAnalyticsCommands(program, { out: (s) => out.push(s), err: () => undefined });
  await program.parseAsync(['node', 'cli', 'analytics', ...args]);
  return JSON.parse(out.join('')) as unknown;
}

async function cliError(...args: string[]): Promise<string> {
  try {
    await cli(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    const message = (error as CliError).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a CliError');
}

const allocation = {
  assets: [
    { id: 'tw_equity', expectedReturn: 0.07, volatility: 0.2, min: 0, max: 1 },
    { id: 'global_bond', expectedReturn: 0.03, volatility: 0.06, min: 0, max: 1 },
    { id: 'twd_cash', expectedReturn: 0.012, volatility: 0.005, min: 0.05, max: 1 },
  ],
  correlations: [
    [1, 0.2, 0],
    [0.2, 1, 0.1],
    [0, 0.1, 1],
  ],
  riskFreeRate: 0.015,
  groups: [{ ids: ['tw_equity'], max: 0.6 }],
  objective: { kind: 'targetVolatility', value: 0.08 },
};

describe('analytics CLI', () => {
  it('optimize prints weights, expected return and volatility', async () => {
    const r = (await cli('optimize', '--input', file(allocation))) as {
      weights: Record<string, number>;
      expectedReturn: number;
      volatility: number;
      kktWorstViolation: number;
    };
    expect(Object.keys(r.weights)).toEqual(['tw_equity', 'global_bond', 'twd_cash']);
    expect(Object.values(r.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(r.weights.twd_cash).toBeGreaterThanOrEqual(0.05 - 1e-9);
    expect(r.volatility).toBeCloseTo(0.08, 6);
    expect(r.kktWorstViolation).toBeLessThan(1e-9);
  });

  it('frontier prints N points of rising return and volatility', async () => {
    const r = (await cli('frontier', '--input', file(allocation), '--points', '5')) as {
      points: { expectedReturn: number; volatility: number; weights: Record<string, number> }[];
    };
    expect(r.points).toHaveLength(5);
    for (let k = 1; k < 5; k++) expect(r.points[k]!.volatility).toBeGreaterThan(r.points[k - 1]!.volatility);
  });

  it('metrics, montecarlo, stress, rebalance and models run on the shipped resources', async () => {
    const metrics = (await cli(
      'metrics',
      '--input',
      file({ weights: { tw_equity: 0.6, tw_gov_bond: 0.4 }, series: { returns: [0.01, -0.02, 0.03] } }),
    )) as { volatility: number; series: { drawdown: { maxDrawdown: number } } };
    expect(metrics.volatility).toBeGreaterThan(0);
    expect(metrics.series.drawdown.maxDrawdown).toBeCloseTo(0.02, 12);

    const mc = (await cli(
      'montecarlo',
      '--input',
      file({
        startMonth: '2026-01',
        months: 24,
        initial: 1e6,
        paths: 200,
        model: { kind: 'lognormal', weights: { tw_equity: 0.5, twd_cash: 0.5 } },
        goal: { amount: 1e6, date: '2027-12' },
      }),
    )) as { dates: string[]; goal: { probability: number } };
    expect(mc.dates).toHaveLength(25);
    expect(mc.goal.probability).toBeGreaterThan(0);

    const stress = (await cli('stress', '--input', file({ weights: { tw_equity: 1 }, value: 1e6 }))) as {
      results: { id: string; lossTwd: number }[];
    };
    expect(stress.results.find((s) => s.id === 'taiex_minus_30')!.lossTwd).toBeCloseTo(300_000, 6);

    const reb = (await cli(
      'rebalance',
      '--input',
      file({
        holdings: [
          { id: 'A', assetClass: 'a', currency: 'TWD', quantity: 100, price: 10 },
          { id: 'B', assetClass: 'b', currency: 'TWD', quantity: 0, price: 10 },
        ],
        target: { a: 0.5, b: 0.5 },
      }),
    )) as { trades: { id: string; side: string; quantity: number }[] };
    expect(reb.trades).toEqual([
      expect.objectContaining({ id: 'A', side: 'sell', quantity: 50 }),
      expect.objectContaining({ id: 'B', side: 'buy', quantity: 50 }),
    ]);

    const models = (await cli('models')) as { portfolios: unknown[]; assumptionsVersion: string };
    expect(models.portfolios).toHaveLength(5);
  });

  it('bad JSON, bad numbers and infeasible constraints give one clear line', async () => {
    expect(await cliError('optimize', '--input', file('{"assets": ['))).toMatch(/is not valid JSON/);
    expect(await cliError('optimize', '--input', path.join(dir, 'missing.json'))).toMatch(
      /cannot read .*ENOENT/,
    );
    const negVol = structuredClone(allocation);
    negVol.assets[0]!.volatility = -0.2;
    expect(await cliError('optimize', '--input', file(negVol))).toBe(
      'Invalid allocation input: assets[0].volatility: volatility must be positive',
    );
    const huge = file('{"weights":{"tw_equity":1e999},"value":1}');
    expect(await cliError('stress', '--input', huge)).toMatch(/weights/);
    expect(await cliError('metrics', '--input', file({ weights: { tw_equity: 0.5 } }))).toBe(
      'weights add up to 0.5, not 1',
    );
    const infeasible = { ...allocation, assets: allocation.assets.map((a) => ({ ...a, max: 0.3 })) };
    expect(await cliError('optimize', '--input', file(infeasible))).toMatch(/maximums add up to 0.9/);
    expect(await cliError('frontier', '--input', file(allocation), '--points', 'ten')).toMatch(
      /--points must be/,
    );
    expect(await cliError('frontier', '--input', file(allocation), '--points', '1')).toMatch(
      /--points must be/,
    );
  });
});
