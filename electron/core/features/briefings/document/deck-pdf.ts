import {
  PDF_VARIANT_WORDS,
  type PdfVariant,
  type ResolvedDeck,
} from '../../../../../shared/features/briefings';
import type { Settings } from '../../../../../shared/features/settings';
import type { Language } from '../../../../../shared/i18n/messages';
import { startOfDay } from '../../../../../shared/kernel/dates';
import type { Block, DocumentSpec } from '../../../documents/document';
import type { DocumentRenderer } from '../../../documents/renderer';
import { clientPdfFileName } from '../../clients';
import { deckChartSet } from './charts';
import { chartSlideIndexes, deckWriter } from './format';
import { handoutBlocks } from './handout';
import { disclosureBlocks, slideBlocks } from './slides';

export interface DeckPdfOptions {
  language: Language;
  variant: PdfVariant;
  perPage: 2 | 3;
  settings: Settings;
}

export interface DeckPdf {
  fileName: string;
  bytes: Buffer;
  pageCount: number;
}

/** Pages in a PDF pdfkit wrote (it writes no object streams: each page is one `/Type /Page` object). */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/**
 * The deck's PDF from its resolved data alone (already redacted unless revealed): 16:9 slides,
 * one to a page, then the disclosure slide; or the A4 handout. Charts are the chart set's SVG.
 */
export async function renderDeckPdf(
  documents: DocumentRenderer,
  deck: ResolvedDeck,
  options: DeckPdfOptions,
): Promise<DeckPdf> {
  const { language, variant, perPage, settings } = options;
  const w = deckWriter(language, settings.dateFormat);
  const drawing = documents.charts(deckChartSet, { deck, language, dateStyle: settings.dateFormat });
  const chartOf = new Map(chartSlideIndexes(deck).map((slide, i) => [slide, i]));
  let blocks: Block[];
  if (variant === 'slides') {
    blocks = deck.slides.flatMap((_slide, i): Block[] => {
      const chart = chartOf.get(i);
      return [
        ...slideBlocks(w, deck, i, chart === undefined ? null : drawing.chart(chart)),
        { kind: 'pageBreak' },
      ];
    });
    blocks.push(...disclosureBlocks(w, deck));
  } else {
    const svgs = await drawing.all();
    blocks = handoutBlocks(w, deck, new Map([...chartOf].map(([slide, i]) => [slide, svgs[i]!])), perPage);
  }
  const spec: DocumentSpec = {
    language,
    size: variant === 'slides' ? 'deck' : 'a4',
    branding: settings.branding,
    metadata: {
      title: deck.title,
      subject: w.text.subject,
      creator: w.text.creator,
      createdAt: new Date(startOfDay(deck.resolvedOn, settings.timeZone)),
    },
    header: { title: deck.title, subtitle: w.day(deck.resolvedOn) },
    footer: { left: w.text.made(w.shortDay(deck.resolvedOn)), notice: w.text.notice },
    blocks,
  };
  const bytes = await documents.render(spec);
  return {
    fileName: clientPdfFileName(
      `${w.text.subject}_${PDF_VARIANT_WORDS[variant][language]}`,
      deck.title,
      new Date(startOfDay(deck.resolvedOn, settings.timeZone)),
      settings.timeZone,
    ),
    bytes,
    pageCount: countPages(bytes),
  };
}
