/** Portfolio analytics engine: pure functions shared by the screens, the PDF and the CLI. */
export * from './assumptions';
export * from './problem';
export * from './optimizer';
export * from './frontier';
export * from './model-portfolios';
export * from './metrics';
export * from './series';
export * from './montecarlo';
export * from './montecarlo-paths';
export * from './stress';
export * from './rebalance';
export { kktReport, type KktReport } from './qp';
export * from './historical';
