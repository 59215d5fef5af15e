export { clientsLocales } from './locales';
export { clientRoutes } from './routes';
export { ClientPicker } from './ClientPicker';
export { clientPaths } from './paths';
