import { z } from 'zod';
import { CURRENCIES, isoDateSchema } from '../clients/schema';

/** Firm and user settings kept in the encrypted store. Every threshold is a setting. */

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const brandingSchema = z.object({
  firmName: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(60, { message: 'validation.tooLong' }),
  /** PNG or JPEG as a data: URL, at most ~512 KiB. */
  logoDataUrl: z
    .string()
    .max(700_000, { message: 'validation.tooLarge' })
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'validation.logo' })
    .nullable(),
  primaryColor: z.string().regex(HEX_COLOR, { message: 'validation.color' }),
});
export type Branding = z.infer<typeof brandingSchema>;

/** How many TWD one unit of a currency buys, as of a stated date. */
export const fxRatesSchema = z.object({
  asOf: isoDateSchema,
  toTwd: z.record(z.enum(CURRENCIES), z.number().positive().finite()),
});
export type FxRates = z.infer<typeof fxRatesSchema>;

export const settingsSchema = z.object({
  branding: brandingSchema,
  /** The advisor using this desktop, named in the audit trail and on documents. */
  advisorName: z.string().trim().max(60, { message: 'validation.tooLong' }),
  dateFormat: z.enum(['iso', 'roc']),
  autoLockMinutes: z.number().int().min(1).max(240),
  fxRates: fxRatesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  branding: { firmName: 'AdvisorDesk 證券', logoDataUrl: null, primaryColor: '#1f4e79' },
  advisorName: '',
  dateFormat: 'iso',
  autoLockMinutes: 10,
  // Placeholder rates: the firm sets its own, and every document states the date used.
  fxRates: {
    asOf: '2026-11-02',
    toTwd: { TWD: 1, USD: 30.6, JPY: 0.2, EUR: 35.4, CNY: 4.3, AUD: 20.0, HKD: 3.93, GBP: 40.2 },
  },
};
