import type { Database } from '../open';

/**
 * One schema step. Each lives in its own file (NNNN-name.ts) and is self-contained: plain SQL and
 * what it needs defined in the file, never today's application code, so a released step keeps
 * doing exactly what it did. Never edit a released step; add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
