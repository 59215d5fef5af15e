export { RegulatoryUpdatesService } from './service';
export { createRegulatoryUpdatesHandlers, createRegulatoryUpdatesService } from './handlers';
