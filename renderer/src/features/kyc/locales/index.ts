import { en } from './en';
import { zhTW } from './zh-TW';

export const kycLocales = { 'zh-TW': zhTW, en };
