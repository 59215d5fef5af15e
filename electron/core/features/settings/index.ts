export { SettingsRepository } from './repository';
export { createSettingsHandlers } from './handlers';
