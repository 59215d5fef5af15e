import { VAULT_CHANNELS } from '../../../../shared/features/vault';
import { verifyDatabase } from '../../db';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';

/** The vault's life cycle: setup, unlock (passphrase, recovery code, OS keychain), lock, verify. */
export function createVaultHandlers(context: CoreContext): FeatureHandlers<typeof VAULT_CHANNELS> {
  const { session } = context;
  const afterUnlock = () => session.setAutoLockMinutes(context.settings().autoLockMinutes);

  return {
    'app.info': () => ({ version: context.version, schemaVersion: context.schemaVersion }),
    'vault.status': () => ({
      state: session.state(),
      retryAfter: session.retryAfter()?.toISOString() ?? null,
      autoLockMinutes: session.autoLockMinutes(),
      deviceUnlockAvailable: session.deviceUnlockAvailable(),
      deviceRemembered: session.deviceRemembered(),
    }),
    'vault.setup': async ({ passphrase }) => {
      const recoveryCode = await session.setup(passphrase);
      afterUnlock();
      return { recoveryCode };
    },
    'vault.unlock': async ({ passphrase, remember }) => {
      await session.unlock(passphrase, remember);
      afterUnlock();
      return {};
    },
    'vault.unlockWithDevice': () => {
      session.unlockWithDevice();
      afterUnlock();
      return {};
    },
    'vault.forgetDevice': () => {
      session.forgetDevice();
      return {};
    },
    'vault.recover': async ({ recoveryCode, newPassphrase }) => {
      await session.recover(recoveryCode, newPassphrase);
      afterUnlock();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await session.changePassphrase(currentPassphrase, newPassphrase);
      return {};
    },
    'vault.lock': () => {
      session.lock('manual');
      return {};
    },
    'vault.touch': () => ({}),
    'vault.verify': () => {
      const check = verifyDatabase(session.database());
      if (check.integrity !== 'ok') session.markDamaged();
      return check;
    },
  };
}
