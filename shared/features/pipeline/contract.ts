import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { PIPELINE_CHANNELS } from './channels';
import {
  PIPELINE_STAGE_WORDS,
  pipelineEntrySchema,
  pipelineMoveSchema,
  pipelineReportInputSchema,
  pipelineReportSchema,
} from './schema';

/** 'stage meeting' in words. */
function stageWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(PIPELINE_STAGE_WORDS, /^stage (\w+)$/.exec(detail)?.[1], language);
}

/** The prospect pipeline. Audited on the client; the detail is the stage code, never the reason. */
export const pipelineContract = contractPart(PIPELINE_CHANNELS, {
  'pipeline.list': channel({
    input: z.object({ includeClosed: z.boolean().optional() }).strict(),
    output: z.array(pipelineEntrySchema),
    needsUnlock: true,
    audit: null,
  }),
  'pipeline.move': channel({
    input: z.object({ data: pipelineMoveSchema }).strict(),
    output: pipelineEntrySchema,
    needsUnlock: true,
    audit: {
      action: 'pipeline.move',
      entity: 'client',
      words: { 'zh-TW': '更新開發階段', en: 'Moved a prospect in the pipeline' },
      entityId: (input) => input.data.clientId,
      detail: (input) => `stage ${input.data.stage}`,
      detailWords: stageWords,
    },
  }),
  'pipeline.report': channel({
    input: pipelineReportInputSchema.strict(),
    output: pipelineReportSchema,
    needsUnlock: true,
    audit: null,
  }),
});
