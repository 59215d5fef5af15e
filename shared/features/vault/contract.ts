import { z } from 'zod';
import { channel, contractPart, type AuditEvent } from '../../ipc/define';
import { VAULT_CHANNELS } from './channels';
import { passphraseProblem } from './passphrase-rules';

const none = z.object({}).strict();
const empty = z.object({});

export const vaultStateSchema = z.enum(['uninitialized', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

const passphraseSchema = z.string().superRefine((passphrase, context) => {
  const problem = passphraseProblem(passphrase);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * Vault events with no channel of their own: the session writes them (a lock closes the database,
 * so its entry is written just before; failed unlocks are kept and written at the next unlock).
 */
export const VAULT_EVENTS = {
  lock: { action: 'vault.lock', entity: 'vault', words: { 'zh-TW': '鎖定', en: 'Locked' } },
  autoLock: {
    action: 'vault.auto_lock',
    entity: 'vault',
    words: { 'zh-TW': '閒置自動鎖定', en: 'Locked after idle time' },
  },
  unlockFailed: {
    action: 'vault.unlock_failed',
    entity: 'vault',
    words: {
      'zh-TW': '解鎖失敗（密碼或復原碼錯誤）',
      en: 'Failed unlock (wrong passphrase or recovery code)',
    },
  },
} as const satisfies Record<string, AuditEvent>;

export const vaultContract = contractPart(VAULT_CHANNELS, {
  'app.info': channel({
    input: none,
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
    needsUnlock: false,
    audit: null,
  }),
  'vault.status': channel({
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
    audit: null,
  }),
  'vault.setup': channel({
    input: z.object({ passphrase: passphraseSchema }).strict(),
    /** The recovery code is shown once, here, and never again. */
    output: z.object({ recoveryCode: z.string() }),
    needsUnlock: false,
    audit: {
      action: 'vault.setup',
      entity: 'vault',
      words: { 'zh-TW': '建立加密資料庫', en: 'Created the vault' },
    },
  }),
  'vault.unlock': channel({
    input: z
      .object({
        passphrase: z.string().min(1).max(1024),
        /** Also keep the key in the OS keychain, where available. */
        remember: z.boolean().default(false),
      })
      .strict(),
    output: empty,
    needsUnlock: false,
    audit: {
      action: 'vault.unlock',
      entity: 'vault',
      words: { 'zh-TW': '以密碼解鎖', en: 'Unlocked with the passphrase' },
      detail: (input) => (input.remember ? 'remembered on this computer' : null),
    },
  }),
  /** Unlock with the key kept in the OS keychain ("remember on this computer"). */
  'vault.unlockWithDevice': channel({
    input: none,
    output: empty,
    needsUnlock: false,
    audit: {
      action: 'vault.unlock_device',
      entity: 'vault',
      words: { 'zh-TW': '以本機鑰匙圈解鎖', en: 'Unlocked with this computer' },
    },
  }),
  /** Drops the key kept in the OS keychain. */
  'vault.forgetDevice': channel({ input: none, output: empty, needsUnlock: false, audit: null }),
  'vault.recover': channel({
    input: z.object({ recoveryCode: z.string().min(1).max(200), newPassphrase: passphraseSchema }).strict(),
    output: empty,
    needsUnlock: false,
    audit: {
      action: 'vault.recover',
      entity: 'vault',
      words: { 'zh-TW': '以復原碼解鎖並重設密碼', en: 'Recovered with the recovery code' },
    },
  }),
  'vault.changePassphrase': channel({
    input: z
      .object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphraseSchema })
      .strict(),
    output: empty,
    needsUnlock: true,
    audit: {
      action: 'vault.change_passphrase',
      entity: 'vault',
      words: { 'zh-TW': '變更密碼', en: 'Changed the passphrase' },
    },
  }),
  /** Locks now; the entry is written by the session before the database closes. */
  'vault.lock': channel({ input: none, output: empty, needsUnlock: false, audit: null }),
  /** Tells the core the user is active, which postpones auto-lock. */
  'vault.touch': channel({ input: none, output: empty, needsUnlock: true, audit: null }),
  /** Integrity check and migration state of the open database. */
  'vault.verify': channel({
    input: none,
    output: z.object({
      /** "ok", or the problems SQLite's integrity checks found. */
      integrity: z.string(),
      schemaVersion: z.number().int(),
      expectedVersion: z.number().int(),
      cipher: z.string(),
    }),
    needsUnlock: true,
    audit: null,
  }),
});
