import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { z } from 'zod';
import { clientIdSchema } from '../../../shared/features/clients';
import { suitabilityItemsSchema, type Verdict } from '../../../shared/features/suitability';
import { bilingual, call } from '../core-call';
import { CliError } from '../cli-io';
import type { CliContext } from '../program';

/** Exit codes of `suitability check`, for scripts: suitable, bad input, needs approval, blocked. */
export const CHECK_EXIT_CODES: Readonly<Record<Verdict | 'badInput', number>> = {
  ok: 0,
  badInput: 2,
  needs_approval: 3,
  blocked: 4,
};

function badInput(message: string): CliError {
  return new CliError(message, CHECK_EXIT_CODES.badInput);
}

/** Each problem with its path, in zh-TW and English. */
function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => bilingual([prefix, ...issue.path.map(String)].filter(Boolean).join('.'), issue.message))
    .join('; ');
}

/** The proposed items from a JSON file, unchecked: `{"items": [...]}` or the array alone. */
function itemList(text: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badInput('輸入檔不是有效的 JSON / the input file is not valid JSON');
  }
  const list = Array.isArray(json) ? json : (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) {
    throw badInput(
      '輸入檔須為商品陣列或 {"items": [...]} / the input must be an array of items or {"items": [...]}',
    );
  }
  return list as unknown[];
}

function codeOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('code' in item)) return null;
  return String((item as { code: unknown }).code).trim();
}

/**
 * The items checked, each naming its product by internal ID; an advisor writing the file by hand
 * may give the shelf code instead (`"code": "KL002"`), looked up in `idByCode`.
 */
function checkItems(list: readonly unknown[], idByCode: ReadonlyMap<string, string>) {
  const withIds = list.map((item, index) => {
    const code = codeOf(item);
    if (code === null) return item;
    const productId = idByCode.get(code);
    if (!productId) {
      throw badInput(
        `items.${index}.code: 商品架上沒有代號 ${code} / no product with code ${code} on the shelf`,
      );
    }
    const { code: _code, ...rest } = item as Record<string, unknown>;
    return { ...rest, productId };
  });
  const parsed = suitabilityItemsSchema.safeParse(withIds);
  if (!parsed.success) throw badInput(describeIssues(parsed.error, 'items'));
  return parsed.data;
}

export function registerSuitabilityCommands(program: Command, { io, openCore, group }: CliContext): void {
  const suitability = group('suitability', 'suitability checks (適合度檢核)');

  suitability
    .command('check')
    .description(
      'checks proposed products for a client and prints the findings as JSON; exit 0 suitable, ' +
        '3 needs approval, 4 blocked, 2 bad input, 1 any other failure',
    )
    .requiredOption('--client <id>', "the client's id")
    .requiredOption(
      '--input <file.json>',
      'items: [{"code" (shelf code) or "productId", "weightPercent" or "amountTwd", "rationale"?, "clientInitiated"?}]',
    )
    .action(async (opts: { client: string; input: string }) => {
      const clientId = clientIdSchema.safeParse(opts.client);
      if (!clientId.success) throw badInput(describeIssues(clientId.error, '--client'));
      const text = await readFile(opts.input, 'utf8').catch(() => {
        throw badInput(`無法讀取 ${opts.input} / cannot read ${opts.input}`);
      });
      const list = itemList(text);
      const core = await openCore();
      const idByCode = list.some((item) => codeOf(item) !== null)
        ? new Map((await call(core, 'products.list', {})).items.map((p) => [p.code, p.id]))
        : new Map<string, string>();
      const items = checkItems(list, idByCode);
      const check = await call(core, 'suitability.check', { clientId: clientId.data, items });
      io.out(JSON.stringify(check, null, 2));
      if (check.verdict !== 'ok') {
        throw new CliError(`verdict: ${check.verdict}`, CHECK_EXIT_CODES[check.verdict]);
      }
    });
}
