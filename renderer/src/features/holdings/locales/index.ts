import { en } from './en';
import { zhTW } from './zh-TW';

export const holdingsLocales = { 'zh-TW': zhTW, en };
