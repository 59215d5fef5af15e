// Where Electron's binary is, found without require('electron'): that call downloads the binary
// when it is missing and prints a stack trace where there is no network.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The installed binary in this electron package folder, or null. */
export function installedElectron(electronPackage) {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The binary, fetched once by Electron's own installer where it is missing and a network allows. */
export function electronBinary(electronPackage) {
  const installed = installedElectron(electronPackage);
  if (installed) return installed;
  const installer = join(electronPackage, 'install.js');
  if (existsSync(installer)) spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return installedElectron(electronPackage);
}
