import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/** A threshold in whole TWD; the messages are keys into shared/i18n, so every front end words them. */
const twd = z
  .number({ message: 'validation.amount' })
  .int({ message: 'validation.number' })
  .min(0, { message: 'validation.nonNegative' })
  .max(1e13, { message: 'validation.tooLarge' });

/** The criteria for each investor class in TWD (domain.md defaults); the firm may set its own. */
export const investorClassSettingsSchema = z.object({
  professionalNatural: z.object({
    provableAssetsTwd: twd,
    singleTradeTwd: twd,
    heldAtFirmTwd: twd,
    statedTotalTwd: twd,
  }),
  professionalEntity: z.object({ totalAssetsTwd: twd }),
  highAsset: z.object({ investableAssetsTwd: twd, heldAtFirmTwd: twd, statedTotalTwd: twd }),
});
export type InvestorClassSettings = z.infer<typeof investorClassSettingsSchema>;

export const DEFAULT_INVESTOR_CLASS_SETTINGS: InvestorClassSettings = {
  professionalNatural: {
    provableAssetsTwd: 30_000_000,
    singleTradeTwd: 3_000_000,
    heldAtFirmTwd: 15_000_000,
    statedTotalTwd: 30_000_000,
  },
  professionalEntity: { totalAssetsTwd: 50_000_000 },
  highAsset: { investableAssetsTwd: 100_000_000, heldAtFirmTwd: 30_000_000, statedTotalTwd: 100_000_000 },
};

export const INVESTOR_CLASS_SETTINGS_WORDS: AuditWords = {
  'zh-TW': '投資人分類標準',
  en: 'investor class criteria',
};
