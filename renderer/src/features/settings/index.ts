export { settingsLocales } from './locales';
export { settingsRoutes } from './routes';
