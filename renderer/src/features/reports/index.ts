export { reportsLocales } from './locales';
export { reportRoutes } from './routes';
