import type { SettingsSection } from '../../../app/slots';
import { ProposalSettingsSection } from './ProposalSettingsSection';

/**
 * The 建議書 section in 設定. Its title is the settings page's (settings.proposals); its fields
 * are labelled from shared/features/proposals/settings.ts.
 */
export const proposalSettingsSections: readonly SettingsSection[] = [
  { key: 'proposals', titleKey: 'settings.proposals', Section: ProposalSettingsSection },
];
