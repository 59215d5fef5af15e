import type { Command } from 'commander';
import { deckIdSchema } from '../../../shared/features/briefings';
import { LANGUAGES, type Language } from '../../../shared/i18n/messages';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

const BAD_INPUT = 2;
const print = (value: unknown) => JSON.stringify(value, null, 2);

function deckId(raw: string): string {
  if (!deckIdSchema.safeParse(raw).success)
    throw new CliError('ID：簡報 ID 格式不符 / not a deck ID', BAD_INPUT);
  return raw;
}

function languageOption(value: string): Language {
  const language = LANGUAGES.find((l) => l === value);
  if (!language) throw new CliError('--lang: zh-TW / en', BAD_INPUT);
  return language;
}

/** `--handout 2|3`: slides to an A4 page. */
function perPageOption(value: string): 2 | 3 {
  if (value !== '2' && value !== '3')
    throw new CliError('--handout：每頁 2 或 3 張 / 2 or 3 slides a page', BAD_INPUT);
  return Number(value) as 2 | 3;
}

/** `briefings …`: the briefing decks (業務簡報): list them, write one as PDF. */
export function registerBriefingCommands(program: Command, { io, openCore, group }: CliContext): void {
  const briefings = group('briefings', 'briefing decks (業務簡報): list, PDF');

  briefings
    .command('list')
    .description('the decks, most recently saved first, as JSON')
    .option('--client <id>', "only one client's decks")
    .action(async (opts: { client?: string }) => {
      const core = await openCore();
      const { items } = await call(core, 'briefings.list', opts.client ? { clientId: opts.client } : {});
      io.out(print(items));
    });

  briefings
    .command('pdf <id>')
    .description('writes the deck as a PDF: 16:9 slides, or with --handout 2|3 an A4 handout with note lines')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--handout <perPage>', 'a handout with 2 or 3 slides to an A4 page')
    .option('--deck-version <n>', 'an older version of the deck')
    .option(
      '--reveal',
      "show the client's name and amounts (a client-specific deck; recorded in the audit trail)",
    )
    .option('--lang <language>', 'zh-TW | en', 'zh-TW')
    .option('--force', 'replace the file if it exists')
    .action(
      async (
        raw: string,
        opts: {
          out: string;
          handout?: string;
          deckVersion?: string;
          reveal?: boolean;
          lang: string;
          force?: boolean;
        },
      ) => {
        const version = opts.deckVersion === undefined ? undefined : Number(opts.deckVersion);
        if (version !== undefined && !(Number.isInteger(version) && version > 0)) {
          throw new CliError('--deck-version：須為正整數 / a positive whole number', BAD_INPUT);
        }
        const input = {
          deckId: deckId(raw),
          language: languageOption(opts.lang),
          ...(opts.handout === undefined
            ? { variant: 'slides' as const }
            : { variant: 'handout' as const, perPage: perPageOption(opts.handout) }),
          ...(version === undefined ? {} : { version }),
          ...(opts.reveal ? { reveal: true } : {}),
        };
        const core = await openCore();
        const pdf = await call(core, 'briefings.pdf', input);
        writeOutputFile(opts.out, Buffer.from(pdf.pdfBase64, 'base64'), { force: Boolean(opts.force) });
        io.out(print({ file: opts.out, pages: pdf.pageCount, version: pdf.version }));
      },
    );
}
