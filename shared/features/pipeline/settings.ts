import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/** The periods a target of opened accounts is set for. */
export const PIPELINE_PERIODS = ['month', 'quarter'] as const;
export type PipelinePeriod = (typeof PIPELINE_PERIODS)[number];

/** The firm's account-opening target (P1.1.1): so many new accounts per month or quarter. */
export const pipelineSettingsSchema = z.object({
  targetPeriod: z.enum(PIPELINE_PERIODS),
  targetAccounts: z.number().int().min(0).max(10_000),
});
export type PipelineSettings = z.infer<typeof pipelineSettingsSchema>;

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = { targetPeriod: 'month', targetAccounts: 4 };

export const PIPELINE_SETTINGS_WORDS: AuditWords = { 'zh-TW': '開戶目標', en: 'account-opening target' };
