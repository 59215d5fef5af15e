import { en } from './en';
import { zhTW } from './zh-TW';

export const productsLocales = { 'zh-TW': zhTW, en };
