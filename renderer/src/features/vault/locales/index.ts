import { en } from './en';
import { zhTW } from './zh-TW';

export const vaultLocales = { 'zh-TW': zhTW, en };
