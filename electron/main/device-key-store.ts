import { safeStorage } from 'electron';
import { createSafeStorageKeyStore } from './policy';

/** The OS keychain for "remember on this computer". */
export const safeStorageKeyStore = createSafeStorageKeyStore(safeStorage, process.platform);
