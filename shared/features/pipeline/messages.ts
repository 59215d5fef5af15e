import type { Language } from '../../i18n/messages';

/** Validation messages of the pipeline feature; shared/i18n/messages.ts spreads them in. */
export const PIPELINE_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.lostReason': '請填寫未成交原因',
    'validation.stageBeforeLast': '日期不可早於上一階段',
    'validation.pipelineClosed': '此客戶已開戶或已結案，不再移動階段',
  },
  en: {
    'validation.lostReason': 'Say why the prospect was lost',
    'validation.stageBeforeLast': 'The date cannot be before the previous stage',
    'validation.pipelineClosed': 'This prospect has already opened an account or was lost',
  },
};
