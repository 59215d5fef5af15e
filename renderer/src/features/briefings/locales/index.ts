import { en } from './en';
import { zhTW } from './zh-TW';

export const briefingsLocales = { 'zh-TW': zhTW, en };
