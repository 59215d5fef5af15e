import { en } from './en';
import { zhTW } from './zh-TW';

export const marketDataLocales = { 'zh-TW': zhTW, en };
