import type { Command } from 'commander';
import {
  ESCALATION_KINDS,
  ESCALATION_SEVERITIES,
  ESCALATION_FILTERS,
  ESCALATION_STATES,
  FEEDBACK_TAGS,
  FEEDBACK_TOPICS,
} from '../../../shared/features/escalations';
import type { Core } from '../../core/app';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import { firmToday, oneOf } from '../options';
import type { CliContext } from '../program';

const json = (value: unknown) => JSON.stringify(value, null, 2);

async function escalationVersion(core: Core, id: string): Promise<number> {
  const found = (await call(core, 'escalations.list', {})).find((e) => e.id === id);
  if (!found) throw new CliError(`找不到異常通報 ${id} / no escalation with id ${id}`);
  return found.version;
}

/** `feedback …`: client feedback filed under market-analysis tags, and its report by tag and month. */
function registerFeedbackCommands({ io, openCore, group }: CliContext): void {
  const feedback = group('feedback', 'client feedback (客戶回饋): log, list, report by tag and month');

  feedback
    .command('add')
    .description('log what a client said; prints it as JSON')
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--topic <topic>', `about: ${FEEDBACK_TOPICS.join(', ')}`)
    .requiredOption('--tags <tags>', `comma-separated analysis tags: ${FEEDBACK_TAGS.join(', ')}`)
    .requiredOption('--summary <text>', 'what the client said')
    .option('--received <date>', 'the day, YYYY-MM-DD (default today)')
    .option('--product <id>', 'the shelf product it concerns')
    .action(
      async (opts: {
        client: string;
        topic: string;
        tags: string;
        summary: string;
        received?: string;
        product?: string;
      }) => {
        const core = await openCore();
        const entry = await call(core, 'feedback.add', {
          data: {
            clientId: opts.client,
            topic: oneOf(opts.topic, FEEDBACK_TOPICS, '--topic'),
            tags: opts.tags.split(',').map((tag) => oneOf(tag.trim(), FEEDBACK_TAGS, '--tags')),
            summary: opts.summary,
            receivedOn: opts.received ?? (await firmToday(core)),
            productId: opts.product ?? null,
          },
        });
        io.out(json(entry));
      },
    );

  feedback
    .command('list')
    .description('feedback, newest first, as JSON')
    .option('--client <id>', 'only this client')
    .action(async (opts: { client?: string }) => {
      const core = await openCore();
      io.out(json(await call(core, 'feedback.list', opts.client ? { clientId: opts.client } : {})));
    });

  feedback
    .command('report')
    .description('feedback in a period counted by tag, topic and month, as JSON')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .action(async (opts: { from: string; to: string }) => {
      const core = await openCore();
      io.out(json(await call(core, 'feedback.report', { period: { from: opts.from, to: opts.to } })));
    });
}

/** `escalations …`: anomalies escalated, with their due time by severity and each action taken. */
function registerEscalationCommands({ io, openCore, group }: CliContext): void {
  const escalations = group('escalations', 'anomaly escalations (異常通報): raise, list, record actions');

  escalations
    .command('raise')
    .description('escalate an anomaly; prints it with its due time as JSON')
    .requiredOption('--client <id>', "the client's internal ID")
    .requiredOption('--kind <kind>', `what: ${ESCALATION_KINDS.join(', ')}`)
    .requiredOption('--severity <severity>', `how serious: ${ESCALATION_SEVERITIES.join(', ')}`)
    .requiredOption('--description <text>', 'what was noticed')
    .requiredOption('--told <whom>', 'who was told (supervisor, compliance…)')
    .option('--noticed <time>', 'when it was noticed, ISO with offset (default now)')
    .option('--told-at <time>', 'when they were told, ISO with offset (default now)')
    .action(
      async (opts: {
        client: string;
        kind: string;
        severity: string;
        description: string;
        told: string;
        noticed?: string;
        toldAt?: string;
      }) => {
        const core = await openCore();
        const now = new Date().toISOString();
        const raised = await call(core, 'escalations.raise', {
          data: {
            clientId: opts.client,
            kind: oneOf(opts.kind, ESCALATION_KINDS, '--kind'),
            severity: oneOf(opts.severity, ESCALATION_SEVERITIES, '--severity'),
            description: opts.description,
            toldWhom: opts.told,
            raisedAt: opts.noticed ?? now,
            toldAt: opts.toldAt ?? now,
          },
        });
        io.out(json(raised));
      },
    );

  escalations
    .command('list')
    .description('escalations, most urgent first, with due time and overdue flag, as JSON')
    .option('--state <state>', `only these: ${ESCALATION_FILTERS.join(', ')}`)
    .action(async (opts: { state?: string }) => {
      const core = await openCore();
      const state = opts.state ? oneOf(opts.state, ESCALATION_FILTERS, '--state') : undefined;
      io.out(json(await call(core, 'escalations.list', state ? { state } : {})));
    });

  escalations
    .command('act <id>')
    .description('record an action taken and the state it leaves (resolved closes it)')
    .requiredOption('--text <text>', 'what was done')
    .requiredOption('--state <state>', `the state after it: ${ESCALATION_STATES.join(', ')}`)
    .action(async (id: string, opts: { text: string; state: string }) => {
      const core = await openCore();
      const version = await escalationVersion(core, id);
      const state = oneOf(opts.state, ESCALATION_STATES, '--state');
      io.out(json(await call(core, 'escalations.act', { id, version, data: { text: opts.text, state } })));
    });
}

export function registerEscalationsCommands(_program: Command, context: CliContext): void {
  registerFeedbackCommands(context);
  registerEscalationCommands(context);
}
