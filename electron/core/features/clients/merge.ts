import type { ClientMerge } from '../../../../shared/features/clients/book';
import type { ClientUpdateData } from '../../../../shared/features/clients';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';
import type { ClientMerger } from '../../kernel/client-merger';
import type { ClientRecord, ClientsRepository } from './repository';
import { ClientSearchIndex } from './search';
import type { ClientsService } from './service';

/** The schema's limits on the merged dossier (shared/features/clients/schema.ts). */
const MAX_TAGS = 20;
const MAX_NOTES = 4000;
/** The line between the client kept's notes and the duplicate's. */
const NOTES_SEPARATOR = '\n\n————（併入的重複資料）————\n';

export interface ClientMergeInput {
  keepId: string;
  keepVersion: number;
  mergeId: string;
  mergeVersion: number;
}

/** A refusal at one field of the input, with its message key (shared/features/clients/merge-messages.ts). */
function refused(message: string, field: keyof ClientMergeInput, key: string): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path: [field], message: key }] });
}

const isBlank = (value: unknown) => value === null || value === '';

/**
 * The dossier kept after the merge: its own fields, each blank one filled from the duplicate (the
 * national ID too: at most one of them has one), tags and household links combined, the stated
 * assets its own unless it has none, and both dossiers' notes.
 */
export function mergedDossier(keep: ClientRecord, duplicate: ClientRecord): ClientUpdateData {
  const fill = <K extends keyof ClientRecord>(key: K): ClientRecord[K] =>
    isBlank(keep[key]) ? duplicate[key] : keep[key];
  const tags = [...new Set([...keep.tags, ...duplicate.tags])];
  if (tags.length > MAX_TAGS) {
    throw refused(
      'the merged dossier would have more than 20 tags',
      'mergeId',
      'validation.merge.tooManyTags',
    );
  }
  const notes =
    keep.notes !== null && duplicate.notes !== null
      ? `${keep.notes}${NOTES_SEPARATOR}${duplicate.notes}`
      : (keep.notes ?? duplicate.notes);
  if (notes !== null && notes.length > MAX_NOTES) {
    throw refused('the merged notes would be too long', 'mergeId', 'validation.merge.notesTooLong');
  }
  // The link between the two goes; the client kept's relation wins where both are linked to someone.
  const household = new Map<string, ClientUpdateData['household'][number]['relation']>();
  for (const link of [...keep.household, ...duplicate.household]) {
    if (link.clientId === keep.id || link.clientId === duplicate.id || household.has(link.clientId)) continue;
    household.set(link.clientId, link.relation);
  }
  return {
    name: keep.name,
    nationalId: fill('nationalId'),
    birthDate: fill('birthDate'),
    gender: keep.gender === 'X' ? duplicate.gender : keep.gender,
    phone: fill('phone'),
    email: fill('email'),
    address: fill('address'),
    occupation: fill('occupation'),
    employer: fill('employer'),
    annualIncomeTwd: fill('annualIncomeTwd'),
    investableAssets: keep.investableAssets.length > 0 ? keep.investableAssets : duplicate.investableAssets,
    sourceOfWealth: fill('sourceOfWealth'),
    acquisitionSource: keep.acquisitionSource,
    status: keep.status,
    advisor: fill('advisor'),
    tags,
    notes,
    household: [...household].map(([clientId, relation]) => ({ clientId, relation })),
  };
}

/** Removes the duplicate's row once every feature moved its rows away, with its search entries for good. */
export class MergedDuplicates {
  private readonly search: ClientSearchIndex;

  constructor(private readonly db: Database) {
    this.search = new ClientSearchIndex(db);
  }

  remove(id: string): void {
    const num = this.db.prepare<[string], number>('SELECT num FROM clients WHERE id = ?').pluck().get(id);
    if (num === undefined) throw new AppError('NOT_FOUND', 'no client with that id');
    // Its assets, tags and household links cascade; the client kept holds them by now.
    this.db.prepare('DELETE FROM clients WHERE id = ?').run(id);
    this.search.erase(num);
  }
}

/**
 * Merging a duplicate dossier into the one kept (clients.merge). Runs in the router's unit of work:
 * a merger that throws leaves both dossiers as they were.
 */
export class ClientMergeService {
  constructor(
    private readonly repository: () => ClientsRepository,
    private readonly duplicates: () => MergedDuplicates,
    private readonly clients: ClientsService,
    private readonly mergers: readonly ClientMerger[],
    private readonly nowIso: () => string,
  ) {}

  merge(input: ClientMergeInput): ClientMerge {
    const keep = this.live(input.keepId, 'keepId');
    const duplicate = this.live(input.mergeId, 'mergeId');
    for (const [record, version] of [
      [keep, input.keepVersion],
      [duplicate, input.mergeVersion],
    ] as const) {
      if (record.version !== version) {
        throw new AppError('CONFLICT', 'a client was changed after it was loaded; reload and try again', {
          currentVersion: record.version,
        });
      }
    }
    if (keep.nationalId !== null && duplicate.nationalId !== null) {
      throw refused(
        'both dossiers have a national ID: two people',
        'mergeId',
        'validation.merge.twoNationalIds',
      );
    }
    const data = mergedDossier(keep, duplicate);
    const moved = this.mergers
      .map((merger) => ({ feature: merger.feature, rows: merger.merge(duplicate.id, keep.id) }))
      .filter((m) => m.rows > 0);
    // The duplicate goes before the client kept takes its national ID: one dossier per ID.
    this.duplicates().remove(duplicate.id);
    this.repository().update(keep.id, keep.version, data, this.nowIso());
    for (const merger of this.mergers) merger.settle?.(keep.id);
    return { client: this.clients.get(keep.id), moved };
  }

  private live(id: string, field: 'keepId' | 'mergeId'): ClientRecord {
    const record = this.repository().get(id);
    if (!record) throw new AppError('NOT_FOUND', 'no client with that id');
    if (record.deletedAt)
      throw refused('a deleted client cannot be merged', field, 'validation.merge.deleted');
    return record;
  }
}
