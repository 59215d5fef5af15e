export { createDemoHandlers } from './handlers';
