export { ProductsService, changedFields } from './service';
export { ProductsRepository } from './repository';
export { createProductsHandlers, createProductsService } from './handlers';
