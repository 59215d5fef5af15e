export { complianceLocales } from './locales';
export { complianceRoutes } from './routes';
