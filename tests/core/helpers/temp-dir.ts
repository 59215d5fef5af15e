import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder for one test, mode 0700 like the app's own (mkdtemp makes it so). */
export function makeTempDataDir(prefix = 'advisordesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTempDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
