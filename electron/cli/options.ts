import { today } from '../../shared/kernel/dates';
import type { Core } from '../core/app';
import { CliError } from './cli-io';
import { call } from './core-call';

/** An option's value checked against its allowed codes, refused in both languages otherwise. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(
      `${option} 須為 ${allowed.join('、')} 之一 / ${option} must be one of ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

/** Today in the firm's time zone: the default date of a record. */
export async function firmToday(core: Core): Promise<string> {
  return today((await call(core, 'settings.get', {})).timeZone);
}
