import { SETTINGS_CHANNELS } from '../../../../shared/features/settings';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { SettingsRepository } from './repository';

export function createSettingsHandlers(context: CoreContext): FeatureHandlers<typeof SETTINGS_CHANNELS> {
  const settings = context.perDatabase((db) => new SettingsRepository(db));
  return {
    'settings.get': () => settings().get(),
    'settings.update': (patch) => {
      const updated = settings().update(patch);
      context.session.setAutoLockMinutes(updated.autoLockMinutes);
      return updated;
    },
  };
}
