import type { Core } from '../core/app';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { ErrorInfo, FieldIssue } from '../../shared/ipc/result';
import { translateValidation } from '../../shared/i18n/messages';
import { CliError } from './cli-io';

/** One problem with its place, in zh-TW then English: `items.1.weightPercent: 此欄位為必填 / This field is required`. */
export function bilingual(where: string, messageKey: string): string {
  return `${where}: ${translateValidation(messageKey, 'zh-TW')} / ${translateValidation(messageKey, 'en')}`;
}

function describeDetails(error: ErrorInfo): string {
  const details = error.details as {
    issues?: FieldIssue[];
    errors?: { line: number; field: string; message: string }[];
    problems?: { 'zh-TW': string }[];
  };
  // Problems come worded already, naming their question (a KYC questionnaire or answers file).
  if (details?.problems) return details.problems.map((p) => p['zh-TW']).join('；');
  if (details?.issues) {
    return details.issues.map((i) => bilingual(i.path.join('.'), i.message)).join('; ');
  }
  if (details?.errors) {
    const shown = details.errors.slice(0, 20).map((e) => bilingual(`line ${e.line} ${e.field}`, e.message));
    const more = details.errors.length > 20 ? `; and ${details.errors.length - 20} more` : '';
    return shown.join('; ') + more;
  }
  return '';
}

/** Calls one channel through the core's router and returns its value, or throws a one-line CliError. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await core.invoke(channel, input);
  if (result.ok) return result.value as ChannelOutput<C>;
  const details = describeDetails(result.error);
  throw new CliError(`${result.error.code}: ${result.error.message}${details ? ` (${details})` : ''}`);
}
