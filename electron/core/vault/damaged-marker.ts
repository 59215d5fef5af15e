import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from './vault';
import { writeFileAtomic } from './private-files';

export const DAMAGED_MARKER_FILE_NAME = 'database-damaged.json';

/**
 * `database-damaged.json` beside the vault: written when the database was found damaged, naming
 * the database file by device and inode (no data). While it names the file in place the vault is
 * not unlocked; a restore puts a new file there, which the marker does not name, so it is ignored
 * and removed.
 */
export class DamagedMarker {
  private readonly markerFile: string;
  private readonly databaseFile: string;

  constructor(dataDir: string) {
    this.markerFile = join(dataDir, DAMAGED_MARKER_FILE_NAME);
    this.databaseFile = join(dataDir, DATABASE_FILE_NAME);
  }

  mark(): void {
    const identity = this.identity();
    if (identity)
      writeFileAtomic(this.markerFile, JSON.stringify({ ...identity, foundAt: new Date().toISOString() }));
  }

  isMarked(): boolean {
    let marked: { dev?: unknown; ino?: unknown };
    try {
      marked = JSON.parse(readFileSync(this.markerFile, 'utf8')) as typeof marked;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      return true; // unreadable marker: err on the side of not writing
    }
    const identity = this.identity();
    if (identity && identity.dev === marked.dev && identity.ino === marked.ino) return true;
    rmSync(this.markerFile, { force: true }); // another file now: restored
    return false;
  }

  private identity(): { dev: number; ino: number } | null {
    try {
      const { dev, ino } = statSync(this.databaseFile);
      return { dev, ino };
    } catch {
      return null;
    }
  }
}
