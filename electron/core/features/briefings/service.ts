import { createHash, randomUUID } from 'node:crypto';
import {
  templateDeck,
  type Deck,
  type DeckContent,
  type DeckSummary,
  type DeckTemplate,
  type DeckVersion,
  type ImageMimeType,
} from '../../../../shared/features/briefings';
import type { RiskGrade } from '../../../../shared/features/kyc';
import type { Language } from '../../../../shared/i18n/messages';
import { AppError } from '../../../../shared/ipc/result';
import type { BriefingsRepository } from './repository';

/** What the deck service reads from other features (through their services). */
export interface DeckSources {
  /** Throws NOT_FOUND for an unknown or deleted client. */
  clientName(clientId: string): string;
  namesOf(ids: readonly string[]): Map<string, string>;
  /** The client's current KYC grade, or null. */
  gradeOf(clientId: string): RiskGrade | null;
  /** Throws NOT_FOUND for an unknown product. */
  productName(productId: string): string;
}

/** Image signatures: the bytes must be what the type says. */
const MAGIC: Readonly<Record<ImageMimeType, number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

function invalid(path: (string | number)[], message: string): AppError {
  return new AppError('VALIDATION', `${path.join('.')}: ${message}`, { issues: [{ path, message }] });
}

/**
 * Decks and their versions. Every save appends a version (history is kept; an old one opens
 * read-only or is restored as a new version); copy makes a new deck; delete is soft (the deck
 * leaves the list, its versions stay), except that deleting a client erases their decks.
 */
export class DeckService {
  constructor(
    private readonly repository: () => BriefingsRepository,
    private readonly sources: DeckSources,
    private readonly savedBy: () => string,
    private readonly nowIso: () => string,
  ) {}

  list(clientId?: string): DeckSummary[] {
    const rows = this.repository().list(clientId);
    const names = this.sources.namesOf(rows.flatMap((r) => (r.client_id ? [r.client_id] : [])));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind as DeckSummary['kind'],
      clientId: r.client_id,
      clientName: r.client_id ? (names.get(r.client_id) ?? null) : null,
      version: r.version,
      slideCount: r.slideCount,
      savedAt: r.saved_at,
      createdAt: r.created_at,
    }));
  }

  get(id: string, version?: number): Deck {
    const deck = this.repository().get(id, version);
    if (deck) return deck;
    if (version !== undefined && this.repository().get(id)) {
      throw new AppError('NOT_FOUND', 'the deck has no such version');
    }
    throw new AppError('NOT_FOUND', 'no deck with that id');
  }

  versions(id: string): DeckVersion[] {
    this.get(id);
    return this.repository().versions(id);
  }

  create(content: DeckContent): Deck {
    this.checkClient(content);
    const id = randomUUID();
    this.repository().create(id, this.nowIso());
    this.repository().addVersion(id, content, this.saved());
    return this.get(id);
  }

  /** A new version; refused when another save came first (the editor must reopen). */
  save(id: string, baseVersion: number, content: DeckContent): Deck {
    const latest = this.get(id);
    if (latest.version !== baseVersion) {
      throw new AppError('CONFLICT', 'the deck was saved elsewhere: reopen it', {
        version: latest.version,
      });
    }
    this.checkClient(content);
    this.repository().addVersion(id, content, this.saved());
    return this.get(id);
  }

  restore(id: string, version: number): Deck {
    const old = this.get(id, version);
    const { title, kind, clientId, slides } = old;
    this.repository().addVersion(
      id,
      { title, kind, clientId, slides },
      { ...this.saved(), restoredFrom: version },
    );
    return this.get(id);
  }

  /** A new deck from the latest version, with new slide IDs. */
  copy(id: string, language: Language = 'zh-TW'): Deck {
    const { title, kind, clientId, slides } = this.get(id);
    const mark = language === 'en' ? ' (copy)' : '（副本）';
    return this.create({
      title: (title.slice(0, 120 - mark.length) + mark).trim(),
      kind,
      clientId,
      slides: slides.map((s) => ({ ...s, id: randomUUID() })),
    });
  }

  delete(id: string): { id: string } {
    if (!this.repository().softDelete(id, this.nowIso()))
      throw new AppError('NOT_FOUND', 'no deck with that id');
    return { id };
  }

  fromTemplate(input: {
    template: DeckTemplate;
    clientId?: string;
    productId?: string;
    language: Language;
  }): Deck {
    const { template, clientId, productId, language } = input;
    if (template === 'clientPortfolioReview' && !clientId) throw invalid(['clientId'], 'validation.required');
    if (template === 'productLaunch' && !productId) throw invalid(['productId'], 'validation.required');
    if (clientId) this.sources.clientName(clientId);
    const client =
      template === 'clientPortfolioReview' && clientId
        ? { id: clientId, grade: this.sources.gradeOf(clientId) }
        : undefined;
    const product =
      template === 'productLaunch' && productId
        ? { id: productId, name: this.sources.productName(productId) }
        : undefined;
    return this.create(
      templateDeck({
        template,
        language,
        newId: randomUUID,
        ...(client ? { client } : {}),
        ...(product ? { product } : {}),
      }),
    );
  }

  /** Keeps an image by its SHA-256 (the same file once); PNG or JPEG, checked by its bytes. */
  addImage(mime: ImageMimeType, dataBase64: string): { imageId: string; bytes: number } {
    const bytes = Buffer.from(dataBase64, 'base64');
    const magic = MAGIC[mime];
    if (bytes.length === 0 || magic.some((b, i) => bytes[i] !== b)) {
      throw invalid(['dataBase64'], 'validation.briefings.image');
    }
    const imageId = createHash('sha256').update(bytes).digest('hex');
    this.repository().addImage(imageId, mime, bytes, this.nowIso());
    return { imageId, bytes: bytes.length };
  }

  private checkClient(content: DeckContent): void {
    if (content.clientId) this.sources.clientName(content.clientId);
  }

  private saved() {
    return { at: this.nowIso(), by: this.savedBy() };
  }
}
