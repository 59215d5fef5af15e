export { settingsLocales } from './locales';
export { settingsRoutes } from './routes';
export { useSettingsSave } from './useSettingsSave';
