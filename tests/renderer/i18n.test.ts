import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACQUISITION_SOURCES,
  CLIENT_STATUSES,
  GENDERS,
  HOUSEHOLD_RELATIONS,
  clientInputSchema,
} from '../../shared/features/clients/schema';
import { BULK_CLIENT_CHANGE_KINDS } from '../../shared/features/clients/book';
import { LOCALES, messages } from '../../renderer/src/app/messages';

const SRC = join(import.meta.dirname, '../../renderer/src');
const zhTW = messages['zh-TW'];
const en = messages.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('screen text, split per feature', () => {
  it('merges the locales of every feature folder that has them, and the app shell', () => {
    const folders = readdirSync(join(SRC, 'features')).filter((name) =>
      readdirSync(join(SRC, 'features', name)).includes('locales'),
    );
    expect(Object.keys(LOCALES).sort()).toEqual(['app', ...folders].sort());
  });

  it('has the same keys in zh-TW and English in each feature, none empty', () => {
    for (const [feature, locales] of Object.entries(LOCALES)) {
      expect(Object.keys(locales.en).sort(), feature).toEqual(Object.keys(locales['zh-TW']).sort());
      for (const [key, text] of [...Object.entries(locales['zh-TW']), ...Object.entries(locales.en)]) {
        expect(text.trim(), `${feature}: ${key}`).not.toBe('');
      }
    }
  });

  it('gives each key to one feature only, so merging loses nothing', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, locales] of Object.entries(LOCALES)) {
      for (const key of Object.keys(locales['zh-TW'])) owners.set(key, [...(owners.get(key) ?? []), feature]);
    }
    expect([...owners].filter(([, features]) => features.length > 1)).toEqual([]);
    expect(Object.keys(zhTW)).toHaveLength(owners.size);
    expect(Object.keys(en)).toHaveLength(owners.size);
  });

  it('keeps the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhTW)) {
      expect(vars(en[key]!), key).toEqual(vars(zhTW[key]!));
    }
  });

  it('has every literal key the screens use', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !(key in zhTW));
    expect(missing).toEqual([]);
  });

  it('has every key built from a domain value', () => {
    const keys = [
      ...CLIENT_STATUSES.map((s) => `status.${s}`),
      ...GENDERS.map((g) => `gender.${g}`),
      ...ACQUISITION_SOURCES.map((s) => `acquisition.${s}`),
      ...HOUSEHOLD_RELATIONS.map((r) => `relation.${r}`),
      ...BULK_CLIENT_CHANGE_KINDS.map((kind) => `clients.bulk.${kind}`),
      ...Object.keys(clientInputSchema.shape).map((field) => `client.${field}`),
    ];
    expect(keys.filter((key) => !(key in zhTW))).toEqual([]);
  });
});
