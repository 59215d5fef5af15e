import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'setup.title': 'First-run setup',
  'setup.intro':
    'Choose the passphrase that protects client data. The database is encrypted on this computer.',
  'passphrase.new': 'New passphrase',
  'setup.passphrase': 'Passphrase',
  'setup.passphraseHint': 'At least 10 characters; a sentence you remember works well.',
  'setup.confirm': 'Repeat passphrase',
  'setup.mismatch': 'The two passphrases differ',
  'setup.submit': 'Create encrypted database',
  'setup.or': 'or',
  'setup.newInstead': 'Create a new vault instead',
  'setup.recoveryTitle': 'Write down your recovery code',
  'setup.recoveryWarningTitle': 'This recovery code is shown only once',
  'setup.recoveryWarning':
    'If you forget the passphrase, only this code gets the data back. Write it on paper and keep it safe; do not photograph it or store it on the computer. Without the passphrase and the code, the data cannot be recovered.',
  'setup.recoveryCodeLabel': 'Recovery code',
  'setup.recoveryAck': 'I have written down the recovery code',
  'setup.recoveryContinue': 'Continue',

  'unlock.title': 'Unlock',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.useRecovery': 'Forgot the passphrase? Use the recovery code',
  'unlock.usePassphrase': 'Unlock with the passphrase',
  'unlock.recoverTitle': 'Unlock with the recovery code',
  'unlock.recoveryCode': 'Recovery code',
  'unlock.recoverSubmit': 'Unlock and set a new passphrase',
  'unlock.remember': 'Remember on this computer (protected by the OS keychain)',
  'unlock.withDevice': 'Unlock with the key remembered on this computer',
  'unlock.forgetDevice': 'Forget this computer',

  'launchLink.title': 'Open AdvisorDesk from its start-up address',
  'launchLink.why':
    'This tab has no valid launch key: the browser mode only answers the full address printed at start-up (including the part after #token=), and that key changes at every start, so retrying cannot work.',
  'launchLink.howIntro': 'To get a fresh address:',
  'launchLink.stepRestart':
    'Restart AdvisorDesk: run npm start or npm run web again in a terminal (or reopen the app).',
  'launchLink.stepOpen':
    'Open the full address printed after "Open:", including #token= and what follows it.',
  'launchLink.sameData': 'Your data stays in its folder: restarting loses nothing.',
};
