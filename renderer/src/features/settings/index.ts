export * from './SettingsPage';
