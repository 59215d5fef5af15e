import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'nav.settings': 'Settings',

  'settings.branding': 'Firm branding',
  'settings.firmName': 'Firm name',
  'settings.primaryColor': 'Primary colour',
  'settings.logo': 'Logo',
  'settings.logoHint': 'PNG or JPEG, up to 512 KB. Shown in the header and on PDF documents.',
  'settings.logoUpload': 'Upload logo',
  'settings.logoRemove': 'Remove',
  'settings.logoPreview': 'Logo preview',
  'settings.preferences': 'Display and security',
  'settings.dateFormat': 'Date format',
  'settings.dateIso': 'ISO ({{sample}})',
  'settings.dateRoc': 'ROC calendar ({{sample}})',
  'settings.timeZone': 'Time zone (dates follow its calendar day)',
  'settings.autoLockMinutes': 'Auto-lock',
  'settings.autoLockHint': 'The database locks after this much idle time.',
  'settings.minutes': 'minutes',
  'settings.fxRates': 'Exchange rates',
  'settings.fxAsOf': 'Rates as of',
  'settings.fxRate': '1 {{currency}} in TWD',
  'settings.passphrase': 'Change passphrase',
  'settings.currentPassphrase': 'Current passphrase',
  'settings.changePassphrase': 'Change passphrase',
  'settings.passphraseChanged': 'Passphrase changed; the recovery code still works',
  'settings.saved': 'Settings saved',
  'settings.advisor': 'Advisor',
  'settings.advisorName': 'Advisor name',
  'settings.advisorNameHint': 'Shown in the audit trail, naming who did each action.',
};
