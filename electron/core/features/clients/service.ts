import { randomUUID } from 'node:crypto';
import {
  clientSchema,
  lacksRequiredNationalId,
  NATIONAL_ID_REQUIRED,
  type AssetsFromHoldings,
  type Client,
  type ClientData,
  type ClientListFilterData,
  type ClientListQueryData,
  type ClientUpdateData,
} from '../../../../shared/features/clients';
import { MAX_BULK_CLIENTS, type ClientListOptions } from '../../../../shared/features/clients/book';
import { CLIENT_DELETED_PROBLEM } from '../../../../shared/features/clients/retention';
import { maskNationalId } from '../../../../shared/features/clients/national-id';
import type { FxRates, Settings } from '../../../../shared/features/settings';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientRecord, ClientsRepository } from './repository';
import { clientsToCsv, parseClientCsv } from './csv';
import type { BulkChange } from './bulk-update';
import { matchFacets, type ClientListFacet } from './facets';

/** What a screen or document may see of a record: everything but the full national ID. */
export function toClientView(record: ClientRecord): Client {
  const { nationalId, ...rest } = record;
  const masked = record.deletedAt ? '' : maskNationalId(nationalId);
  return clientSchema.parse({ ...rest, nationalIdMasked: masked });
}

/** VALIDATION at the form's national ID field for anyone but a prospect without one. */
export function requireNationalIdUnlessProspect(data: Pick<ClientRecord, 'status' | 'nationalId'>): void {
  if (lacksRequiredNationalId(data)) {
    throw new AppError('VALIDATION', 'a national ID is required unless the client is a prospect', {
      issues: [{ path: ['data', 'nationalId'], message: NATIONAL_ID_REQUIRED }],
    });
  }
}

/** A client's contact details and the clients in their household (either side's link). */
export interface ClientContacts {
  id: string;
  name: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  household: string[];
}

/**
 * Client dossiers. Runs inside the router's unit of work, which also writes the audit entry each
 * channel declares: no transactions and no audit here.
 */
export class ClientsService {
  constructor(
    private readonly repository: () => ClientsRepository,
    private readonly settings: () => Settings,
    /** The exchange rates in force (CoreContext.fxRates): the list's TWD totals and its sort. */
    private readonly fxRates: () => FxRates,
    private readonly nowIso: () => string,
    /** The asset summary from the client's holdings, or null when it holds none (injected by app.ts). */
    private readonly assetsFromHoldings: (clientId: string) => AssetsFromHoldings | null = () => null,
    /** The list filters other features answer (tiers, KYC), from app.ts: made after this service. */
    private readonly facets: () => readonly ClientListFacet[] = () => [],
  ) {}

  /** A page of the list: the working book unless `archived`, filtered, sorted either way. */
  list(query: ClientListQueryData) {
    const facets = matchFacets(query.facets, this.facets());
    return this.repository().list(query, this.fxRates(), facets);
  }

  /**
   * Every live client the list's filter matches (no paging), for "select all": at most the
   * MAX_BULK_CLIENTS a bulk change takes, `total` counting them all.
   */
  ids(filter: ClientListFilterData): { ids: string[]; total: number } {
    const ids = this.repository().lists.ids(filter, matchFacets(filter.facets, this.facets()));
    return { ids: ids.slice(0, MAX_BULK_CLIENTS), total: ids.length };
  }

  listOptions(): ClientListOptions {
    return this.repository().lists.options();
  }

  /** One change to every selected client, all or none (NOT_FOUND for an unknown or deleted one). */
  bulkUpdate(ids: readonly string[], change: BulkChange): { changed: number; unchanged: number } {
    return this.repository().bulk.apply(ids, change, this.nowIso());
  }

  /** The dossier, its asset summary from holdings when the client has any. */
  get(id: string): Client {
    const client = toClientView(this.record(id));
    const fromHoldings = this.assetsFromHoldings(id);
    return fromHoldings === null ? client : { ...client, assetsFromHoldings: fromHoldings };
  }

  /**
   * The dossier of a client other features may still write for: NOT_FOUND for a deleted one, whose
   * tombstone takes no new personal data (docs/retention.md). Reads of the tombstone use `get`.
   */
  requireLive(id: string): Client {
    const client = this.get(id);
    if (client.deletedAt) {
      throw new AppError('NOT_FOUND', 'the client was deleted', {
        reason: 'client_deleted',
        problems: [CLIENT_DELETED_PROBLEM],
      });
    }
    return client;
  }

