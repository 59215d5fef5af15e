import { en } from './en';
import { zhTW } from './zh-TW';

export const tiersLocales = { 'zh-TW': zhTW, en };
