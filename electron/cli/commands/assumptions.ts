import type { Command } from 'commander';
import { call } from '../core-call';
import { readJsonFile } from '../json-file';
import type { CliContext } from '../program';

/** `assumptions …`: the capital-market assumptions versions new proposals are made with. */
export function registerAssumptionsCommands(program: Command, { io, openCore, group }: CliContext): void {
  const assumptions = group(
    'assumptions',
    'capital-market assumptions (資本市場假設): list, show, import and activate versions',
  );

  assumptions
    .command('list')
    .description('every version, which one is active, as JSON')
    .action(async () => {
      const core = await openCore();
      io.out(JSON.stringify(await call(core, 'assumptions.list', {}), null, 2));
    });

  assumptions
    .command('show')
    .description('one version as JSON (default: the active one)')
    .option('--version <version>', 'the version to show')
    .action(async (opts: { version?: string }) => {
      const core = await openCore();
      const input = opts.version === undefined ? {} : { version: opts.version };
      io.out(JSON.stringify(await call(core, 'assumptions.get', input), null, 2));
    });

  assumptions
    .command('import <file>')
    .description('a new version from a JSON file, validated as the analytics engine validates it')
    .action(async (file: string) => {
      const document = await readJsonFile(file);
      const core = await openCore();
      const summary = await call(core, 'assumptions.import', { document });
      io.out(
        `已匯入版本 ${summary.version}（${summary.assetCount} 個資產類別）；以 assumptions activate ${summary.version} 啟用` +
          ` (imported version ${summary.version}, ${summary.assetCount} asset classes; activate it to use it)`,
      );
    });

  assumptions
    .command('activate <version>')
    .description('make a version the one new proposals use')
    .action(async (version: string) => {
      const core = await openCore();
      const summary = await call(core, 'assumptions.activate', { version });
      io.out(`已啟用版本 ${summary.version} (version ${summary.version} is active)`);
    });
}
