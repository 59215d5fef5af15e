import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/core/vault/private-files';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';

let dir: string;
beforeEach(() => {
  dir = makeTempDataDir();
});
afterEach(() => removeTempDataDir(dir));

describe('writeFileAtomic', () => {
  it('writes an owner-only file and leaves nothing else in the folder', () => {
    writeFileAtomic(join(dir, '客戶資料卡_陳美玲_1151130.pdf'), 'data');
    expect(readdirSync(dir)).toEqual(['客戶資料卡_陳美玲_1151130.pdf']);
    expect(readFileSync(join(dir, '客戶資料卡_陳美玲_1151130.pdf'), 'utf8')).toBe('data');
    if (process.platform !== 'win32')
      expect(statSync(join(dir, '客戶資料卡_陳美玲_1151130.pdf')).mode & 0o777).toBe(0o600);
  });

  it('leaves no partial copy behind when the write itself fails', () => {
    // Not a string or a Buffer: writeSync throws after the temporary file was opened.
    expect(() => writeFileAtomic(join(dir, 'export.csv'), 42 as unknown as string)).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to replace an existing file when asked to be exclusive, keeping it as it was', () => {
    writeFileAtomic(join(dir, 'a.csv'), 'first');
    expect(() => writeFileAtomic(join(dir, 'a.csv'), 'second', { exclusive: true })).toThrow(/EEXIST/);
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('first');
  });
});
