import type { Language } from '../../../shared/i18n/messages';
import { clientsLocales } from '../features/clients';
import { complianceLocales } from '../features/compliance';
import { kycLocales } from '../features/kyc';
import { investorClassesLocales } from '../features/investor-classes';
import { briefingsLocales } from '../features/briefings';
import { productsLocales } from '../features/products';
import { proposalsLocales } from '../features/proposals';
import { settingsLocales } from '../features/settings';
import { suitabilityLocales } from '../features/suitability';
import { vaultLocales } from '../features/vault';
import { holdingsLocales } from '../features/holdings';
import { goalsLocales } from '../features/goals';
import { assumptionsLocales } from '../features/capital-markets';
import { backupLocales } from '../features/backup';
import { marketDataLocales } from '../features/market-data';
import { informationRecordsLocales } from '../features/information-records';
import { regulatoryUpdatesLocales } from '../features/regulatory-updates';
import { escalationsLocales } from '../features/escalations';
import { pipelineLocales } from '../features/pipeline';
import { reportsLocales } from '../features/reports';
import { tiersLocales } from '../features/tiers';
import { activitiesLocales } from '../features/activities';
import { presentationLocales } from '../features/presentation';
import { appLocales } from './locales';

/** Every feature's screen text, one line each. Keys are flat and unique across features. */
export const LOCALES = {
  app: appLocales,
  vault: vaultLocales,
  clients: clientsLocales,
  settings: settingsLocales,
  compliance: complianceLocales,
  briefings: briefingsLocales,
  products: productsLocales,
  kyc: kycLocales,
  suitability: suitabilityLocales,
  'investor-classes': investorClassesLocales,
  holdings: holdingsLocales,
  goals: goalsLocales,
  'capital-markets': assumptionsLocales,
  proposals: proposalsLocales,
  backup: backupLocales,
  'market-data': marketDataLocales,
  'information-records': informationRecordsLocales,
  'regulatory-updates': regulatoryUpdatesLocales,
  escalations: escalationsLocales,
  pipeline: pipelineLocales,
  reports: reportsLocales,
  tiers: tiersLocales,
  activities: activitiesLocales,
  presentation: presentationLocales,
} as const;

function merged(language: Language): Record<string, string> {
  return Object.assign({}, ...Object.values(LOCALES).map((locales) => locales[language])) as Record<
    string,
    string
  >;
}

/** The merged resources i18next loads, one flat table per language. */
export const messages: Record<Language, Record<string, string>> = {
  'zh-TW': merged('zh-TW'),
  en: merged('en'),
};
