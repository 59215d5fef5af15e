export { placeholdersLocales } from './locales';
export { placeholderRoutes } from './routes';
