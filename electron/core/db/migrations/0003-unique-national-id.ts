import { AppError } from '../../../../shared/ipc/result';
import type { Migration } from './migration';

/** One dossier per national ID: refused while two clients share one, so nobody's data is merged silently. */
export const migration0003: Migration = {
  version: 3,
  name: 'one dossier per national ID',
  up(db) {
    const shared = db
      .prepare<[], number>(
        'SELECT count(*) FROM (SELECT national_id FROM clients GROUP BY national_id HAVING count(*) > 1)',
      )
      .pluck()
      .get();
    if (shared) {
      throw new AppError(
        'DB_UPGRADE_BLOCKED',
        `${shared} national IDs belong to more than one client; merge those dossiers before upgrading`,
      );
    }
    // A second record for the same person is an audit finding, so the store refuses it. Early
    // builds of step 1 had a plain index of this name; it is replaced.
    db.exec(`
      DROP INDEX IF EXISTS clients_national_id;
      CREATE UNIQUE INDEX clients_national_id ON clients (national_id);
    `);
  },
};
