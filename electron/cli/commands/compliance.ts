import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  COMPLAINT_CHANNELS_OF_RECEIPT,
  COMPLAINT_STATES,
  DATA_REQUEST_KINDS,
  IDENTITY_METHODS,
  type ComplaintState,
} from '../../../shared/features/compliance';
import type { Core } from '../../core/app';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import { firmToday, oneOf } from '../options';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

const json = (value: unknown) => JSON.stringify(value, null, 2);

async function complaintVersion(core: Core, id: string): Promise<number> {
  const found = (await call(core, 'complaints.list', {})).find((c) => c.id === id);
  if (!found) throw new CliError(`找不到客訴 ${id} / no complaint with id ${id}`);
  return found.version;
}

async function requestVersion(core: Core, id: string): Promise<number> {
  const found = (await call(core, 'privacy.requests', {})).find((r) => r.id === id);
  if (!found) throw new CliError(`找不到個資請求 ${id} / no personal-data request with id ${id}`);
  return found.version;
}

/** `complaints …`: the complaint log with its reply and Ombudsman deadlines. */
function registerComplaintCommands({ io, openCore, group }: CliContext): void {
  const complaints = group(
    'complaints',
    'complaints (客訴): log, list and reply, with the 30/60-day deadlines',
  );

  complaints
    .command('add')
    .description('log a complaint; prints it with its deadlines as JSON')
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--subject <text>', 'what the complaint is about')
    .requiredOption('--via <channel>', `how it came in: ${COMPLAINT_CHANNELS_OF_RECEIPT.join(', ')}`)
    .option('--received <date>', 'the day received, YYYY-MM-DD (default today)')
    .option('--product <id>', 'the shelf product it concerns')
    .option('--details <text>', 'more detail')
    .action(
      async (opts: {
        client: string;
        subject: string;
        via: string;
        received?: string;
        product?: string;
        details?: string;
      }) => {
        const core = await openCore();
        const complaint = await call(core, 'complaints.add', {
          data: {
            clientId: opts.client,
            subject: opts.subject,
            receivedVia: oneOf(opts.via, COMPLAINT_CHANNELS_OF_RECEIPT, '--via'),
            receivedOn: opts.received ?? (await firmToday(core)),
            productId: opts.product ?? null,
            details: opts.details ?? null,
          },
        });
        io.out(json(complaint));
      },
    );

  complaints
    .command('list')
    .description('complaints, newest first, with reply due day, Ombudsman window and overdue flags, as JSON')
    .option('--state <state>', `only this state: ${COMPLAINT_STATES.join(', ')}`)
    .action(async (opts: { state?: string }) => {
      const state: ComplaintState | undefined = opts.state
        ? oneOf(opts.state, COMPLAINT_STATES, '--state')
        : undefined;
      const core = await openCore();
      io.out(json(await call(core, 'complaints.list', state ? { state } : {})));
    });

  complaints
    .command('reply <id>')
    .description('record the reply to a complaint')
    .requiredOption('--reply <text>', 'the reply given')
    .option('--date <date>', 'the day replied, YYYY-MM-DD (default today)')
    .action(async (id: string, opts: { reply: string; date?: string }) => {
      const core = await openCore();
      const version = await complaintVersion(core, id);
      const repliedOn = opts.date ?? (await firmToday(core));
      io.out(
        json(await call(core, 'complaints.reply', { id, version, data: { reply: opts.reply, repliedOn } })),
      );
    });

  complaints
    .command('close <id>')
    .description('close a replied complaint')
    .action(async (id: string) => {
      const core = await openCore();
      io.out(json(await call(core, 'complaints.close', { id, version: await complaintVersion(core, id) })));
    });
}

