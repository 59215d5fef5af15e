import { Option, type Command } from 'commander';
import { CONFIRMATION_METHODS } from '../../../shared/features/kyc';
import { today } from '../../../shared/kernel/dates';
import { call } from '../core-call';
import { CliError } from '../cli-io';
import { readJsonFile as readJson } from '../json-file';
import type { CliContext } from '../program';

/** An answers file: `{"answers": {"q_age": "from_40", …}, "questionnaire"?: {"id", "version"}}`. */
function answersFile(content: unknown, file: string) {
  const body = content as { answers?: unknown; questionnaire?: unknown } | null;
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.answers !== 'object' ||
    body.answers === null
  ) {
    throw new CliError(`${file} 須含 "answers" 物件（題目代碼對應選項代碼） (needs an "answers" object)`);
  }
  return {
    answers: body.answers as Record<string, string>,
    ...(body.questionnaire === undefined
      ? {}
      : { questionnaire: body.questionnaire as { id: string; version: number } }),
  };
}

export function registerKycCommands(program: Command, { io, openCore, group }: CliContext): void {
  const kyc = group(
    'kyc',
    'risk profiles (KYC): take the questionnaire, show, import a questionnaire version',
  );

  kyc
    .command('take')
    .description('score a JSON answers file on the active questionnaire and keep the assessment')
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--answers <file>', 'JSON: {"answers": {"q_age": "from_40", …}}')
    .action(async (opts: { client: string; answers: string }) => {
      const input = answersFile(await readJson(opts.answers), opts.answers);
      const core = await openCore();
      const assessment = await call(core, 'kyc.take', { clientId: opts.client, ...input });
      io.out(JSON.stringify(assessment, null, 2));
    });

  kyc
    .command('confirm')
    .description("record the client's confirmation of the latest assessment")
    .requiredOption('--client <id>', "the client's internal ID")
    .addOption(
      new Option('--method <method>', 'how the client confirmed')
        .choices(CONFIRMATION_METHODS)
        .makeOptionMandatory(),
    )
    .option('--on <YYYY-MM-DD>', 'the day the client confirmed (default: today in the firm time zone)')
    .action(async (opts: { client: string; method: (typeof CONFIRMATION_METHODS)[number]; on?: string }) => {
      const core = await openCore();
      const { profile } = await call(core, 'kyc.profile', { clientId: opts.client });
      if (!profile)
        throw new CliError('此客戶尚無風險屬性評估可確認 (the client has no assessment to confirm)');
      const on = opts.on ?? today((await call(core, 'settings.get', {})).timeZone);
      const confirmed = await call(core, 'kyc.confirm', {
        assessmentId: profile.assessmentId,
        method: opts.method,
        on,
      });
      io.out(JSON.stringify(confirmed, null, 2));
    });

  kyc
    .command('show')
    .description("the client's KYC standing and every assessment, as JSON")
    .requiredOption('--client <id>', "the client's internal ID")
    .action(async (opts: { client: string }) => {
      const core = await openCore();
      const standing = await call(core, 'kyc.profile', { clientId: opts.client });
      const history = await call(core, 'kyc.history', { clientId: opts.client });
      io.out(JSON.stringify({ ...standing, history }, null, 2));
    });

  kyc
    .command('questionnaire')
    .description('questionnaire versions')
    .command('import <file>')
    .description('a questionnaire version as JSON; it becomes the active one')
    .action(async (file: string) => {
      const document = await readJson(file);
      const core = await openCore();
      const summary = await call(core, 'kyc.importQuestionnaire', { document });
      io.out(`imported ${summary.id}@${summary.version} (${summary.questionCount} questions), now active`);
    });
}
