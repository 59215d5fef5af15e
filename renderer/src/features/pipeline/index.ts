import type { FeatureSlots } from '../../app/slots';
import { PipelineSettingsSection } from './PipelineSettingsSection';

export { pipelineLocales } from './locales';
export { pipelineRoutes } from './routes';

/** The account-opening target in 設定. */
export const pipelineSlots: FeatureSlots = {
  settingsSections: [
    { key: 'pipeline', titleKey: 'pipelineSettings.title', Section: PipelineSettingsSection },
  ],
};