/** `data-requests …`: personal-data requests (個資請求) and their answers. */
function registerDataRequestCommands({ io, openCore, group }: CliContext): void {
  const requests = group(
    'data-requests',
    'personal-data requests (個資當事人請求): log, list, answer, close',
  );

  requests
    .command('add')
    .description('log a request; the deadline comes from the compliance settings')
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--kind <kind>', `what is asked: ${DATA_REQUEST_KINDS.join(', ')}`)
    .requiredOption('--checked-by <name>', "who checked the requester's identity")
    .requiredOption('--method <method>', `how: ${IDENTITY_METHODS.join(', ')}`)
    .option('--received <date>', 'the day received, YYYY-MM-DD (default today)')
    .option('--details <text>', 'more detail')
    .action(
      async (opts: {
        client: string;
        kind: string;
        checkedBy: string;
        method: string;
        received?: string;
        details?: string;
      }) => {
        const core = await openCore();
        const request = await call(core, 'privacy.addRequest', {
          data: {
            clientId: opts.client,
            kind: oneOf(opts.kind, DATA_REQUEST_KINDS, '--kind'),
            identityCheckedBy: opts.checkedBy,
            identityMethod: oneOf(opts.method, IDENTITY_METHODS, '--method'),
            receivedOn: opts.received ?? (await firmToday(core)),
            details: opts.details ?? null,
          },
        });
        io.out(json(request));
      },
    );

  requests
    .command('list')
    .description('requests, newest first, with due day and overdue flag, as JSON')
    .option('--open', 'only requests still open')
    .action(async (opts: { open?: boolean }) => {
      const core = await openCore();
      io.out(json(await call(core, 'privacy.requests', opts.open ? { openOnly: true } : {})));
    });

  requests
    .command('close <id>')
    .description(
      'close a request as done or refused, with its outcome (a delete request is done by `delete`)',
    )
    .requiredOption('--outcome <text>', 'what was done, or why it was refused')
    .option('--refused', 'the request was refused (by law)')
    .option('--date <date>', 'the day closed, YYYY-MM-DD (default today)')
    .action(async (id: string, opts: { outcome: string; refused?: boolean; date?: string }) => {
      const core = await openCore();
      const version = await requestVersion(core, id);
      const closedOn = opts.date ?? (await firmToday(core));
      const state = opts.refused ? 'refused' : 'done';
      io.out(
        json(
          await call(core, 'privacy.closeRequest', {
            id,
            version,
            data: { state, outcome: opts.outcome, closedOn },
          }),
        ),
      );
    });

  requests
    .command('extend <id>')
    .description(
      "extend the deadline once, by the kind's period (個資法 第 13 條), after telling the requester why in writing",
    )
    .requiredOption('--reason <text>', 'why, as told to the requester')
    .option('--date <date>', 'the day the requester was told, YYYY-MM-DD (default today)')
    .action(async (id: string, opts: { reason: string; date?: string }) => {
      const core = await openCore();
      const version = await requestVersion(core, id);
      const extendedOn = opts.date ?? (await firmToday(core));
      io.out(
        json(
          await call(core, 'privacy.extendRequest', {
            id,
            version,
            data: { extendedOn, reason: opts.reason },
          }),
        ),
      );
    });

  requests
    .command('copy <id>')
    .description(
      "answer a see or copy request: the client's data as a PDF, one JSON and CSVs in a new folder; audited",
    )
    .requiredOption('--out <folder>', 'the folder to create the package folder in')
    .option('--english', 'in English (default zh-TW)')
    .option('--full-national-id', 'show the national ID in full (masked by default; audited)')
    .action(async (id: string, opts: { out: string; english?: boolean; fullNationalId?: boolean }) => {
      const core = await openCore();
      const pack = await call(core, 'privacy.copyPackage', {
        id,
        language: opts.english ? 'en' : 'zh-TW',
        fullNationalId: opts.fullNationalId ?? false,
      });
      if (!existsSync(opts.out))
        throw new CliError(`資料夾 ${opts.out} 不存在 / the folder ${opts.out} does not exist`);
      const folder = join(opts.out, pack.folderName);
      if (existsSync(folder)) throw new CliError(`${folder} 已存在 / ${folder} already exists`);
      mkdirSync(folder, { mode: 0o700 });
      for (const file of pack.files) {
        writeOutputFile(
          join(folder, file.name),
          file.base64 !== null ? Buffer.from(file.base64, 'base64') : file.text!,
        );
      }
      io.out(`wrote ${pack.files.length} files to ${folder}`);
    });

  requests
    .command('delete <id>')
    .description(
      "carry out a delete request: removes the client's personal data, keeping what retention requires",
    )
    .requiredOption('--reason <text>', 'why (recorded as the outcome)')
    .option('--yes', 'confirm the deletion (it cannot be undone)')
    .action(async (id: string, opts: { reason: string; yes?: boolean }) => {
      if (!opts.yes)
        throw new CliError('刪除無法復原，請加上 --yes 確認 / deletion cannot be undone: confirm with --yes');
      const core = await openCore();
      io.out(json(await call(core, 'privacy.deleteClient', { id, reason: opts.reason })));
    });
}

/** `compliance …`: misconduct flags and the dashboard. */
function registerComplianceGroup({ io, openCore, group }: CliContext): void {
  const compliance = group('compliance', 'compliance (合規): shared-contact flags and the dashboard');

  compliance
    .command('flags')
    .description('advisors and clients, or unrelated clients, sharing an address, email or phone, as JSON')
    .option('--all', 'include flags already reviewed')
    .action(async (opts: { all?: boolean }) => {
      const core = await openCore();
      io.out(json(await call(core, 'compliance.flags', opts.all ? { includeReviewed: true } : {})));
    });

  compliance
    .command('review-flag <key>')
    .description('mark a flag reviewed with a note (audited)')
    .requiredOption('--note <text>', 'what the review found')
    .action(async (key: string, opts: { note: string }) => {
      const core = await openCore();
      io.out(json(await call(core, 'compliance.reviewFlag', { key, note: opts.note })));
    });

  compliance
    .command('dashboard')
    .description(
      'the dashboard cards: KYC due, overrides, open complaints, pending requests, audit chain, backup',
    )
    .action(async () => {
      const core = await openCore();
      io.out(json(await call(core, 'compliance.dashboard', {})));
    });
}

export function registerComplianceCommands(_program: Command, context: CliContext): void {
  registerComplaintCommands(context);
  registerDataRequestCommands(context);
  registerComplianceGroup(context);
}
