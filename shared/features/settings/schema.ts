import { z } from 'zod';
import { CURRENCIES, isoDateSchema } from '../clients';
import { DEFAULT_TIME_ZONE, isTimeZone, type DateLanguage, type DateSettings } from '../../kernel/dates';
import type { Currency } from '../../kernel/money';
import { DEFAULT_INVESTOR_CLASS_SETTINGS, investorClassSettingsSchema } from '../investor-classes/settings';
import { DEFAULT_KYC_SETTINGS, kycSettingsSchema } from '../kyc/settings';
import { DEFAULT_SHELF_SETTINGS, shelfSettingsSchema } from '../products/settings';
import { DEFAULT_PROPOSAL_SETTINGS, proposalSettingsSchema } from '../proposals/settings';
import { DEFAULT_SUITABILITY_SETTINGS, suitabilitySettingsSchema } from '../suitability/settings';
import { DEFAULT_TIER_SETTINGS, tierSettingsSchema } from '../tiers/settings';
import { complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS } from '../compliance/settings';
import { DEFAULT_ESCALATION_SETTINGS, escalationSettingsSchema } from '../escalations/settings';
import { DEFAULT_PIPELINE_SETTINGS, pipelineSettingsSchema } from '../pipeline/settings';
import { DEFAULT_BACKUP_SETTINGS, backupSettingsSchema } from '../backup/settings';
import { DEFAULT_MARKET_DATA_SETTINGS, marketDataSettingsSchema } from '../market-data/settings';

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

/**
 * How many TWD one unit of a currency buys, as of a stated date. A currency may have no rate: totals
 * that hold it are then reported as incomplete (shared/kernel/money.ts), never counted as 0 or 1.
 */
export const fxRatesSchema = z.object({
  asOf: isoDateSchema,
  toTwd: z.partialRecord(z.enum(CURRENCIES), z.number().positive().finite()),
  /**
   * Each currency's own date when the rates come from different days (market data's latest points);
   * a currency without one is as of `asOf`. The settings' typed rates have none.
   */
  dates: z.partialRecord(z.enum(CURRENCIES), isoDateSchema).optional(),
});
export type FxRates = z.infer<typeof fxRatesSchema>;

export const settingsSchema = z.object({
  branding: brandingSchema,
  /** The advisor using this desktop, named in the audit trail and on documents. */
  advisorName: z.string().trim().max(60, { message: 'validation.tooLong' }),
  dateFormat: z.enum(['iso', 'roc']),
  /** The IANA zone whose calendar days and clock times every date shows (Asia/Taipei by default). */
  timeZone: z.string().refine(isTimeZone, { message: 'validation.timeZone' }),
  autoLockMinutes: z.number().int().min(1).max(240),
  fxRates: fxRatesSchema,
  // Feature sections, one line each: the feature's settings.ts owns the schema, defaults and words.
  kyc: kycSettingsSchema,
  investorClasses: investorClassSettingsSchema,
  suitability: suitabilitySettingsSchema,
  shelf: shelfSettingsSchema,
  proposals: proposalSettingsSchema,
  tiers: tierSettingsSchema,
  compliance: complianceSettingsSchema,
  escalations: escalationSettingsSchema,
  pipeline: pipelineSettingsSchema,
  backup: backupSettingsSchema,
  marketData: marketDataSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Placeholder rates: the firm sets its own, and every document states the date used. */
export const DEFAULT_TWD_RATES: Readonly<Record<Currency, number>> = {
  TWD: 1,
  USD: 30.6,
  JPY: 0.2,
  EUR: 35.4,
  CNY: 4.3,
  AUD: 20.0,
  HKD: 3.93,
  GBP: 40.2,
};

export const DEFAULT_SETTINGS: Settings = {
  branding: { firmName: 'AdvisorDesk 證券', logoDataUrl: null, primaryColor: '#1f4e79' },
  advisorName: '',
  dateFormat: 'iso',
  timeZone: DEFAULT_TIME_ZONE,
  autoLockMinutes: 10,
  fxRates: { asOf: '2026-11-02', toTwd: DEFAULT_TWD_RATES },
  kyc: DEFAULT_KYC_SETTINGS,
  investorClasses: DEFAULT_INVESTOR_CLASS_SETTINGS,
  suitability: DEFAULT_SUITABILITY_SETTINGS,
  shelf: DEFAULT_SHELF_SETTINGS,
  proposals: DEFAULT_PROPOSAL_SETTINGS,
  tiers: DEFAULT_TIER_SETTINGS,
  compliance: DEFAULT_COMPLIANCE_SETTINGS,
  escalations: DEFAULT_ESCALATION_SETTINGS,
  pipeline: DEFAULT_PIPELINE_SETTINGS,
  backup: DEFAULT_BACKUP_SETTINGS,
  marketData: DEFAULT_MARKET_DATA_SETTINGS,
};

/** How dates are written for these settings in a language (English is always ISO). */
export function dateSettingsOf(
  settings: Pick<Settings, 'dateFormat' | 'timeZone'>,
  language: DateLanguage,
): DateSettings {
  return { style: settings.dateFormat, language, timeZone: settings.timeZone };
}
