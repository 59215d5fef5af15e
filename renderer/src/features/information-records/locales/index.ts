import { en } from './en';
import { zhTW } from './zh-TW';

export const informationRecordsLocales = { 'zh-TW': zhTW, en };
