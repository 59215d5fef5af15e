import { z } from 'zod';
import {
  clientIdSchema,
  clientInputSchema,
  clientListQuerySchema,
  clientSchema,
  clientSummarySchema,
  clientUpdateSchema,
} from '../features/clients';
import { AUDIT_ACTIONS } from '../features/audit';
import { settingsPatchSchema, settingsSchema } from '../features/settings';
import { CHANNEL_NAMES, type ChannelName } from './channel-names';
import { DEFAULT_PAGE_SIZE, MAX_IMPORT_CSV_CHARS, MAX_PAGE_SIZE } from '../kernel/limits';

/**
 * The one IPC contract: every channel the UI, the browser host and the CLI can call, with the
 * schema of its input and of its output. Nothing crosses the process boundary outside it.
 */

const none = z.object({}).strict();
const empty = z.object({});

export const vaultStateSchema = z.enum(['uninitialized', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

const passphraseSchema = z
  .string()
  .min(10, { message: 'validation.passphrase.short' })
  .max(1024, { message: 'validation.tooLong' });

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** Never client data: field names and counts only. */
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const importRowErrorSchema = z.object({
  /** 1-based line number in the file, the header being line 1. */
  line: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const contract = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
    needsUnlock: false,
  },
  'vault.status': {
    input: none,
    output: z.object({
      state: vaultStateSchema,
      /** While failed attempts back off, the next attempt is refused until then (ISO time). */
      retryAfter: z.string().nullable(),
      autoLockMinutes: z.number().int().nullable(),
      /** The OS keychain can keep the key ("remember on this computer"): Electron only, never basic_text. */
      deviceUnlockAvailable: z.boolean(),
      /** A key is kept in the OS keychain for this vault. */
      deviceRemembered: z.boolean(),
    }),
    needsUnlock: false,
  },
  'vault.setup': {
    input: z.object({ passphrase: passphraseSchema }).strict(),
    /** The recovery code is shown once, here, and never again. */
    output: z.object({ recoveryCode: z.string() }),
    needsUnlock: false,
  },
  'vault.unlock': {
    input: z
      .object({
        passphrase: z.string().min(1).max(1024),
        /** Also keep the key in the OS keychain, where available. */
        remember: z.boolean().default(false),
      })
      .strict(),
    output: empty,
    needsUnlock: false,
  },
  /** Unlock with the key kept in the OS keychain ("remember on this computer"). */
  'vault.unlockWithDevice': { input: none, output: empty, needsUnlock: false },
  /** Drops the key kept in the OS keychain. */
  'vault.forgetDevice': { input: none, output: empty, needsUnlock: false },
  'vault.recover': {
    input: z.object({ recoveryCode: z.string().min(1).max(200), newPassphrase: passphraseSchema }).strict(),
    output: empty,
    needsUnlock: false,
  },
  'vault.changePassphrase': {
    input: z
      .object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphraseSchema })
      .strict(),
    output: empty,
    needsUnlock: true,
  },
  'vault.lock': { input: none, output: empty, needsUnlock: false },
  /** Tells the core the user is active, which postpones auto-lock. */
  'vault.touch': { input: none, output: empty, needsUnlock: true },
  'clients.list': {
    input: clientListQuerySchema.strict(),
    output: z.object({ total: z.number().int(), items: z.array(clientSummarySchema) }),
    needsUnlock: true,
  },
  'clients.get': {
    input: z.object({ id: clientIdSchema }).strict(),
    output: clientSchema,
    needsUnlock: true,
  },
  'clients.create': {
    input: z.object({ data: clientInputSchema }).strict(),
    output: clientSchema,
    needsUnlock: true,
  },
  'clients.update': {
    input: z
      .object({ id: clientIdSchema, version: z.number().int().positive(), data: clientUpdateSchema })
      .strict(),
    output: clientSchema,
    needsUnlock: true,
  },
  /** Shows one client's full national ID; every reveal is written to the audit trail. */
  'clients.revealNationalId': {
    input: z.object({ id: clientIdSchema }).strict(),
    output: z.object({ nationalId: z.string() }),
    needsUnlock: true,
  },
  /** All rows or none: any bad row fails the import with IMPORT_INVALID and row errors. */
  'clients.importCsv': {
    input: z.object({ csv: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: z.object({ imported: z.number().int() }),
    needsUnlock: true,
  },
  'clients.exportCsv': {
    input: z.object({ includeNationalId: z.boolean().default(false) }).strict(),
    output: z.object({ csv: z.string(), count: z.number().int() }),
    needsUnlock: true,
  },
  /** The one-page 客戶資料卡 as a base64 PDF (base64 so every transport carries it alike). */
  'clients.dossierPdf': {
    input: z.object({ id: clientIdSchema }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    needsUnlock: true,
  },
  'settings.get': { input: none, output: settingsSchema, needsUnlock: true },
  'settings.update': { input: settingsPatchSchema.strict(), output: settingsSchema, needsUnlock: true },
  'audit.list': {
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(auditEntrySchema) }),
    needsUnlock: true,
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType; needsUnlock: boolean }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

// The names list and the contract must match both ways: no channel without a name, no name without a channel.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
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
