export * from './SetupScreen';
export * from './UnlockScreen';
