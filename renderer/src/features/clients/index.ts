export { clientsLocales } from './locales';
export { clientRoutes } from './routes';
