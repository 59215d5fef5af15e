import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { clientIdSchema, isoDateSchema } from '../../../shared/features/clients';
import {
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  proposalContentSchema,
  proposalIdSchema,
  refusalText,
  type PresentRefusalDetail,
  type Proposal,
} from '../../../shared/features/proposals';
import { today } from '../../../shared/kernel/dates';
import type { Core } from '../../core/app';
import { CliError } from '../cli-io';
import { bilingual, call } from '../core-call';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';
import { LANGUAGES, type Language } from '../../../shared/i18n/messages';

/** Exit codes for scripts: 2 bad input; 3 presenting refused by the suitability and disclosure rules (as `suitability check`). */
export const PROPOSAL_EXIT_CODES = { badInput: 2, refused: 3 } as const;

const badInput = (message: string) => new CliError(message, PROPOSAL_EXIT_CODES.badInput);

function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => bilingual([prefix, ...issue.path.map(String)].filter(Boolean).join('.'), issue.message))
    .join('; ');
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw badInput(describeIssues(result.error, where));
  return result.data;
}

/** The core's refusal of bad input (VALIDATION) exits 2 like input the CLI refuses itself. */
async function callChecked<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof CliError && error.message.startsWith('VALIDATION:')) throw badInput(error.message);
    throw error;
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw badInput(`無法讀取 ${file} / cannot read ${file}`);
  });
  try {
    return JSON.parse(text);
  } catch {
    throw badInput(`${file} 不是有效的 JSON / ${file} is not valid JSON`);
  }
}

/** Items may name their product by shelf code (`"code": "KL002"`) instead of its internal ID. */
async function withProductIds(core: Core, raw: unknown): Promise<unknown> {
  const items = (raw as { items?: unknown } | null)?.items;
  if (!Array.isArray(items) || !items.some((i) => typeof i === 'object' && i !== null && 'code' in i))
    return raw;
  const idByCode = new Map((await call(core, 'products.list', {})).items.map((p) => [p.code, p.id]));
  return {
    ...(raw as object),
    items: items.map((item: unknown, index) => {
      if (typeof item !== 'object' || item === null || !('code' in item)) return item;
      const { code, ...rest } = item as { code: unknown };
      const productId = idByCode.get(String(code).trim());
      if (!productId) {
        throw badInput(
          `items.${index}.code: 商品架上沒有代號 ${String(code)} / no product with code ${String(code)} on the shelf`,
        );
      }
      return { ...rest, productId };
    }),
  };
}

async function todayOf(core: Core): Promise<string> {
  return today((await call(core, 'settings.get', {})).timeZone);
}

/** `--lang`: zh-TW or en, refused otherwise. */
function languageOption(value: string): Language {
  const language = LANGUAGES.find((l) => l === value);
  if (!language) throw badInput('--lang: zh-TW / en');
  return language;
}

const print = (value: unknown) => JSON.stringify(value, null, 2);

/** A proposal without its frozen facts (large; `show --facts` prints them). */
function brief({ snapshot: _snapshot, ...rest }: Proposal) {
  return rest;
}

