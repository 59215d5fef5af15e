import { CATEGORY_COLORS, MUTED_COLOR, OKABE_ITO, TEXT_COLOR } from '../../../../../shared/charts/palette';

/**
 * How a slide is drawn: at a fixed logical size (1280×720, 16:9) scaled to the room it is given,
 * so type keeps its proportions from the editor's thumbnail to a 1920×1080 projector. The
 * projection palette is black on white with heavier type and lines: readable from the back of a
 * room, and its colours stay Okabe & Ito's (safe for the common forms of colour blindness).
 */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export const SLIDE_PALETTES = ['standard', 'projection'] as const;
export type SlidePalette = (typeof SLIDE_PALETTES)[number];

export interface SlideTheme {
  palette: SlidePalette;
  background: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
  colors: readonly string[];
  /** Body text size in logical pixels; headings and notes scale from it. */
  body: number;
  weight: number;
}

export function slideTheme(palette: SlidePalette): SlideTheme {
  return palette === 'projection'
    ? {
        palette,
        background: '#ffffff',
        text: '#000000',
        muted: '#1f1f1f',
        accent: OKABE_ITO.blue,
        rule: '#000000',
        colors: CATEGORY_COLORS,
        body: 30,
        weight: 600,
      }
    : {
        palette,
        background: '#ffffff',
        text: TEXT_COLOR,
        muted: MUTED_COLOR,
        accent: OKABE_ITO.blue,
        rule: '#d9d9d9',
        colors: CATEGORY_COLORS,
        body: 26,
        weight: 400,
      };
}

/** A fraction as a percentage with one decimal ("12.5%"); a dash for none. */
export function percentText(fraction: number | null | undefined, signed = false): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const text = `${(fraction * 100).toFixed(1)}%`;
  return signed && fraction > 0 ? `+${text}` : text;
}
