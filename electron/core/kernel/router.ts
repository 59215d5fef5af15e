import type { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelArgs,
  type ChannelOutput,
} from '../../../shared/ipc/contract';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../../shared/ipc/result';

/** A handler for each channel, typed from the contract, so a missing or extra one fails to compile. */
export type Handlers = {
  [C in Channel]: (input: ChannelArgs<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface RouterOptions {
  /** Answers LOCKED for channels that need the vault open while this returns false. */
  isUnlocked: () => boolean;
  /** Validate outputs too (development and tests): a handler returning the wrong shape is a bug. */
  checkOutputs: boolean;
  /** Called for unexpected errors with a message that holds no client data. */
  onInternalError?: (channel: string, error: unknown) => void;
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

/**
 * The core router: takes unknown input from any transport (Electron IPC, the browser host, the
 * CLI), validates it against the contract, runs the handler and wraps the outcome in a Result.
 */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return {
    async invoke(channel, input) {
      if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', 'unknown channel');
      const spec = contract[channel];
      if (spec.needsUnlock && !options.isUnlocked()) return fail('LOCKED', 'the vault is locked');

      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail('VALIDATION', `invalid input for ${channel}`, {
          issues: zodIssuesToFieldIssues(parsed.error),
        });
      }
      try {
        const handler = handlers[channel] as (args: unknown) => Promise<unknown> | unknown;
        const value = await handler(parsed.data);
        if (options.checkOutputs) {
          const checked = (spec.output as z.ZodType).safeParse(value);
          if (!checked.success) {
            options.onInternalError?.(channel, new Error(`output of ${channel} breaks the contract`));
            return fail('INTERNAL', `output of ${channel} breaks the contract`);
          }
        }
        return ok(value);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toInfo() };
        options.onInternalError?.(channel, error);
        return fail('INTERNAL', 'unexpected error');
      }
    },
  };
}
