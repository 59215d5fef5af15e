import { safeStorage } from 'electron';
import type { DeviceKeyStore } from '../core/app';

/**
 * "Remember on this computer" over Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet).
 * Refused where Linux falls back to basic_text, which is a hard-coded key, not protection.
 */
export const safeStorageKeyStore: DeviceKeyStore = {
  isAvailable() {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  seal: (plain) => safeStorage.encryptString(plain.toString('base64')),
  unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};
