import { z } from 'zod';
import { auditContract, auditDetailWords } from '../features/audit';
import { clientsContract } from '../features/clients';
import { demoContract } from '../features/demo';
import { productsContract } from '../features/products';
import { kycContract } from '../features/kyc';
import { investorClassesContract } from '../features/investor-classes';
import { proposalsContract } from '../features/proposals';
import { settingsContract } from '../features/settings';
import { suitabilityContract } from '../features/suitability';
import { VAULT_EVENTS, vaultContract } from '../features/vault';
import { holdingsContract } from '../features/holdings';
import { goalsContract } from '../features/goals';
import { assumptionsContract } from '../features/capital-markets';
import { complianceContract } from '../features/compliance';
import { BACKUP_EVENTS, backupContract } from '../features/backup';
import { activitiesContract } from '../features/activities';
import { tiersContract } from '../features/tiers';
import type { Language } from '../i18n/messages';
import { CHANNEL_NAMES, type ChannelName } from './channel-names';
import type { AuditWords, Same } from './define';

/**
 * The one IPC contract: every channel the UI, the browser host and the CLI can call, merged from
 * the features' parts (one line each). Nothing crosses the process boundary outside it.
 */
export const contract = {
  ...vaultContract,
  ...clientsContract,
  ...settingsContract,
  ...auditContract,
  ...demoContract,
  ...productsContract,
  ...kycContract,
  ...suitabilityContract,
  ...investorClassesContract,
  ...holdingsContract,
  ...goalsContract,
  ...assumptionsContract,
  ...proposalsContract,
  ...complianceContract,
  ...backupContract,
  ...activitiesContract,
  ...tiersContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

// The names list and the contract must match both ways: no channel without a name, no name without a channel.
const namesMatchContract: Same<Channel, ChannelName> = true;
void namesMatchContract;

/** What a caller sends (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation and defaults). */
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** A CSV import's row error, as carried in `details.errors` of IMPORT_INVALID (any feature's import). */
export const importRowErrorSchema = z.object({
  /** 1-based line number in the file, the header being line 1. */
  line: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/**
 * Every audit action the core can write, with its words: the channels' declarations and the
 * events written without a channel. The closed list the compliance screen and the CSV name.
 */
export const AUDIT_ACTION_WORDS: Readonly<Record<string, AuditWords>> = Object.fromEntries([
  ...Object.values(contract).flatMap((spec) => (spec.audit ? [[spec.audit.action, spec.audit.words]] : [])),
  ...Object.values(VAULT_EVENTS).map((event) => [event.action, event.words]),
  ...Object.values(BACKUP_EVENTS).map((event) => [event.action, event.words]),
]);

/** An action in words; a name no longer declared (from an older version) is shown as it is. */
export function auditActionWords(action: string, language: Language): string {
  return AUDIT_ACTION_WORDS[action]?.[language] ?? action;
}

type DetailWords = (detail: string, language: Language) => string | null;

/** Each audited channel's own words for its details, by action. */
const DETAIL_WORDS: Readonly<Record<string, DetailWords>> = Object.fromEntries(
  Object.values(contract).flatMap((spec) =>
    spec.audit?.detailWords ? [[spec.audit.action, spec.audit.detailWords]] : [],
  ),
);

/**
 * An entry's detail in words: the words its channel declares, else the shared phrases and counts
 * (older entries, channels without words of their own); text neither knows is shown as it is.
 */
export function auditEntryDetailWords(action: string, detail: string, language: Language): string {
  const own = Object.hasOwn(DETAIL_WORDS, action) ? DETAIL_WORDS[action]!(detail, language) : null;
  return own ?? auditDetailWords(detail, language);
}
