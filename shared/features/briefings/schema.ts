import { z } from 'zod';
import { CURRENCIES } from '../../kernel/money';
import { isoDateSchema } from '../clients';
import { riskGradeSchema } from '../kyc';
import { seriesCodeSchema, seriesFiguresSchema } from '../market-data';
import { ASSET_CLASSES, productTypeSchema } from '../products';
import { DECK_KINDS } from './words';

/**
 * A briefing deck (O2.1.2): ordered slides, each one block and the speaker's notes. A deck is
 * stored as versions: every save adds one, so the history stays; a deck may name a client (a
 * client-specific deck, whose client data is redacted unless revealed).
 */

export const deckIdSchema = z.string().uuid({ message: 'validation.id' });
export const slideIdSchema = z.string().uuid({ message: 'validation.id' });
export const imageIdSchema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'validation.id' });

/** Images a slide may show, and the most bytes one may have. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_SLIDES = 100;

const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const seriesCodes = (max: number) =>
  z
    .array(seriesCodeSchema)
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.briefings.tooMany' });

export const CHART_PERIODS = ['1M', '3M', '6M', 'YTD', '1Y', '3Y', '5Y'] as const;
export type ChartPeriod = (typeof CHART_PERIODS)[number];

/** One slide's content. The title slide takes the firm's name and logo from the settings. */
export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), title: requiredText(120), subtitle: text(200) }).strict(),
  z
    .object({
      kind: z.literal('marketChart'),
      title: text(120),
      series: seriesCodes(10),
      period: z.enum(CHART_PERIODS),
      /** Each series rebased to 100 at the start of the period (compare unlike levels). */
      rebased: z.boolean(),
      commentary: text(1000),
    })
    .strict(),
  z.object({ kind: z.literal('returnsTable'), title: text(120), series: seriesCodes(15) }).strict(),
  z
    .object({
      kind: z.literal('fxPanel'),
      title: text(120),
      currencies: z.array(z.enum(CURRENCIES)).min(1, { message: 'validation.required' }).max(8),
    })
    .strict(),
  z
    .object({
      kind: z.literal('productSpotlight'),
      productId: z.string().uuid({ message: 'validation.id' }),
      commentary: text(1000),
    })
    .strict(),
  z.object({ kind: z.literal('allocation'), title: text(120), grade: riskGradeSchema }).strict(),
  /** The deck's client's holdings by class against the model for their KYC grade. */
  z.object({ kind: z.literal('clientPortfolio'), title: text(120) }).strict(),
  z
    .object({
      kind: z.literal('text'),
      heading: requiredText(120),
      bullets: z.array(text(300)).max(12, { message: 'validation.briefings.tooMany' }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('image'),
      imageId: imageIdSchema,
      caption: text(200),
      /** What the picture shows, for a screen reader. */
      alt: requiredText(200),
    })
    .strict(),
]);
export type Block = z.infer<typeof blockSchema>;

export const slideSchema = z.object({ id: slideIdSchema, block: blockSchema, notes: text(4000) }).strict();
export type Slide = z.infer<typeof slideSchema>;

/** What the editor saves: the whole deck, every time (a new version). */
export const deckContentSchema = z
  .object({
    title: requiredText(120),
    kind: z.enum(DECK_KINDS),
    clientId: z.string().uuid({ message: 'validation.id' }).nullable(),
    slides: z.array(slideSchema).max(MAX_SLIDES, { message: 'validation.briefings.tooMany' }),
  })
  .strict();
export type DeckContent = z.infer<typeof deckContentSchema>;

/** A deck at one version. `latest` is false for an older version (opened read-only). */
export const deckSchema = deckContentSchema.extend({
  id: deckIdSchema,
  version: z.number().int().positive(),
  latest: z.boolean(),
  savedAt: z.string(),
  savedBy: z.string(),
  createdAt: z.string(),
});
export type Deck = z.infer<typeof deckSchema>;

export const deckSummarySchema = z.object({
  id: deckIdSchema,
  title: z.string(),
  kind: z.enum(DECK_KINDS),
  clientId: z.string().nullable(),
  /** The client's name for the list (the advisor's own screen, never a presented slide). */
  clientName: z.string().nullable(),
  version: z.number().int().positive(),
  slideCount: z.number().int(),
  savedAt: z.string(),
  createdAt: z.string(),
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const deckVersionSchema = z.object({
  version: z.number().int().positive(),
  title: z.string(),
  slideCount: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  /** Set when this version was made by restoring an older one. */
  restoredFrom: z.number().int().nullable(),
});
export type DeckVersion = z.infer<typeof deckVersionSchema>;

/* ---------- Resolved slides: the data a slide is drawn from (presentation, editor preview, PDF) ---------- */

const seriesRef = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  currency: z.enum(CURRENCIES).nullable(),
  source: z.string(),
  /** Shipped sample data: the slide and the disclosure say 範例資料. */
  sample: z.boolean(),
  /** The last point's date, or null when the series has no points (or is unknown). */
  lastDate: z.string().nullable(),
  /** False when the code names no series in the catalogue. */
  known: z.boolean(),
});
export type SeriesRef = z.infer<typeof seriesRef>;

