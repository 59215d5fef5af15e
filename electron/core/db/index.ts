/** The encrypted store: open, migrate, verify. Repositories live with their features. */
export {
  configureConnection,
  openDatabase,
  type Database,
  type OpenDatabaseOptions,
  type Statement,
} from './open';
export { migrate, SCHEMA_VERSION } from './migrate';
export { verifyDatabase, type DatabaseCheck } from './verify';
export { storageFailure, damagedDatabase, diskFull, isWriteRefused, RESTORE_HINT } from './storage-errors';
