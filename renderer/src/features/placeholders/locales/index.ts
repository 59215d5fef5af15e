import { en } from './en';
import { zhTW } from './zh-TW';

export const placeholdersLocales = { 'zh-TW': zhTW, en };
