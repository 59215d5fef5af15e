import type { Branding } from '../../../shared/features/settings';
import { tint } from './layout';

/** Page sizes, margins, colours and text sizes of every document. All lengths are in points. */

export interface PageBox {
  width: number;
  height: number;
}

export const PAGE_SIZES = {
  /** ISO A4 portrait: proposals, dossiers, reports. */
  a4: { width: 595.28, height: 841.89 },
  /** 16:9 landscape at 13.333 × 7.5 in, the size presentation software uses for widescreen decks. */
  deck: { width: 960, height: 540 },
} as const satisfies Record<string, PageBox>;
export type PageSizeName = keyof typeof PAGE_SIZES;

export interface DocumentTheme {
  page: PageBox;
  /** Left and right edges of the text, and the outer edges of the header band's content. */
  marginX: number;
  /** Height of the coloured band at the top of every page. */
  headerHeight: number;
  /** Height of the footer (rule, page number, notice) above the bottom edge. */
  footerHeight: number;
  /** Space between the header band and the first line, and between the text and the footer. */
  gap: number;
  colors: {
    primary: string;
    /** The primary colour mixed with white, for rules and fills that must stay light. */
    primaryLight: string;
    primaryPale: string;
    text: string;
    muted: string;
    rule: string;
    onPrimary: string;
  };
  sizes: { h1: number; h2: number; body: number; small: number; footer: number };
}

export interface ThemeOptions {
  size?: PageSizeName;
  /** A taller band for a document whose first impression is the header (the one-page dossier). */
  headerHeight?: number;
  /** Larger text throughout, for readers who need it (clients aged 65 and over). */
  largeType?: boolean;
}

/**
 * Large type (documents for clients aged 65 and over): body text of at least 14 pt, headings and
 * notes in proportion, and darker text and rules for high contrast. The running footer keeps its
 * size (it must fit its line).
 */
const LARGE_SIZES = {
  a4: { h1: 18, h2: 15.5, body: 14, small: 12.5 },
  deck: { h1: 24, h2: 19, body: 16, small: 14 },
};

export function documentTheme(branding: Branding, options: ThemeOptions = {}): DocumentTheme {
  const deck = options.size === 'deck';
  const primary = branding.primaryColor;
  return {
    page: PAGE_SIZES[options.size ?? 'a4'],
    marginX: deck ? 48 : 40,
    headerHeight: options.headerHeight ?? (deck ? 64 : 60),
    footerHeight: 30,
    gap: 16,
    colors: {
      primary,
      primaryLight: tint(primary, 0.7),
      primaryPale: tint(primary, 0.9),
      text: options.largeType ? '#000000' : '#222222',
      muted: options.largeType ? '#333333' : '#666666',
      rule: options.largeType ? '#808080' : '#d0d0d0',
      onPrimary: '#ffffff',
    },
    sizes: {
      ...(deck
        ? { h1: 20, h2: 15, body: 12, small: 10, footer: 8 }
        : { h1: 13, h2: 11, body: 9.5, small: 8.5, footer: 7.5 }),
      ...(options.largeType ? LARGE_SIZES[deck ? 'deck' : 'a4'] : {}),
    },
  };
}

/** Where the footer's rule is drawn: the footer sits between it and the bottom edge. */
export function footerTop(theme: DocumentTheme): number {
  return theme.page.height - theme.footerHeight - FOOTER_EDGE;
}
const FOOTER_EDGE = 24;

/** The box the flow writes into: below the header band, above the footer. */
export function bodyBox(theme: DocumentTheme) {
  const top = theme.headerHeight + theme.gap;
  const bottom = footerTop(theme) - theme.gap / 2;
  return { left: theme.marginX, right: theme.page.width - theme.marginX, top, bottom };
}
export type BodyBox = ReturnType<typeof bodyBox>;
