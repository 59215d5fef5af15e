export { createAuditHandlers } from './handlers';
