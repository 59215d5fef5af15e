import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'app.title': 'Advisor Workbench',
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'error.backoffSeconds': 'Too many attempts; try again in {{seconds}} s',

  'header.switchLanguage': '中文',
  'header.lock': 'Lock',
  'header.hideAmounts': 'Hide amounts',
  'header.privacyShortcut': 'Hide amounts, keep percentages (Ctrl+Shift+H)',
  'nav.label': 'Main menu',

  'leave.title': 'Leave without saving?',
  'leave.body': 'What you typed on this page is not saved yet and will be lost if you leave.',
  'leave.confirm': 'Leave without saving',
  'leave.stay': 'Stay on this page',
};
