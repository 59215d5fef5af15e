import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/** How serious an anomaly is; the response time follows from it. */
export const ESCALATION_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type EscalationSeverity = (typeof ESCALATION_SEVERITIES)[number];

const hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 90);

/** Hours from raising an anomaly to its resolution, by severity (P1.3.4: escalate fast). */
export const escalationSettingsSchema = z.object({
  responseHours: z.object({ critical: hours, high: hours, medium: hours, low: hours }),
});
export type EscalationSettings = z.infer<typeof escalationSettingsSchema>;

/** A firm's starting point: a suspected misappropriation is handled the same working day. */
export const DEFAULT_ESCALATION_SETTINGS: EscalationSettings = {
  responseHours: { critical: 4, high: 24, medium: 72, low: 168 },
};

export const ESCALATION_SETTINGS_WORDS: AuditWords = {
  'zh-TW': '異常通報處理時限',
  en: 'escalation response times',
};
