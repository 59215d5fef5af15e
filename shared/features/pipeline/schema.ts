import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText } from '../../kernel/text-fields';
import { acquisitionSourceSchema, clientIdSchema, isoDateSchema } from '../clients';
import { PIPELINE_PERIODS, type PipelinePeriod } from './settings';

/** A prospect's way to an opened account (P1.1.1), in order; `lost` ends it anywhere. */
export const PIPELINE_STAGES = [
  'lead',
  'contacted',
  'meeting',
  'kyc_done',
  'account_opened',
  'lost',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
/** The stages a prospect moves through, without `lost`: the funnel's rows. */
export const FUNNEL_STAGES = PIPELINE_STAGES.filter((s) => s !== 'lost') as readonly Exclude<
  PipelineStage,
  'lost'
>[];

export const PIPELINE_STAGE_WORDS: Readonly<Record<PipelineStage, AuditWords>> = {
  lead: { 'zh-TW': '名單', en: 'Lead' },
  contacted: { 'zh-TW': '已接觸', en: 'Contacted' },
  meeting: { 'zh-TW': '已會面', en: 'Meeting' },
  kyc_done: { 'zh-TW': '完成風險評估', en: 'KYC done' },
  account_opened: { 'zh-TW': '已開戶', en: 'Account opened' },
  lost: { 'zh-TW': '未成交', en: 'Lost' },
};

export const PIPELINE_PERIOD_WORDS: Readonly<Record<PipelinePeriod, AuditWords>> = {
  month: { 'zh-TW': '每月', en: 'Monthly' },
  quarter: { 'zh-TW': '每季', en: 'Quarterly' },
};

/** A move to a stage on a day; a loss says why. */
export const pipelineMoveSchema = z
  .object({
    clientId: clientIdSchema,
    stage: z.enum(PIPELINE_STAGES, { message: 'validation.invalid' }),
    on: isoDateSchema,
    lostReason: optionalText(500),
  })
  .refine((move) => move.stage !== 'lost' || move.lostReason !== null, {
    message: 'validation.lostReason',
    path: ['lostReason'],
  });
export type PipelineMoveInput = z.input<typeof pipelineMoveSchema>;
export type PipelineMove = z.output<typeof pipelineMoveSchema>;

export const pipelineEntrySchema = z.object({
  clientId: z.string(),
  clientName: z.string().nullable(),
  source: acquisitionSourceSchema,
  stage: z.enum(PIPELINE_STAGES),
  /** The day the current stage was reached. */
  since: z.string(),
  enteredOn: z.string(),
  lostReason: z.string().nullable(),
  history: z.array(z.object({ stage: z.enum(PIPELINE_STAGES), on: z.string() })),
});
export type PipelineEntry = z.infer<typeof pipelineEntrySchema>;

const periodSchema = z.object({ from: z.string(), to: z.string(), opened: z.number().int() });

/** Accounts opened against the target, the growth on the previous period, and the conversions. */
export const pipelineReportSchema = z.object({
  period: z.enum(PIPELINE_PERIODS),
  current: periodSchema,
  previous: periodSchema,
  target: z.number().int(),
  /** (current − previous) / previous; null when the previous period opened none. */
  growthRate: z.number().nullable(),
  /** Prospects entered in the last twelve months that reached each stage (or a later one). */
  funnel: z.array(
    z.object({
      stage: z.enum(PIPELINE_STAGES),
      reached: z.number().int(),
      /** Share of those at the previous stage that reached this one; null for the first. */
      conversion: z.number().nullable(),
    }),
  ),
  funnelFrom: z.string(),
  bySource: z.array(
    z.object({
      source: acquisitionSourceSchema,
      entered: z.number().int(),
      opened: z.number().int(),
      lost: z.number().int(),
      conversion: z.number().nullable(),
    }),
  ),
});
export type PipelineReport = z.infer<typeof pipelineReportSchema>;

export const pipelineReportInputSchema = z.object({
  /** A day in the period reported (default today). */
  on: isoDateSchema.optional(),
  period: z.enum(PIPELINE_PERIODS).optional(),
});
