import { en } from './en';
import { zhTW } from './zh-TW';

export const appLocales = { 'zh-TW': zhTW, en };
