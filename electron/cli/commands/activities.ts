import { Option, type Command } from 'commander';
import {
  ACTIVITY_KIND_WORDS,
  CONTACT_CHANNELS,
  CONTACT_DIRECTIONS,
  activityHeadline,
  type ActivityInput,
  type FollowUpInput,
} from '../../../shared/features/activities';
import { today } from '../../../shared/kernel/dates';
import { call } from '../core-call';
import { CliError } from '../cli-io';
import { readJsonFile } from '../json-file';
import type { CliContext } from '../program';

interface AddOptions {
  client: string;
  input?: string;
  channel?: (typeof CONTACT_CHANNELS)[number];
  direction: (typeof CONTACT_DIRECTIONS)[number];
  subject?: string;
  outcome?: string;
  materials?: string;
  date?: string;
  time?: string;
}

/** `{"activity": {...}, "followUps"?: [...]}` from a file. */
function activityFile(
  content: unknown,
  file: string,
): { activity: ActivityInput; followUps?: FollowUpInput[] } {
  const body = content as { activity?: unknown; followUps?: unknown } | null;
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.activity !== 'object' ||
    body.activity === null
  ) {
    throw new CliError(`${file} 須含 "activity" 物件 (needs an "activity" object)`);
  }
  return {
    activity: body.activity as ActivityInput,
    ...(body.followUps === undefined ? {} : { followUps: body.followUps as FollowUpInput[] }),
  };
}

/** `activities …`: a client's timeline; a contact in one line, any activity from a JSON file. */
export function registerActivityCommands(program: Command, { io, openCore, group }: CliContext): void {
  const activities = group(
    'activities',
    'client activities (活動紀錄): log a contact, visit, plan or interview; list a timeline',
  );

  activities
    .command('add')
    .description(
      'log a contact (--channel and --subject), or any activity from a JSON file (--input: {"activity": {...}, "followUps": [...]})',
    )
    .requiredOption('--client <id>', "the client's internal ID")
    .option('--input <file>', 'JSON: {"activity": {"kind": "visit", ...}, "followUps": [{"title", "dueOn"}]}')
    .addOption(new Option('--channel <channel>', 'the contact channel').choices(CONTACT_CHANNELS))
    .addOption(
      new Option('--direction <direction>', 'to or from the client')
        .choices(CONTACT_DIRECTIONS)
        .default('out'),
    )
    .option('--subject <text>', 'the subject')
    .option('--outcome <text>', 'the outcome')
    .option('--materials <text>', 'materials given or sent')
    .option('--date <YYYY-MM-DD>', 'the day (default: today in the firm time zone)')
    .option('--time <HH:MM>', 'the time of day')
    .action(async (opts: AddOptions) => {
      if ((opts.input === undefined) === (opts.channel === undefined)) {
        throw new CliError(
          '請指定 --input 檔案或 --channel 與 --subject 之一 (give --input, or --channel with --subject)',
        );
      }
      const fromFile =
        opts.input === undefined ? null : activityFile(await readJsonFile(opts.input), opts.input);
      const core = await openCore();
      const date = opts.date ?? today((await call(core, 'settings.get', {})).timeZone);
      const input = fromFile ?? {
        activity: {
          kind: 'contact' as const,
          date,
          time: opts.time ?? null,
          channel: opts.channel!,
          direction: opts.direction,
          subject: opts.subject ?? '',
          materials: opts.materials ?? null,
          outcome: opts.outcome ?? null,
        },
      };
      const added = await call(core, 'activities.add', { clientId: opts.client, ...input });
      io.out(JSON.stringify(added, null, 2));
    });

  activities
    .command('list')
    .description("the client's timeline, newest first (one line each, or --json)")
    .requiredOption('--client <id>', "the client's internal ID")
    .option('--json', 'the timeline and follow-ups as JSON')
    .action(async (opts: { client: string; json?: boolean }) => {
      const core = await openCore();
      const timeline = await call(core, 'activities.timeline', { clientId: opts.client });
      if (opts.json) {
        io.out(JSON.stringify(timeline, null, 2));
        return;
      }
      for (const a of timeline.activities) {
        const kind = ACTIVITY_KIND_WORDS[a.kind]['zh-TW'];
        io.out(`${a.date}${a.time ? ` ${a.time}` : ''}\t${kind}\t${activityHeadline(a, 'zh-TW')}\t${a.id}`);
      }
      for (const f of timeline.followUps) {
        io.out(`${f.dueOn}\t待辦${f.doneOn ? '（已完成）' : ''}\t${f.title}\t${f.id}`);
      }
    });
}
