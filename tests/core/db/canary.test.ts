import { ClientsRepository } from '../../../electron/core/features/clients';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { NOW, RATES, clientData, newId, openTestDatabase } from './fixtures';

const dir = makeTempDataDir();
afterAll(() => removeTempDataDir(dir));

const CANARY_NAME = '測試金絲雀';
const CANARY_PHONE = '0987-654-321';
const CANARY_DIGITS = '0987654321';
const needles = [CANARY_NAME, CANARY_PHONE, CANARY_DIGITS, 'Z29847'].map((s) => Buffer.from(s, 'utf8'));

function plaintextIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return needles.filter((needle) => bytes.includes(needle)).map((needle) => `${file}: ${needle.toString()}`);
}

it('keeps a canary client out of the database, -wal and -shm files, open and closed', () => {
  const { db, file } = openTestDatabase(dir);
  const files = [file, `${file}-wal`, `${file}-shm`];
  const clients = new ClientsRepository(db);
  for (let i = 0; i < 50; i += 1) {
    clients.insert(
      newId(),
      clientData({ name: `${CANARY_NAME}${i}`, phone: CANARY_PHONE, notes: 'Z29847' }),
      NOW,
    );
  }
  expect(clients.list({ text: '金絲雀', sort: 'name', offset: 0, limit: 100 }, RATES).total).toBe(50);

  // Before a checkpoint the rows live in the -wal file; after it, in the main file.
  expect(existsSync(`${file}-wal`)).toBe(true);
  expect(files.flatMap(plaintextIn)).toEqual([]);
  db.pragma('wal_checkpoint(TRUNCATE)');
  expect(files.flatMap(plaintextIn)).toEqual([]);
  db.close();
  expect(files.flatMap(plaintextIn)).toEqual([]);
});
