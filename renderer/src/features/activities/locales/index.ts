import { en } from './en';
import { zhTW } from './zh-TW';

export const activitiesLocales = { 'zh-TW': zhTW, en };