const point = z.object({ date: z.string(), value: z.number() });

/** The model's and the client's weight per class (0..1); amounts only when revealed. */
const allocationRow = z.object({
  assetClass: z.enum(ASSET_CLASSES),
  modelWeight: z.number(),
  currentWeight: z.number().nullable(),
  /** TWD; null when redacted (percentages stay). */
  currentAmountTwd: z.number().nullable(),
});

export const productFactsSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  issuer: z.string(),
  type: productTypeSchema,
  currency: z.enum(CURRENCIES),
  riskRating: z.number().int(),
  isComplex: z.boolean(),
  fees: z.object({
    frontLoadPercent: z.number().nullable(),
    managementPercent: z.number().nullable(),
    custodyPercent: z.number().nullable(),
    switchingFee: z.string().nullable(),
    earlyRedemption: z.string().nullable(),
  }),
  maxLossStatement: z.string().nullable(),
  dividendFromPrincipal: z.boolean(),
  riskDisclosureBlocks: z.array(z.string()),
});
export type ProductFacts = z.infer<typeof productFactsSchema>;

export const resolvedDataSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('title'),
    firmName: z.string(),
    /** The firm's logo as a data: URL (PNG/JPEG), or null. */
    logoDataUrl: z.string().nullable(),
    advisorName: z.string(),
    date: z.string(),
    /** The deck's client's name; null when redacted or when the deck names no client. */
    clientName: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('marketChart'),
    from: z.string(),
    to: z.string(),
    /** Levels as stored; a rebased slide draws them rebased (MarketLineChart mode 'rebased'). */
    series: z.array(seriesRef.extend({ points: z.array(point) })),
  }),
  z.object({
    kind: z.literal('returnsTable'),
    rows: z.array(seriesRef.extend({ figures: seriesFiguresSchema.nullable() })),
  }),
  z.object({
    kind: z.literal('fxPanel'),
    rates: z.array(
      z.object({
        currency: z.enum(CURRENCIES),
        /** TWD per unit, the latest imported point (or the settings' rate), with its date. */
        rate: z.number().nullable(),
        date: z.string().nullable(),
        change1M: z.number().nullable(),
        series: seriesRef.nullable(),
      }),
    ),
  }),
  z.object({ kind: z.literal('productSpotlight'), product: productFactsSchema.nullable() }),
  z.object({ kind: z.literal('allocation'), rows: z.array(allocationRow), assumptionsVersion: z.string() }),
  z.object({
    kind: z.literal('clientPortfolio'),
    /** Null when redacted, or when the deck names no client. */
    clientName: z.string().nullable(),
    grade: riskGradeSchema.nullable(),
    rows: z.array(allocationRow),
    /** Null when redacted. */
    totalTwd: z.number().nullable(),
    fxAsOf: z.string().nullable(),
  }),
  z.object({ kind: z.literal('text') }),
  z.object({
    kind: z.literal('image'),
    mime: z.enum(IMAGE_MIME_TYPES).nullable(),
    /** Base64 bytes; null when the image is missing from the vault. */
    dataBase64: z.string().nullable(),
  }),
]);
export type ResolvedData = z.infer<typeof resolvedDataSchema>;

export const resolvedSlideSchema = z.object({
  id: z.string(),
  block: blockSchema,
  notes: z.string(),
  data: resolvedDataSchema,
});
export type ResolvedSlide = z.infer<typeof resolvedSlideSchema>;

/** The facts the disclosure slide is written from (disclosure.ts turns them into words). */
export const disclosureFactsSchema = z.object({
  products: z.array(productFactsSchema),
  series: z.array(seriesRef),
  firmDisclaimer: z.string().nullable(),
});
export type DisclosureFacts = z.infer<typeof disclosureFactsSchema>;

export const resolvedDeckSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(DECK_KINDS),
  version: z.number().int(),
  /** True when the deck names a client and its data was not revealed. */
  redacted: z.boolean(),
  clientSpecific: z.boolean(),
  slides: z.array(resolvedSlideSchema),
  /** Appended after the last slide, always (not an editable slide). */
  disclosure: disclosureFactsSchema,
  firmName: z.string(),
  resolvedOn: isoDateSchema,
});
export type ResolvedDeck = z.infer<typeof resolvedDeckSchema>;
