import { en } from './en';
import { zhTW } from './zh-TW';

export const escalationsLocales = { 'zh-TW': zhTW, en };
