/** The encrypted store: open, migrate, verify, and one repository per aggregate. */
export { configureConnection, openDatabase, type Database, type OpenDatabaseOptions } from './open';
export { migrate, SCHEMA_VERSION } from './migrate';
export { verifyDatabase, type DatabaseCheck } from './verify';
export { ClientsRepository, type ClientRecord } from '../features/clients';
export { SettingsRepository } from '../features/settings';
export { AuditRepository, type NewAuditEntry } from '../kernel/audit-repository';
