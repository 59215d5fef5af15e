import type { Command } from 'commander';
import type { GoalInput } from '../../../shared/features/goals';
import { call } from '../core-call';
import { CliError } from '../cli-io';
import { readJsonFile } from '../json-file';
import type { CliContext } from '../program';

/** `goals …`: a client's financial-planning goals, JSON in and out. */
export function registerGoalCommands(program: Command, { io, openCore, group }: CliContext): void {
  const goals = group('goals', "financial-planning goals (理財目標): list and add a client's goals");

  goals
    .command('list')
    .description("the client's goals by target date, as JSON")
    .requiredOption('--client <id>', "the client's internal ID")
    .action(async (opts: { client: string }) => {
      const core = await openCore();
      io.out(JSON.stringify(await call(core, 'goals.list', { clientId: opts.client }), null, 2));
    });

  goals
    .command('add')
    .description("add a goal from a JSON file (the goal's fields: kind, name, targetDate, amountTwd, …)")
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--input <file>', 'JSON: one goal')
    .action(async (opts: { client: string; input: string }) => {
      const data = await readJsonFile(opts.input);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new CliError(`${opts.input} 須為一個目標物件 (must hold one goal object)`);
      }
      const core = await openCore();
      const goal = await call(core, 'goals.create', { clientId: opts.client, data: data as GoalInput });
      io.out(JSON.stringify(goal, null, 2));
    });
}