export function registerProposalCommands(program: Command, { io, openCore, group }: CliContext): void {
  const proposals = group(
    'proposals',
    'proposals (建議書): drafts, presenting, PDFs, decisions, the acceptance report',
  );
  const id = (raw: string) => parsed(proposalIdSchema, raw, 'ID');

  proposals
    .command('create')
    .description('creates a draft from a content JSON file (kind, title, assumptionsVersion, target, items…)')
    .requiredOption('--client <id>', "the client's id")
    .requiredOption(
      '--input <file.json>',
      'the content; items may give "code" (shelf code) instead of "productId"',
    )
    .action(async (opts: { client: string; input: string }) => {
      const clientId = parsed(clientIdSchema, opts.client, '--client');
      const raw = await readJson(opts.input);
      const core = await openCore();
      const content = parsed(proposalContentSchema, await withProductIds(core, raw), '');
      io.out(print(brief(await callChecked(call(core, 'proposals.create', { clientId, content })))));
    });

  proposals
    .command('draft')
    .description(
      "the first draft: the model portfolio for the client's grade with the shelf's preferred products",
    )
    .requiredOption('--client <id>', "the client's id")
    .option('--kind <kind>', `${PROPOSAL_KINDS.join(' | ')}`, 'allocation')
    .option('--lang <language>', 'the title and default commentary: zh-TW | en', 'zh-TW')
    .action(async (opts: { client: string; kind: string; lang: string }) => {
      const clientId = parsed(clientIdSchema, opts.client, '--client');
      const kind = PROPOSAL_KINDS.find((k) => k === opts.kind);
      if (!kind) throw badInput(`--kind: ${PROPOSAL_KINDS.join(' / ')}`);
      const language = languageOption(opts.lang);
      const core = await openCore();
      const { proposal, notes } = await call(core, 'proposals.draft', { clientId, kind, language });
      io.out(print({ proposal: brief(proposal), notes }));
    });

  proposals
    .command('list')
    .description('lists proposals (newest first) as JSON')
    .option('--client <id>', "only this client's")
    .option('--state <state>', PROPOSAL_STATES.join(' | '))
    .action(async (opts: { client?: string; state?: string }) => {
      const clientId =
        opts.client === undefined ? undefined : parsed(clientIdSchema, opts.client, '--client');
      const state = PROPOSAL_STATES.find((s) => s === opts.state);
      if (opts.state !== undefined && !state) throw badInput(`--state: ${PROPOSAL_STATES.join(' / ')}`);
      const core = await openCore();
      io.out(
        print(
          await call(core, 'proposals.list', {
            ...(clientId ? { clientId } : {}),
            ...(state ? { state } : {}),
          }),
        ),
      );
    });

  proposals
    .command('show <id>')
    .description('one proposal as JSON')
    .option('--facts', 'include the frozen facts of a presented proposal')
    .action(async (raw: string, opts: { facts?: boolean }) => {
      const core = await openCore();
      const proposal = await call(core, 'proposals.get', { id: id(raw) });
      io.out(print(opts.facts ? proposal : brief(proposal)));
    });

  proposals
    .command('present <id>')
    .description(
      'presents a draft (freezes it and its PDF); exit 3 with each reason when the rules refuse it',
    )
    .action(async (raw: string) => {
      const core = await openCore();
      const current = await call(core, 'proposals.get', { id: id(raw) });
      const result = await core.invoke('proposals.present', { id: current.id, version: current.version });
      if (!result.ok) {
        const reasons = (result.error.details as { reasons?: PresentRefusalDetail[] } | undefined)?.reasons;
        if (reasons) {
          io.out(print({ refused: reasons }));
          throw new CliError(
            `無法提出建議書：${refusalText(reasons, 'zh-TW')} / cannot present: ${refusalText(reasons, 'en')}`,
            PROPOSAL_EXIT_CODES.refused,
          );
        }
        throw new CliError(`${result.error.code}: ${result.error.message}`);
      }
      io.out(print(brief(result.value as Proposal)));
    });

  proposals
    .command('pdf [id]')
    .description(
      'writes the proposal PDF (a presented one: the very file presented); --all-presented: every one into a folder',
    )
    .requiredOption('--out <path>', 'the file (or, with --all-presented, the folder) to write')
    .option('--lang <language>', 'zh-TW | en', 'zh-TW')
    .option('--all-presented', 'every proposal presented (decided and expired too)')
    .option('--force', 'replace files that exist')
    .action(
      async (
        raw: string | undefined,
        opts: { out: string; lang: string; allPresented?: boolean; force?: boolean },
      ) => {
        const language = languageOption(opts.lang);
        if (Boolean(opts.allPresented) === (raw !== undefined)) {
          throw badInput('請指定建議書 ID 或 --all-presented 其一 / give a proposal ID or --all-presented');
        }
        if (raw !== undefined) {
          const proposalId = id(raw);
          const core = await openCore();
          const pdf = await call(core, 'proposals.pdf', { id: proposalId, language });
          writeOutputFile(opts.out, Buffer.from(pdf.pdfBase64, 'base64'), { force: Boolean(opts.force) });
          io.out(print({ file: opts.out, number: pdf.number, sha256: pdf.sha256 }));
          return;
        }
        if (!existsSync(opts.out) || !statSync(opts.out).isDirectory()) {
          throw badInput(`資料夾 ${opts.out} 不存在 / the folder ${opts.out} does not exist`);
        }
        const core = await openCore();
        const presented = (await call(core, 'proposals.list', {})).filter((p) => p.state !== 'draft');
        const written: { file: string; number: string; sha256: string }[] = [];
        for (const [index, summary] of presented.entries()) {
          // Progress names the proposal number only: stderr may end up in a log.
          io.err(`${index + 1}/${presented.length} ${summary.number}`);
          const pdf = await call(core, 'proposals.pdf', { id: summary.id, language });
          // Named by the proposal number: unique (revisions too), and the folder lists no client names.
          const file = join(opts.out, `${pdf.number}.pdf`);
          writeOutputFile(file, Buffer.from(pdf.pdfBase64, 'base64'), { force: Boolean(opts.force) });
          written.push({ file, number: pdf.number, sha256: pdf.sha256 });
        }
        io.out(print({ written: written.length, files: written }));
      },
    );

  proposals
    .command('accept <id>')
    .description(
      'records acceptance: all products, or --products some of them (partly accepted, with --reason)',
    )
    .option('--products <codes>', 'the shelf codes the client accepted, comma-separated')
    .option('--reason <text>', 'what the client left out and why (needed when partly accepted)')
    .option('--on <date>', 'the day the client decided (YYYY-MM-DD; default today)')
    .action(async (raw: string, opts: { products?: string; reason?: string; on?: string }) => {
      const proposalId = id(raw);
      const core = await openCore();
      const proposal = await call(core, 'proposals.get', { id: proposalId });
      const decidedOn = opts.on === undefined ? await todayOf(core) : parsed(isoDateSchema, opts.on, '--on');
      const products = proposal.snapshot?.products ?? [];
      const codes =
        opts.products
          ?.split(',')
          .map((c) => c.trim())
          .filter(Boolean) ?? [];
      const chosen = codes.map((code) => {
        const product = products.find((p) => p.code === code);
        if (!product)
          throw badInput(`--products: 建議書中沒有商品 ${code} / no product ${code} in this proposal`);
        return product.id;
      });
      const partly = chosen.length > 0 && new Set(chosen).size < proposal.content.items.length;
      const decided = await callChecked(
        call(core, 'proposals.decide', {
          id: proposalId,
          version: proposal.version,
          outcome: partly ? 'partly_accepted' : 'accepted',
          acceptedProductIds: partly ? chosen : [],
          reason: opts.reason ?? null,
          decidedOn,
        }),
      );
      io.out(print(brief(decided)));
    });

  proposals
    .command('decline <id>')
    .description('records that the client declined, with the reason')
    .requiredOption('--reason <text>', 'why the client declined')
    .option('--on <date>', 'the day the client decided (YYYY-MM-DD; default today)')
    .action(async (raw: string, opts: { reason: string; on?: string }) => {
      const proposalId = id(raw);
      const core = await openCore();
      const proposal = await call(core, 'proposals.get', { id: proposalId });
      const decidedOn = opts.on === undefined ? await todayOf(core) : parsed(isoDateSchema, opts.on, '--on');
      const decided = await callChecked(
        call(core, 'proposals.decide', {
          id: proposalId,
          version: proposal.version,
          outcome: 'declined',
          reason: opts.reason,
          decidedOn,
        }),
      );
      io.out(print(brief(decided)));
    });

  proposals
    .command('report')
    .description(
      'the acceptance report over proposals presented in a period: JSON, or --csv / --pdf to a file',
    )
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--csv <file>', 'write the report as CSV')
    .option('--pdf <file>', 'write the report as PDF')
    .option('--lang <language>', 'zh-TW | en (CSV and PDF)', 'zh-TW')
    .option('--force', 'replace the file if it exists')
    .action(
      async (opts: {
        from: string;
        to: string;
        csv?: string;
        pdf?: string;
        lang: string;
        force?: boolean;
      }) => {
        const period = {
          from: parsed(isoDateSchema, opts.from, '--from'),
          to: parsed(isoDateSchema, opts.to, '--to'),
        };
        const language = languageOption(opts.lang);
        const core = await openCore();
        if (opts.csv) {
          const { csv } = await callChecked(call(core, 'proposals.reportCsv', { ...period, language }));
          writeOutputFile(opts.csv, csv, { force: Boolean(opts.force) });
        }
        if (opts.pdf) {
          const { pdfBase64 } = await callChecked(call(core, 'proposals.reportPdf', { ...period, language }));
          writeOutputFile(opts.pdf, Buffer.from(pdfBase64, 'base64'), { force: Boolean(opts.force) });
        }
        if (!opts.csv && !opts.pdf) io.out(print(await callChecked(call(core, 'proposals.report', period))));
      },
    );
}
