export { productsLocales } from './locales';
export { productRoutes } from './routes';
export { productPaths } from './paths';
