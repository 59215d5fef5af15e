import type { AssetClass } from '../../../../shared/analytics';
import type { Language } from '../../../../shared/i18n/messages';

/** An asset class's name in the screen's language, from the document itself (its id without one). */
export function className(asset: Pick<AssetClass, 'id' | 'name' | 'nameZh'>, language: Language): string {
  return (language === 'zh-TW' ? asset.nameZh : asset.name) ?? asset.name ?? asset.id;
}

/** A fraction as a percentage for the screen (0.07 → 7), rounded away from float noise. */
export const toPercent = (fraction: number) => Number((fraction * 100).toPrecision(10));
/** A percentage typed on the screen as the document's fraction (7 → 0.07). */
export const fromPercent = (percent: number) => Number((percent / 100).toPrecision(10));
