import type { Database } from '../../db';

/** The demo marker on client rows (migration 5): which clients are synthetic. */
export class DemoRepository {
  constructor(private readonly db: Database) {}

  realClientCount(): number {
    return this.db.prepare<[], number>('SELECT count(*) FROM clients WHERE is_demo = 0').pluck().get() ?? 0;
  }

  markDemo(ids: readonly string[]): void {
    this.db
      .prepare('UPDATE clients SET is_demo = 1 WHERE id IN (SELECT value FROM json_each(?))')
      .run(JSON.stringify(ids));
  }

  demoIds(): string[] {
    return this.db.prepare<[], string>('SELECT id FROM clients WHERE is_demo = 1').pluck().all();
  }
}
