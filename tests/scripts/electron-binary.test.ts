import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinary, installedElectron } from '../../scripts/electron-binary.mjs';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';

describe('finding the Electron binary for npm start', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDataDir('advisordesk-electron-');
  });
  afterEach(() => removeTempDataDir(dir));

  it('finds nothing, quietly, where the package has no binary and no installer', () => {
    expect(installedElectron(dir)).toBeNull();
    expect(electronBinary(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(installedElectron(dir)).toBeNull(); // named but not downloaded
  });

  it('finds the binary the package names', () => {
    writeFileSync(join(dir, 'path.txt'), 'electron\n');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('runs the package installer once when the binary is missing, then looks again', () => {
    writeFileSync(
      join(dir, 'install.js'),
      `const fs = require('fs'); const p = require('path');
       fs.mkdirSync(p.join(__dirname, 'dist')); fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), '');
       fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');`,
    );
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });
});
