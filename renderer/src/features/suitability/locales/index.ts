import { en } from './en';
import { zhTW } from './zh-TW';

export const suitabilityLocales = { 'zh-TW': zhTW, en };
