import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { ASSET_CLASSES } from './words';

/** The shelf's firm settings. */
export const shelfSettingsSchema = z.object({
  /**
   * The preferred product per asset class: a proposal's first draft fills each class of the model
   * portfolio with it. A class without one (or whose product is no longer approved) is left for
   * the advisor to fill, and the draft says so.
   */
  preferredByAssetClass: z.partialRecord(
    z.enum(ASSET_CLASSES),
    z.string().uuid({ message: 'validation.id' }),
  ),
});
export type ShelfSettings = z.infer<typeof shelfSettingsSchema>;

export const DEFAULT_SHELF_SETTINGS: ShelfSettings = { preferredByAssetClass: {} };

export const SHELF_SETTINGS_WORDS: AuditWords = { 'zh-TW': '商品架設定', en: 'shelf settings' };
