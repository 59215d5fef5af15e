export * from './LaunchLinkHelp';
export * from './SetupScreen';
export * from './UnlockScreen';
export { vaultLocales } from './locales';
