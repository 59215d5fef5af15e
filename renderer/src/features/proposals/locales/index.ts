import { en } from './en';
import { zhTW } from './zh-TW';

export const proposalsLocales = { 'zh-TW': zhTW, en };
