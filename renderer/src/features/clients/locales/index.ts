import { en } from './en';
import { zhTW } from './zh-TW';

export const clientsLocales = { 'zh-TW': zhTW, en };
