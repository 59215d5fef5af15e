import type { ResolvedDeck, ResolvedSlide } from '../../../../../shared/features/briefings';
import type { Block } from '../../../documents/document';
import { boxedText, drawSvg } from '../../../documents/layout';
import { EMPTY, type DeckWriter } from './format';
import { disclosureBlocks, titleOf } from './slides';

/**
 * The handout: two or three slides to an A4 page, each a small 16:9 frame (its title, its chart as
 * vectors, or its main lines) with the speaker's notes and ruled lines for the reader's own notes
 * beside it. Charts are given drawn (the handout awaits them: its frames are fixed-height pieces).
 */

/** A4's body is about 720 pt high: the frame and its gap for two or three to a page. */
const LAYOUT = {
  2: { frameWidth: 330, itemHeight: 330 },
  3: { frameWidth: 290, itemHeight: 222 },
} as const;
const NOTE_LINE_GAP = 22;

/** What a frame without a chart shows: the slide's main lines. */
function summary(w: DeckWriter, slide: ResolvedSlide): string[] {
  const b = slide.block;
  const d = slide.data;
  switch (d.kind) {
    case 'title':
      return b.kind === 'title' ? [b.subtitle, d.firmName, w.day(d.date)].filter(Boolean) : [];
    case 'text':
      return b.kind === 'text' ? b.bullets.filter((x) => x.trim()).map((x) => `• ${x}`) : [];
    case 'returnsTable':
      return d.rows.map((r) => `${w.seriesName(r)}  1Y ${w.percent(r.figures?.returns['1Y'] ?? null)}`);
    case 'fxPanel':
      return d.rates.map((r) => `${r.currency}  ${r.rate === null ? EMPTY : w.number(r.rate, 4)}`);
    case 'productSpotlight':
      return d.product
        ? [
            `${w.language === 'en' ? (d.product.nameEn ?? d.product.nameZh) : d.product.nameZh}（${d.product.code}）`,
            `RR${d.product.riskRating} · ${d.product.currency}`,
            ...(d.product.maxLossStatement ? [d.product.maxLossStatement] : []),
          ]
        : [w.text.product.missing];
    default:
      return [];
  }
}

function frame(
  w: DeckWriter,
  slide: ResolvedSlide,
  number: number,
  chart: string | null,
  perPage: 2 | 3,
): Block {
  const { frameWidth, itemHeight } = LAYOUT[perPage];
  const frameHeight = (frameWidth * 9) / 16;
  return {
    kind: 'custom',
    height: itemHeight,
    draw(doc, at, theme) {
      const { x, y } = at;
      doc.rect(x, y, frameWidth, frameHeight).lineWidth(0.8).stroke(theme.colors.rule);
      boxedText(doc, `${number}. ${titleOf(w, slide)}`, x + 8, y + 6, frameWidth - 16, 1, {
        size: 10,
        color: theme.colors.primary,
        bold: true,
      });
      const inner = { x: x + 8, y: y + 24, width: frameWidth - 16, height: frameHeight - 30 };
      const d = slide.data;
      if (chart) drawSvg(doc, chart, inner.x, inner.y, inner.width, inner.height);
      else if (d.kind === 'image' && d.dataBase64) {
        doc.image(Buffer.from(d.dataBase64, 'base64'), inner.x, inner.y, {
          fit: [inner.width, inner.height],
          align: 'center',
          valign: 'center',
        });
      } else {
        boxedText(doc, summary(w, slide).join('\n'), inner.x, inner.y, inner.width, perPage === 2 ? 9 : 7, {
          size: 8,
          color: theme.colors.text,
        });
      }
      // Beside the frame: the speaker's notes, then ruled lines to write on.
      const notesX = x + frameWidth + 16;
      const notesWidth = at.width - frameWidth - 16;
      let lineY = y + 4;
      lineY += boxedText(doc, w.text.notes, notesX, lineY, notesWidth, 1, {
        size: 9,
        color: theme.colors.muted,
        bold: true,
      });
      if (slide.notes)
        lineY +=
          4 +
          boxedText(doc, slide.notes, notesX, lineY + 4, notesWidth, 5, {
            size: 8.5,
            color: theme.colors.text,
          });
      for (let ly = lineY + NOTE_LINE_GAP; ly < y + itemHeight - 12; ly += NOTE_LINE_GAP) {
        doc
          .moveTo(notesX, ly)
          .lineTo(notesX + notesWidth, ly)
          .lineWidth(0.5)
          .stroke(theme.colors.rule);
      }
    },
  };
}

/** The handout's blocks: `perPage` frames to a page, then the disclosure on its own page. */
export function handoutBlocks(
  w: DeckWriter,
  deck: ResolvedDeck,
  charts: ReadonlyMap<number, string>,
  perPage: 2 | 3,
): Block[] {
  const frames = deck.slides.flatMap((slide, i): Block[] => [
    ...(i > 0 && i % perPage === 0 ? [{ kind: 'pageBreak' as const }] : []),
    frame(w, slide, i + 1, charts.get(i) ?? null, perPage),
  ]);
  return [...frames, { kind: 'pageBreak' }, ...disclosureBlocks(w, deck)];
}
