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
import { en } from '../../renderer/src/locales/en';
import { zhTW } from '../../renderer/src/locales/zh-TW';

const SRC = join(import.meta.dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('screen text', () => {
  it('has the same keys in zh-TW and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhTW).sort());
    for (const [key, text] of [...Object.entries(zhTW), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhTW) as (keyof typeof zhTW)[]) {
      expect(vars(en[key]), key).toEqual(vars(zhTW[key]));
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
      ...['updatedAt', 'name', 'totalAssetsTwd'].map((s) => `clients.sort.${s}`),
      ...Object.keys(clientInputSchema.shape).map((field) => `client.${field}`),
    ];
    expect(keys.filter((key) => !(key in zhTW))).toEqual([]);
  });
});
