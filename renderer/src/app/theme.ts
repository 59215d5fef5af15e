import type { ThemeConfig } from 'antd';

/**
 * Ant Design's theme, built so text reaches WCAG AA contrast (4.5:1): antd's default blue gives
 * 4.1:1 under white button text, its error red 3.3:1, and its tertiary text (45 % black: hints,
 * descriptions, empty states) 2.9:1 on the app's grey. The firm's colour is a setting and may be
 * any colour, so it is darkened just enough to carry white text and to stand on its own light tint
 * (the selected menu item).
 */

const MIN_CONTRAST = 4.5;
const WHITE = '#ffffff';
const BLACK = '#000000';
/** How much of the colour the light tint keeps (selected menu item, hover backgrounds). */
const TINT = 0.12;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `colour` over `base` (0: base, 1: colour). */
export function mix(colour: string, base: string, amount: number): string {
  const a = parseHex(colour);
  const b = parseHex(base);
  return toHex(a.map((c, i) => c * amount + b[i]! * (1 - amount)) as Rgb);
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The firm's colour, darkened in small steps until white text and its own tint both read on it. */
export function accessiblePrimary(hex: string): string {
  let colour = hex.toLowerCase();
  for (let step = 1; step <= 20; step += 1) {
    if (
      contrast(colour, WHITE) >= MIN_CONTRAST &&
      contrast(colour, mix(colour, WHITE, TINT)) >= MIN_CONTRAST
    ) {
      return colour;
    }
    colour = mix(hex, BLACK, 1 - step * 0.05);
  }
  return colour;
}

/**
 * The app's theme for a firm colour: buttons, links and the selected menu item in its accessible
 * form; text shades above antd's defaults (60 % black is 5.7:1 on white, 5.5:1 on #f0f2f5).
 */
export function appTheme(firmColour: string): ThemeConfig {
  const primary = accessiblePrimary(firmColour);
  const hover = mix(primary, BLACK, 0.85);
  return {
    token: {
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextDescription: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
      colorError: '#cf1322', // antd's red-7: 5.6:1 on white, where its #ff4d4f gave 3.3:1
      colorPrimary: primary,
      colorPrimaryHover: hover,
      colorPrimaryActive: mix(primary, BLACK, 0.7),
      colorLink: primary,
      colorLinkHover: hover,
    },
    components: {
      Menu: { itemSelectedBg: mix(primary, WHITE, TINT), itemSelectedColor: primary },
    },
  };
}

/** Buttons keep their label as written: antd would otherwise show 儲存 as 儲 存. */
export const BUTTON_CONFIG = { autoInsertSpace: false };
