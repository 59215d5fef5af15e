export * from './demo-clients';
