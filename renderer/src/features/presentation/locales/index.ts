import { en } from './en';
import { zhTW } from './zh-TW';

export const presentationLocales = { 'zh-TW': zhTW, en };
