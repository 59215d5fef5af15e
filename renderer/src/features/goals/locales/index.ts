import { en } from './en';
import { zhTW } from './zh-TW';

export const goalsLocales = { 'zh-TW': zhTW, en };
