import type { Command } from 'commander';
import {
  CLIENT_SORTS,
  type BulkClientChange,
  type ClientListFilter,
  type ClientSort,
  type ClientSummary,
} from '../../../shared/features/clients';
import { formatTotal } from '../../../shared/kernel/money';
import { call } from '../core-call';
import { CliError, type CliIo } from '../cli-io';
import type { CliContext } from '../program';

/** A repeatable option's values. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface FilterOptions {
  text?: string;
  status?: string;
  tag: string[];
  advisor?: string;
  tier?: string;
  overdue?: string;
  kyc?: string;
  archived?: boolean;
}

/** The list's filter options, shared by `clients list` and the bulk changes. */
function withFilterOptions(command: Command): Command {
  return command
    .option('--text <fragment>', 'name, national-ID or phone fragment')
    .option('--status <status>', 'prospect | active | dormant | closed')
    .option('--tag <tag>', 'clients with this tag; repeatable (all of them)', collect, [])
    .option('--advisor <name>', 'the advisor as on file; "" for clients with none')
    .option('--tier <key>', 'a tier key of the settings (tiers show)')
    .option('--overdue <kind>', 'any | contact | review | kyc')
    .option('--kyc <state>', 'none | expired | unconfirmed | needs_review | current')
    .option('--archived', 'archived clients only (default: the working book)');
}

/** The options as the contract's filter; the router checks every value and names the bad one. */
function filterOf(opts: FilterOptions): ClientListFilter {
  const facets = Object.fromEntries(
    (['tier', 'overdue', 'kyc'] as const).flatMap((key) =>
      opts[key] === undefined ? [] : [[key, opts[key]]],
    ),
  );
  return {
    ...(opts.text ? { text: opts.text } : {}),
    ...(opts.status ? { status: opts.status as never } : {}),
    ...(opts.tag.length > 0 ? { tags: opts.tag } : {}),
    ...(opts.advisor !== undefined ? { advisor: opts.advisor } : {}),
    ...(opts.archived ? { archived: true } : {}),
    ...(Object.keys(facets).length > 0 ? { facets } : {}),
  };
}

export function printSummaries(io: CliIo, total: number, items: ClientSummary[], json: boolean): void {
  if (json) {
    io.out(JSON.stringify({ total, items }, null, 2));
    return;
  }
  for (const c of items) {
    io.out(
      [
        c.id,
        c.name,
        c.nationalIdMasked,
        c.phone ?? '-',
        c.status,
        formatTotal(c.totalAssetsTwd, 'zh-TW'),
      ].join('\t'),
    );
  }
  io.out(`${items.length} of ${total} clients`);
}

/** `clients list` with sorting and filters, and the bulk changes `clients tag` and `clients assign-advisor`. */
export function registerClientListCommands(clients: Command, { io, openCore }: CliContext): void {
  withFilterOptions(clients.command('list'))
    .option('--sort <key>', CLIENT_SORTS.join(' | '), 'updatedAt')
    .option('--asc', 'ascending (default: the key’s own: names A-Z, assets and changes newest first)')
    .option('--desc', 'descending')
    .option('--offset <n>', 'skip this many', '0')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON')
    .action(
      async (
        opts: FilterOptions & {
          sort: string;
          asc?: boolean;
          desc?: boolean;
          offset: string;
          limit: string;
          json?: boolean;
        },
      ) => {
        if (opts.asc && opts.desc) throw new CliError('give --asc or --desc, not both');
        const direction = opts.asc ? 'asc' : opts.desc ? 'desc' : undefined;
        const core = await openCore();
        const page = await call(core, 'clients.list', {
          ...filterOf(opts),
          sort: opts.sort as ClientSort,
          ...(direction ? { direction } : {}),
          offset: Number(opts.offset),
          limit: Number(opts.limit),
        });
        printSummaries(io, page.total, page.items, Boolean(opts.json));
      },
    );

  /** The clients a bulk change names: --ids, or every live client the filter options match. */
  async function bulk(opts: FilterOptions & { ids?: string; json?: boolean }, change: BulkClientChange) {
    const filter = filterOf(opts);
    if (opts.ids !== undefined && Object.keys(filter).length > 0) {
      throw new CliError('give --ids or filter options, not both');
    }
    if (opts.ids === undefined && Object.keys(filter).length === 0) {
      // A change to the whole book is never the default: name the clients or a filter.
      throw new CliError('name the clients: --ids a,b or filter options (--tag, --advisor, --tier, ...)');
    }
    const core = await openCore();
    const ids =
      opts.ids !== undefined
        ? opts.ids
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
        : (await call(core, 'clients.ids', filter)).ids;
    if (ids.length === 0) throw new CliError('no client matches');
    const done = await call(core, 'clients.bulkUpdate', { ids, change });
    io.out(
      opts.json
        ? JSON.stringify(done, null, 2)
        : `已修改 ${done.changed} 位，${done.unchanged} 位不需修改 / ${done.changed} changed, ${done.unchanged} unchanged`,
    );
  }

  withFilterOptions(
    clients
      .command('tag')
      .description('adds or removes a tag on many clients at once: all or none')
      .option('--add <tag>', 'the tag to add')
      .option('--remove <tag>', 'the tag to remove')
      .option('--ids <ids>', 'client IDs, comma-separated')
      .option('--json', 'print JSON'),
  ).action(async (opts: FilterOptions & { add?: string; remove?: string; ids?: string; json?: boolean }) => {
    if ((opts.add === undefined) === (opts.remove === undefined)) {
      throw new CliError('give one of --add TAG or --remove TAG');
    }
    const change: BulkClientChange =
      opts.add !== undefined ? { kind: 'addTag', tag: opts.add } : { kind: 'removeTag', tag: opts.remove! };
    await bulk(opts, change);
  });

  withFilterOptions(
    clients
      .command('assign-advisor <name>')
      .description('sets the advisor of many clients at once ("" for none): all or none')
      .option('--ids <ids>', 'client IDs, comma-separated')
      .option('--json', 'print JSON'),
  ).action(async (name: string, opts: FilterOptions & { ids?: string; json?: boolean }) => {
    await bulk(opts, { kind: 'assignAdvisor', advisor: name.trim() === '' ? null : name });
  });
}
