import { en } from './en';
import { zhTW } from './zh-TW';

export const assumptionsLocales = { 'zh-TW': zhTW, en };
