import { describe, expect, it } from 'vitest';
import { vaultContract } from '../../../../shared/features/vault';
import { translateValidation } from '../../../../shared/i18n/messages';
import { Vault } from '../../../../electron/core/vault/vault';
import { AppError } from '../../../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from '../../../core/helpers/temp-dir';

const REFUSED: [string, string][] = [
  [' '.repeat(10), 'validation.passphrase.blank'],
  ['\u3000'.repeat(12), 'validation.passphrase.blank'],
  ['\t \n'.repeat(4), 'validation.passphrase.blank'],
  ['1234567890', 'validation.passphrase.common'],
  ['Password123', 'validation.passphrase.common'],
  ['qwerty uiop', 'validation.passphrase.common'],
  ['ｗｏａｉｎｉ１３１４', 'validation.passphrase.common'],
  ['aaaaaaaaaaaa', 'validation.passphrase.common'],
  ['short', 'validation.passphrase.short'],
];

function messageOf(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('new passphrase rules', () => {
  it.each(REFUSED)('the IPC contract refuses %j with %s in zh-TW', (passphrase, key) => {
    for (const [channel, input] of [
      ['vault.setup', { passphrase }],
      ['vault.recover', { recoveryCode: 'AAAAA', newPassphrase: passphrase }],
      ['vault.changePassphrase', { currentPassphrase: 'x', newPassphrase: passphrase }],
    ] as const) {
      const result = vaultContract[channel].input.safeParse(input);
      expect(result.success).toBe(false);
      expect(messageOf(result)).toBe(key);
    }
    expect(translateValidation(key, 'zh-TW')).toMatch(/密碼/);
    expect(translateValidation(key, 'en')).not.toBe(key);
  });

  it('the vault itself refuses them too, writing nothing', async () => {
    const dir = makeTempDataDir();
    try {
      for (const [passphrase, key] of REFUSED) {
        const error = await new Vault({ dataDir: dir }).create(passphrase).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).details).toEqual({ issues: [{ path: ['passphrase'], message: key }] });
      }
      expect(new Vault({ dataDir: dir }).isInitialized()).toBe(false);
    } finally {
      removeTempDataDir(dir);
    }
  });

  it('accepts a passphrase of ordinary words with spaces', () => {
    expect(
      vaultContract['vault.setup'].input.safeParse({ passphrase: 'correct horse 電池 staple' }).success,
    ).toBe(true);
  });
});
