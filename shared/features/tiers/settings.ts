import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/**
 * The firm's client tiers by assets in TWD (domain.md default: 頂級 ≥ NT$30M, 貴賓 ≥ NT$10M, 一般
 * below). Ordered from the highest; the last tier has floor 0. The client-book issue adds service
 * plans to each; reports group by `tierOf`.
 */
export const tierSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/),
  name: z.object({ 'zh-TW': z.string().min(1).max(20), en: z.string().min(1).max(30) }),
  minAssetsTwd: z.number().min(0),
});
export type Tier = z.infer<typeof tierSchema>;

export const tierSettingsSchema = z.object({
  tiers: z
    .array(tierSchema)
    .min(1)
    .max(10)
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.minAssetsTwd < tiers[i - 1]!.minAssetsTwd), {
      message: 'validation.tierOrder',
    })
    .refine((tiers) => tiers[tiers.length - 1]!.minAssetsTwd === 0, { message: 'validation.tierFloor' }),
});
export type TierSettings = z.infer<typeof tierSettingsSchema>;

export const DEFAULT_TIER_SETTINGS: TierSettings = {
  tiers: [
    { key: 'top', name: { 'zh-TW': '頂級', en: 'Premier' }, minAssetsTwd: 30_000_000 },
    { key: 'vip', name: { 'zh-TW': '貴賓', en: 'VIP' }, minAssetsTwd: 10_000_000 },
    { key: 'general', name: { 'zh-TW': '一般', en: 'General' }, minAssetsTwd: 0 },
  ],
};

export const TIER_SETTINGS_WORDS: AuditWords = { 'zh-TW': '客戶分級', en: 'client tiers' };

/** The tier a client with these assets (TWD) falls in. */
export function tierOf(assetsTwd: number, settings: TierSettings): Tier {
  return (
    settings.tiers.find((t) => assetsTwd >= t.minAssetsTwd) ?? settings.tiers[settings.tiers.length - 1]!
  );
}
