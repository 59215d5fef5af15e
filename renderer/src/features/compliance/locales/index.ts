import { en } from './en';
import { zhTW } from './zh-TW';

export const complianceLocales = { 'zh-TW': zhTW, en };
