import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ClientData } from '../../../shared/features/clients/schema';
import { nationalIdCheckDigit } from '../../../shared/features/clients/national-id';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schema';
import { afterEach, beforeEach } from 'vitest';
import { migrate, openDatabase, type Database } from '../../../electron/core/db';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';

export const RATES = DEFAULT_SETTINGS.fxRates;
export const NOW = '2026-11-20T08:00:00.000Z';

let serial = 0;

/** A valid national ID not used by any earlier call: the store keeps one dossier per ID. */
export function uniqueNationalId(): string {
  serial += 1;
  const firstNine = `Q2${String(serial).padStart(7, '0')}`;
  return `${firstNine}${nationalIdCheckDigit(firstNine)}`;
}

/** A valid client with a national ID of its own unless one is given. */
export function clientData(overrides: Partial<ClientData> = {}): ClientData {
  return {
    name: '陳大文',
    nationalId: uniqueNationalId(),
    birthDate: '1970-05-01',
    gender: 'M',
    phone: '0912-345-678',
    email: null,
    address: null,
    occupation: null,
    employer: null,
    annualIncomeTwd: 2_000_000,
    investableAssets: [{ currency: 'TWD', amount: 10_000_000 }],
    sourceOfWealth: null,
    acquisitionSource: 'referral',
    status: 'active',
    advisor: null,
    tags: [],
    notes: null,
    household: [],
    ...overrides,
  };
}

export function newId(): string {
  return randomUUID();
}

/** A migrated encrypted database in `dir`, with its key. */
export function openTestDatabase(
  dir: string,
  key: Buffer = randomBytes(32),
): { db: Database; key: Buffer; file: string } {
  const file = join(dir, 'test.db');
  const db = openDatabase(file, key, { create: true });
  migrate(db);
  return { db, key, file };
}

/**
 * A fresh migrated encrypted database for each test of the calling file, closed and removed after
 * it: `const test = freshDatabasePerTest(); … test.db`.
 */
export function freshDatabasePerTest(): { readonly db: Database; readonly key: Buffer } {
  let dir = '';
  let db: Database | null = null;
  let key: Buffer | null = null;
  beforeEach(() => {
    dir = makeTempDataDir();
    ({ db, key } = openTestDatabase(dir));
  });
  afterEach(() => {
    db?.close();
    removeTempDataDir(dir);
  });
  return {
    get db() {
      if (!db) throw new Error('no test database outside a test');
      return db;
    },
    /** The data key the database was opened with. */
    get key() {
      if (!key) throw new Error('no test database outside a test');
      return key;
    },
  };
}