  /** The full record, national ID included: never returned past this service unmasked. */
  private record(id: string): ClientRecord {
    const record = this.repository().get(id);
    if (!record) throw new AppError('NOT_FOUND', 'no client with that id');
    return record;
  }

  create(data: ClientData): Client {
    requireNationalIdUnlessProspect(data);
    const id = randomUUID();
    this.assertHouseholdExists(data.household.map((h) => h.clientId));
    this.repository().insert(id, data, this.nowIso());
    return this.get(id);
  }

  update(id: string, version: number, data: ClientUpdateData): Client {
    if (data.household.some((h) => h.clientId === id)) {
      throw new AppError('VALIDATION', 'a client cannot be linked to itself', {
        issues: [{ path: ['data', 'household'], message: 'validation.invalid' }],
      });
    }
    this.assertHouseholdExists(data.household.map((h) => h.clientId));
    // The ID kept on file when none is sent: a prospect made active must have one by then.
    const nationalId =
      data.nationalId === undefined ? (this.repository().get(id)?.nationalId ?? null) : data.nationalId;
    requireNationalIdUnlessProspect({ status: data.status, nationalId });
    this.repository().update(id, version, data, this.nowIso());
    return this.get(id);
  }

  /** The full national ID; null when the client has none (a prospect). */
  revealNationalId(id: string): string | null {
    const record = this.record(id);
    if (record.deletedAt) throw new AppError('NOT_FOUND', 'the client was deleted');
    return record.nationalId;
  }

  /** All rows or none: the whole file is parsed and validated before anything is written. */
  importCsv(text: string): number {
    const clients = this.repository();
    const { rows } = parseClientCsv(text, {
      isNationalIdTaken: (id) => clients.ownerOfNationalId(id) !== null,
    });
    return this.insertAll(rows).length;
  }

  /** Adds validated records (CSV import, demo data); returns their new IDs. */
  insertAll(rows: readonly ClientData[]): string[] {
    const withIds = rows.map((data) => ({ id: randomUUID(), data }));
    this.repository().insertMany(withIds, this.nowIso());
    return withIds.map((row) => row.id);
  }

  /** Whether a national ID is on file already (demo data leaves such generated IDs out). */
  isNationalIdTaken(nationalId: string): boolean {
    return this.repository().ownerOfNationalId(nationalId) !== null;
  }

  exportCsv(includeNationalId: boolean): { csv: string; count: number } {
    const records = this.repository().all();
    return { csv: clientsToCsv(records, { includeNationalId }), count: records.length };
  }

  /** Which of these IDs name a client on file and not deleted (a bulk action's check, in one query). */
  liveIds(ids: readonly string[]): Set<string> {
    return this.repository().liveIds(ids);
  }

  /** Names for display (the audit screen), looked up while unlocked; unknown IDs are left out. */
  namesOf(ids: readonly string[]): Map<string, string> {
    return this.repository().namesOf(ids);
  }

  /** Live, not closed clients born on these month-days ('MM-DD'): the 今日 page's birthdays. */
  birthdaysOn(monthDays: readonly string[]): { id: string; name: string; birthDate: string }[] {
    return this.repository().birthdaysOn(monthDays);
  }

  /** The clients archived: out of the working book (the 今日 page, the KYC due lists). */
  archivedIds(): string[] {
    return this.repository().archivedIds();
  }

  /** Every client's contact details and household, for the misconduct flags of compliance. */
  contactsOfEveryClient(): ClientContacts[] {
    return this.repository()
      .all()
      .map(({ id, name, address, email, phone, household }) => ({
        id,
        name,
        address,
        email,
        phone,
        household: household.map((link) => link.clientId),
      }));
  }

  /** Removes clients (demo data only: the demo feature chooses which). */
  removeMany(ids: readonly string[]): number {
    return this.repository().removeMany(ids, this.nowIso());
  }

  private assertHouseholdExists(ids: string[]): void {
    const clients = this.repository();
    // A deleted client's tombstone is no one to link to.
    const missing = ids.findIndex((id) => {
      const client = clients.get(id);
      return client === null || Boolean(client.deletedAt);
    });
    if (missing >= 0) {
      throw new AppError('VALIDATION', 'household link names an unknown client', {
        issues: [{ path: ['data', 'household', missing, 'clientId'], message: 'validation.invalid' }],
      });
    }
  }
}
