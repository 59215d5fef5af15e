import type { z } from 'zod';
import { contract, isChannel } from '../../../shared/ipc/contract';
import type { ChannelAudit, ChannelSpec } from '../../../shared/ipc/define';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../../shared/ipc/result';
import type { NewAuditEntry } from './audit-trail';
import { storageFailure } from '../db';
import { WriteAfter, type Handlers } from './handlers';

export type { Handlers } from './handlers';

export interface RouterOptions {
  /** Answers LOCKED for channels that need the vault open while this returns false. */
  isUnlocked: () => boolean;
  /** Runs `work` in one transaction of the open database. */
  unitOfWork: <T>(work: () => T) => T;
  /** Appends an audit entry; called inside the unit of work of the call it records. */
  audit: (entry: NewAuditEntry) => void;
  /** Validate outputs too (development and tests): a handler returning the wrong shape is a bug. */
  checkOutputs: boolean;
  /** Called for unexpected errors with a message that holds no client data. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Told of a full disk or a damaged database (DISK_FULL, DB_CORRUPT), which answer their own codes. */
  onStorageFailure?: (failure: AppError) => void;
}

export interface Router {
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
}

export function zodIssuesToFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
}

class BrokenContract extends Error {}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function auditEntry(audit: ChannelAudit<unknown, unknown>, input: unknown, output: unknown): NewAuditEntry {
  return {
    action: audit.action,
    entity: audit.entity,
    entityId: audit.entityId?.(input, output) ?? null,
    detail: audit.detail?.(input, output) ?? null,
  };
}

/**
 * The core router: takes unknown input from any transport (Electron IPC, the browser host, the
 * CLI), validates it against the contract, runs the handler and wraps the outcome in a Result.
 *
 * Cross-cutting policy lives here, declared per channel in the contract: a channel that needs the
 * vault open runs as one unit of work (one transaction), and its audit entry is written inside
 * that same transaction, so a change and its record commit together or not at all. A handler that
 * returns a promise (scrypt, PDF rendering) must not write: its audit entry is written in a
 * transaction of its own once it resolves. One that must await before it writes returns a
 * WriteAfter: its write and its audit entry share one transaction after the wait.
 */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return {
    async invoke(channel, input) {
      if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', 'unknown channel');
      const spec: ChannelSpec = contract[channel];
      if (spec.needsUnlock && !options.isUnlocked()) return fail('LOCKED', 'the vault is locked');

      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail('VALIDATION', `invalid input for ${channel}`, {
          issues: zodIssuesToFieldIssues(parsed.error),
        });
      }
      const args = parsed.data;
      const handler = handlers[channel] as (args: unknown) => unknown;
      const checkOutput = (value: unknown): void => {
        if (options.checkOutputs && !spec.output.safeParse(value).success) {
          throw new BrokenContract(`output of ${channel} breaks the contract`);
        }
      };
      const finish = (value: unknown): unknown => {
        checkOutput(value);
        if (spec.audit && (spec.audit.only?.(args, value) ?? true))
          options.audit(auditEntry(spec.audit, args, value));
        return value;
      };
      try {
        let value: unknown;
        if (spec.needsUnlock) {
          const step = options.unitOfWork(() => {
            const result = handler(args);
            if (result instanceof WriteAfter) return { later: (result as WriteAfter<unknown>).write };
            return isThenable(result) ? { pending: result } : { done: finish(result) };
          });
          if ('later' in step && step.later) {
            const write = await step.later;
            value = options.unitOfWork(() => finish(write()));
          } else {
            value = 'done' in step ? step.done : await step.pending;
            if ('pending' in step) options.unitOfWork(() => finish(value));
          }
        } else {
          value = await handler(args);
          // A vault channel that opened the database (setup, unlock, recover) records itself in it.
          if (spec.audit && options.isUnlocked()) options.unitOfWork(() => finish(value));
          else checkOutput(value);
        }
        return ok(value);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toInfo() };
        const stored = storageFailure(error);
        if (stored) {
          options.onStorageFailure?.(stored);
          return { ok: false, error: stored.toInfo() };
        }
        options.onInternalError?.(channel, error);
        if (error instanceof BrokenContract) return fail('INTERNAL', error.message);
        return fail('INTERNAL', 'unexpected error');
      }
    },
  };
}
