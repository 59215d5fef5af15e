import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';

/**
 * The key envelope (vault.json): the 32-byte data key, wrapped once per unlock method ("slot").
 * Each slot: scrypt(secret, salt) → a 32-byte wrapping key → AES-256-GCM over the data key, with
 * the ASCII string `advisordesk-vault/1/<slot>` as additional authenticated data.
 * docs/security.md describes this byte for byte; keep the two in step.
 */

export const DATA_KEY_BYTES = 32;
export const ENVELOPE_FORMAT = 'advisordesk-vault';
export const ENVELOPE_VERSION = 1;

/** scrypt N = 2^17, r = 8, p = 1: ~0.3-0.5 s and 128 MiB per attempt. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SlotName = 'passphrase' | 'recovery';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const slotSchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    // Bounds keep a tampered envelope from asking for gigabytes of memory.
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 18),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    dkLen: z.literal(32),
    salt: base64,
  }),
  cipher: z.object({
    name: z.literal('aes-256-gcm'),
    iv: base64,
    tag: base64,
  }),
  wrappedKey: base64,
});
export type KeySlot = z.infer<typeof slotSchema>;

const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  slots: z.object({ passphrase: slotSchema, recovery: slotSchema }),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** The AAD binding a wrapped key to its slot, so slots cannot be swapped unnoticed. */
export function slotAad(slot: SlotName): Buffer {
  return Buffer.from(`${ENVELOPE_FORMAT}/${ENVELOPE_VERSION}/${slot}`, 'ascii');
}

function deriveKey(
  secret: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  // Node refuses scrypt above 32 MiB unless maxmem is raised; it needs 128 × N × r bytes.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(secret.normalize('NFC'), 'utf8'), salt, DATA_KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function wrapKey(dataKey: Buffer, secret: string, slot: SlotName): Promise<KeySlot> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const wrappingKey = await deriveKey(secret, salt, SCRYPT_PARAMS);
  try {
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(slotAad(slot));
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kdf: { name: 'scrypt', ...SCRYPT_PARAMS, dkLen: DATA_KEY_BYTES, salt: salt.toString('base64') },
      cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
      wrappedKey: wrapped.toString('base64'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

/** The data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(slot: KeySlot, secret: string, name: SlotName): Promise<Buffer | null> {
  const { N, r, p } = slot.kdf;
  const wrappingKey = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'base64'), { N, r, p });
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.cipher.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(slotAad(name));
    decipher.setAuthTag(Buffer.from(slot.cipher.tag, 'base64'));
    // GCM's final() only checks the tag and returns nothing, so update() holds the whole key:
    // no concatenation that would leave an unwiped copy behind.
    const dataKey = decipher.update(Buffer.from(slot.wrappedKey, 'base64'));
    try {
      decipher.final();
    } catch {
      dataKey.fill(0);
      return null;
    }
    if (dataKey.length !== DATA_KEY_BYTES) throw new AppError('VAULT_CORRUPT', 'the key envelope is damaged');
    return dataKey;
  } finally {
    wrappingKey.fill(0);
  }
}

export function serializeEnvelope(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export function parseEnvelope(text: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_CORRUPT', 'the key envelope is not valid JSON');
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw new AppError('VAULT_CORRUPT', 'the key envelope has an unknown format');
  for (const slot of Object.values(parsed.data.slots)) {
    const sizes = [
      Buffer.from(slot.kdf.salt, 'base64').length,
      Buffer.from(slot.cipher.iv, 'base64').length,
      Buffer.from(slot.cipher.tag, 'base64').length,
    ];
    if (sizes[0] !== SALT_BYTES || sizes[1] !== IV_BYTES || sizes[2] !== TAG_BYTES) {
      throw new AppError('VAULT_CORRUPT', 'the key envelope has a damaged slot');
    }
  }
  return parsed.data;
}
