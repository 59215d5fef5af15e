import { en } from './en';
import { zhTW } from './zh-TW';

export const settingsLocales = { 'zh-TW': zhTW, en };
