import { randomUUID } from 'node:crypto';
import {
  clientSchema,
  type Client,
  type ClientData,
  type ClientListQueryData,
  type ClientUpdateData,
} from '../../../../shared/features/clients/schema';
import { maskNationalId } from '../../../../shared/features/clients/national-id';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientRecord } from '../../db';
import type { CoreRepositories } from '../../services/repositories';
import { clientsToCsv, parseClientCsv } from './csv';

/** What a screen or document may see of a record: everything but the full national ID. */
export function toClientView(record: ClientRecord): Client {
  const { nationalId, ...rest } = record;
  return clientSchema.parse({ ...rest, nationalIdMasked: maskNationalId(nationalId) });
}

/**
 * Client dossiers: every write and every disclosure (reveal, export, print) leaves an audit entry
 * that names the action and the record, never its content.
 */
export class ClientsService {
  constructor(
    private readonly repos: () => CoreRepositories,
    private readonly nowIso: () => string,
  ) {}

  list(query: ClientListQueryData) {
    const { clients, settings } = this.repos();
    return clients.list(query, settings.get().fxRates);
  }

  get(id: string): Client {
    return toClientView(this.record(id));
  }

  /** The full record, national ID included: never returned past this service unmasked. */
  private record(id: string): ClientRecord {
    const record = this.repos().clients.get(id);
    if (!record) throw new AppError('NOT_FOUND', 'no client with that id');
    return record;
  }

  create(data: ClientData): Client {
    const { clients, audit, db } = this.repos();
    const id = randomUUID();
    const at = this.nowIso();
    db.transaction(() => {
      this.assertHouseholdExists(data.household.map((h) => h.clientId));
      clients.insert(id, data, at);
      audit.append({ action: 'client.create', entity: 'client', entityId: id, detail: null, at });
    })();
    return this.get(id);
  }

  update(id: string, version: number, data: ClientUpdateData): Client {
    const { clients, audit, db } = this.repos();
    const at = this.nowIso();
    db.transaction(() => {
      if (data.household.some((h) => h.clientId === id)) {
        throw new AppError('VALIDATION', 'a client cannot be linked to itself', {
          issues: [{ path: ['data', 'household'], message: 'validation.invalid' }],
        });
      }
      this.assertHouseholdExists(data.household.map((h) => h.clientId));
      clients.update(id, version, data, at);
      const detail = data.nationalId === undefined ? null : 'national_id changed';
      audit.append({ action: 'client.update', entity: 'client', entityId: id, detail, at });
    })();
    return this.get(id);
  }

  revealNationalId(id: string): string {
    const record = this.record(id);
    this.repos().audit.append({
      action: 'client.reveal_national_id',
      entity: 'client',
      entityId: id,
      detail: null,
      at: this.nowIso(),
    });
    return record.nationalId;
  }

  /** All rows or none: parse and validate the whole file before one insert transaction. */
  importCsv(text: string): number {
    const { clients } = this.repos();
    const { rows } = parseClientCsv(text, {
      isNationalIdTaken: (id) => clients.ownerOfNationalId(id) !== null,
    });
    return this.insertAll(rows, 'client.import');
  }

  /** Demo data never collides with real clients: generated IDs already on file are left out. */
  seedDemo(rows: ClientData[]): number {
    const { clients } = this.repos();
    return this.insertAll(
      rows.filter((row) => clients.ownerOfNationalId(row.nationalId) === null),
      'client.seed_demo',
    );
  }

  /** Adds validated records in one transaction (CSV import, demo data). */
  private insertAll(rows: ClientData[], action: 'client.import' | 'client.seed_demo'): number {
    const { clients, audit, db } = this.repos();
    const at = this.nowIso();
    db.transaction(() => {
      clients.insertMany(
        rows.map((data) => ({ id: randomUUID(), data })),
        at,
      );
      audit.append({ action, entity: 'client', entityId: null, detail: `${rows.length} rows`, at });
    })();
    return rows.length;
  }

  exportCsv(includeNationalId: boolean): { csv: string; count: number } {
    const { clients, audit } = this.repos();
    const records = clients.all();
    const csv = clientsToCsv(records, { includeNationalId });
    audit.append({
      action: 'client.export',
      entity: 'client',
      entityId: null,
      detail: `${records.length} rows${includeNationalId ? ', full national IDs' : ''}`,
      at: this.nowIso(),
    });
    return { csv, count: records.length };
  }

  private assertHouseholdExists(ids: string[]): void {
    const { clients } = this.repos();
    const missing = ids.findIndex((id) => clients.get(id) === null);
    if (missing >= 0) {
      throw new AppError('VALIDATION', 'household link names an unknown client', {
        issues: [{ path: ['data', 'household', missing, 'clientId'], message: 'validation.invalid' }],
      });
    }
  }
}
