import { randomUUID } from 'node:crypto';
import {
  MAX_ATTACHMENT_BYTES,
  type RegulatoryUpdate,
  type RegulatoryUpdateData,
} from '../../../../shared/features/regulatory-updates';
import { AppError } from '../../../../shared/ipc/result';
import type { RegulatoryUpdatesRepository, StoredRegulatoryUpdate } from './repository';

/**
 * The regulatory-update log. Runs inside the router's unit of work. "Read" is per advisor: the
 * session's advisor (the audit trail's actor) acknowledges for themselves.
 */
export class RegulatoryUpdatesService {
  constructor(
    private readonly repository: () => RegulatoryUpdatesRepository,
    /** The session's advisor, as the audit trail names its actor. */
    private readonly reader: () => string,
    private readonly now: () => number,
  ) {}

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  list(filter: { unreadOnly?: boolean } = {}): RegulatoryUpdate[] {
    const reader = this.reader();
    return this.repository()
      .list(filter.unreadOnly ? { unreadBy: reader } : {})
      .map((stored) => this.view(stored, reader));
  }

  get(id: string): RegulatoryUpdate {
    return this.view(this.repository().get(id), this.reader());
  }

  /** The entries the session's advisor has not acknowledged (the start-up banner, the 今日 page). */
  unread(): RegulatoryUpdate[] {
    return this.list({ unreadOnly: true });
  }

  unreadCount(): number {
    return this.repository().unreadCount(this.reader());
  }

  add(data: RegulatoryUpdateData): RegulatoryUpdate {
    const id = randomUUID();
    this.repository().insert(id, data, this.nowIso());
    return this.get(id);
  }

  edit(id: string, version: number, data: RegulatoryUpdateData): RegulatoryUpdate {
    this.repository().update(id, version, data, this.nowIso());
    return this.get(id);
  }

  attach(id: string, version: number, file: { fileName: string; base64: string }): RegulatoryUpdate {
    const bytes = Buffer.from(file.base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('VALIDATION', 'the attachment is empty or too large', {
        issues: [{ path: ['file', 'base64'], message: 'validation.attachmentTooLarge' }],
      });
    }
    this.repository().attach(id, version, file.fileName, bytes, this.nowIso());
    return this.get(id);
  }

  attachment(id: string): { fileName: string; base64: string } {
    const file = this.repository().attachment(id);
    if (!file) throw new AppError('NOT_FOUND', 'the regulatory update has no attached file');
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  }

  acknowledge(id: string): RegulatoryUpdate {
    this.repository().get(id);
    this.repository().acknowledge(id, this.reader(), this.nowIso());
    return this.get(id);
  }

  private view(stored: StoredRegulatoryUpdate, reader: string): RegulatoryUpdate {
    return { ...stored, readAt: stored.acknowledgements.find((a) => a.reader === reader)?.at ?? null };
  }
}
