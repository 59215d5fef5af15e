export { createVaultHandlers } from './handlers';
