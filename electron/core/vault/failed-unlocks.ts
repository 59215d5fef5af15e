import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './private-files';

/** Beside the vault: the times of wrong passphrases and recovery codes, and nothing else. */
export const FAILED_UNLOCKS_FILE_NAME = 'failed-unlocks.json';
/** The most kept between two unlocks; older ones give way (the count of the last ones is what matters). */
const MAX_KEPT = 1000;

/**
 * Failed unlocks cannot be written to the audit trail while the vault is locked, so their times
 * wait in a small owner-only file until the next unlock writes them there. A file rather than
 * memory, so failures in a CLI run or a session that quits before unlocking are not lost.
 */
export class FailedUnlocks {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, FAILED_UNLOCKS_FILE_NAME);
  }

  note(at: string): void {
    writeFileAtomic(this.file, JSON.stringify([...this.read(), at].slice(-MAX_KEPT)));
  }

  /** The times kept since the last unlock; the file is gone afterwards. */
  take(): string[] {
    const times = this.read();
    rmSync(this.file, { force: true });
    return times;
  }

  /** A missing or unreadable file is no failures: it holds no key and guards nothing. */
  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
    } catch {
      return [];
    }
  }
}
