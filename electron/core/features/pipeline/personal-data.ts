import { CLIENT_LABELS } from '../../../../shared/features/clients';
import { PIPELINE_STAGE_WORDS } from '../../../../shared/features/pipeline';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { PipelineService } from './service';

export const PIPELINE_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': { title: '開發階段紀錄', file: '開發階段', header: ['日期', '階段', '來源', '未成交原因'] },
  en: { title: 'Pipeline stages', file: 'pipeline', header: ['Date', 'Stage', 'Source', 'Why lost'] },
};

/** Where the client stood as a prospect, one row per move. */
export function pipelinePersonalData(pipeline: PipelineService): PersonalDataSource {
  return {
    key: 'pipeline',
    words: PIPELINE_DATA_WORDS,
    read({ clientId, formats: f }) {
      const entry = pipeline.list(true).find((e) => e.clientId === clientId);
      if (!entry) return { rows: [], value: null };
      const { clientName: _name, ...value } = entry;
      return {
        rows: entry.history.map((move) => [
          f.date(move.on),
          f.words(PIPELINE_STAGE_WORDS[move.stage]),
          CLIENT_LABELS[f.language].acquisition[entry.source],
          move.stage === 'lost' ? (entry.lostReason ?? NO_VALUE) : NO_VALUE,
        ]),
        value,
      };
    },
  };
}
