import { en } from './en';
import { zhTW } from './zh-TW';

export const regulatoryUpdatesLocales = { 'zh-TW': zhTW, en };
