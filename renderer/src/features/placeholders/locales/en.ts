import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'nav.briefings': 'Market briefings',
  'placeholder.comingSoon': 'The {{module}} module is coming soon.',
};
