import { en } from './en';
import { zhTW } from './zh-TW';

export const pipelineLocales = { 'zh-TW': zhTW, en };
