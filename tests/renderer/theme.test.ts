import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessiblePrimary, appTheme, contrast, mix } from '../../renderer/src/app/theme';

const hexColour = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // antd's default blue under white text, the reason for this module.
    expect(contrast('#ffffff', '#1677ff')).toBeCloseTo(4.1, 1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('accessiblePrimary', () => {
  it('keeps a firm colour that already reads well', () => {
    expect(accessiblePrimary('#1f4e79')).toBe('#1f4e79');
  });

  it('darkens a light firm colour until white text and its tint both read on it', () => {
    fc.assert(
      fc.property(hexColour, (colour) => {
        const primary = accessiblePrimary(colour);
        expect(contrast(primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(contrast(primary, mix(primary, '#ffffff', 0.12))).toBeGreaterThanOrEqual(4.5);
      }),
    );
    expect(accessiblePrimary('#ffd700')).not.toBe('#ffd700');
  });
});

describe('appTheme', () => {
  it('uses the accessible colour for buttons, links and the selected menu item', () => {
    const theme = appTheme('#1677ff');
    const primary = accessiblePrimary('#1677ff');
    expect(theme.token).toMatchObject({ colorPrimary: primary, colorLink: primary });
    expect(theme.components?.Menu).toMatchObject({ itemSelectedColor: primary });
    expect(contrast(primary, theme.components!.Menu!.itemSelectedBg as string)).toBeGreaterThanOrEqual(4.5);
  });
});
