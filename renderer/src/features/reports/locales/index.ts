import { en } from './en';
import { zhTW } from './zh-TW';

export const reportsLocales = { 'zh-TW': zhTW, en };
