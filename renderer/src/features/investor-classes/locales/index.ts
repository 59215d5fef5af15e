import { en } from './en';
import { zhTW } from './zh-TW';

export const investorClassesLocales = { 'zh-TW': zhTW, en };
