import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseEnvelope,
  serializeEnvelope,
  slotAad,
  unwrapKey,
  type KeySlot,
  type SlotName,
} from '../../electron/core/vault/envelope';
import { normalizeRecoveryCode } from '../../electron/core/vault/recovery-code';
import { ENVELOPE_FILE_NAME } from '../../electron/core/vault/vault';

/**
 * The suites unlock thousands of times. The envelope keeps each slot's scrypt parameters, and
 * unwrapping uses them, so a test vault whose slots are re-wrapped with the smallest N the format
 * accepts (2^14) unlocks in a few milliseconds instead of ~0.4 s. The data key, the database and
 * every code path stay the same; a passphrase change or recovery writes full-strength slots again.
 */
const CHEAP = { N: 2 ** 14, r: 8, p: 1 } as const;

function cheapSlot(dataKey: Buffer, secret: string, name: SlotName): KeySlot {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = scryptSync(Buffer.from(secret.normalize('NFC'), 'utf8'), salt, 32, {
    ...CHEAP,
    maxmem: 256 * CHEAP.N * CHEAP.r,
  });
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: 16 });
  cipher.setAAD(slotAad(name));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf: { name: 'scrypt', ...CHEAP, dkLen: 32, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    wrappedKey: wrapped.toString('base64'),
  };
}

/**
 * Re-wraps the slots of `dataDir`'s envelope with cheap scrypt parameters (test vaults only); the
 * recovery slot is kept as it is when no recovery code is given.
 */
export async function cheapenEnvelope(
  dataDir: string,
  passphrase: string,
  recoveryCode: string | null,
): Promise<void> {
  const file = join(dataDir, ENVELOPE_FILE_NAME);
  const envelope = parseEnvelope(readFileSync(file, 'utf8'));
  const dataKey = await unwrapKey(envelope.slots.passphrase, passphrase, 'passphrase');
  if (!dataKey) throw new Error('cheapenEnvelope: wrong passphrase');
  const slots = {
    passphrase: cheapSlot(dataKey, passphrase, 'passphrase'),
    recovery:
      recoveryCode === null
        ? envelope.slots.recovery
        : cheapSlot(dataKey, normalizeRecoveryCode(recoveryCode)!, 'recovery'),
  };
  dataKey.fill(0);
  writeFileSync(file, serializeEnvelope({ ...envelope, slots }));
}
