/**
 * The charts' one palette: Okabe & Ito's eight colours, distinguishable with the common forms of
 * colour blindness, and fill patterns so that no chart tells series apart by colour alone (every
 * series also has a pattern, a marker shape or a direct text label).
 */

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Categorical colours in the order slices and classes take them (black last: it carries no fill well). */
export const CATEGORY_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.purple,
  OKABE_ITO.yellow,
  '#6b6b6b',
];

/** Current vs proposed: current is the hatched sky blue, proposed the solid blue. */
export const SERIES = {
  current: { color: OKABE_ITO.skyBlue, pattern: 'diagonal' },
  proposed: { color: OKABE_ITO.blue, pattern: 'solid' },
} as const satisfies Record<string, { color: string; pattern: FillPattern }>;

export const TEXT_COLOR = '#333333';
export const MUTED_COLOR = '#595959';
export const GRID_COLOR = '#e6e6e6';
export const CHART_FONT = { fontFamily: 'Noto Sans TC, Noto Sans CJK TC, sans-serif' } as const;

export const FILL_PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
export type FillPattern = (typeof FILL_PATTERNS)[number];

/** The colour and pattern of the i-th category: patterns change once the colours run out, and alternate before. */
export function categoryFill(index: number): { color: string; pattern: FillPattern } {
  const colors = CATEGORY_COLORS.length;
  return {
    color: CATEGORY_COLORS[index % colors]!,
    pattern: FILL_PATTERNS[(index + Math.floor(index / colors)) % FILL_PATTERNS.length]!,
  };
}

/**
 * The id of a pattern's <pattern> element. It names the colour and pattern only, so two charts on
 * one screen that define the same id define the same drawing, and svg-to-pdfkit can follow it.
 */
export function patternId(color: string, pattern: FillPattern): string {
  return `adv-${pattern}-${color.replace('#', '').toLowerCase()}`;
}

/** What a `fill` attribute holds for a colour and pattern (the pattern must be defined in the same SVG). */
export function fillOf(color: string, pattern: FillPattern): string {
  return pattern === 'solid' ? color : `url(#${patternId(color, pattern)})`;
}
