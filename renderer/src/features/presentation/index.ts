export { presentationLocales } from './locales';
export { presentationRoutes } from './routes';
export { presentationPaths } from './paths';
