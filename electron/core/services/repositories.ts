import type Database from 'better-sqlite3-multiple-ciphers';
import { AuditRepository, ClientsRepository, SettingsRepository } from '../db';

/** The repositories over one open database; made on unlock, dropped on lock. */
export interface CoreRepositories {
  db: Database.Database;
  clients: ClientsRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
}

export function createRepositories(db: Database.Database): CoreRepositories {
  return {
    db,
    clients: new ClientsRepository(db),
    settings: new SettingsRepository(db),
    audit: new AuditRepository(db),
  };
}
