import { en } from './en';
import { zhTW } from './zh-TW';

export const backupLocales = { 'zh-TW': zhTW, en };
