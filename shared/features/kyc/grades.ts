import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/**
 * The client's risk grade (風險屬性等級). The firm chooses the scale: five grades (C1 保守型 …
 * C5 積極型, the default) or three (保守型/穩健型/積極型). Level 1 is always the most conservative.
 */
export const GRADE_SCALES = ['five', 'three'] as const;
export type GradeScale = (typeof GRADE_SCALES)[number];
export const gradeScaleSchema = z.enum(GRADE_SCALES);

export const GRADE_WORDS: Readonly<Record<GradeScale, readonly AuditWords[]>> = {
  five: [
    { 'zh-TW': 'C1 保守型', en: 'C1 Conservative' },
    { 'zh-TW': 'C2 穩健偏保守', en: 'C2 Moderately conservative' },
    { 'zh-TW': 'C3 穩健型', en: 'C3 Moderate' },
    { 'zh-TW': 'C4 積極偏穩健', en: 'C4 Moderately aggressive' },
    { 'zh-TW': 'C5 積極型', en: 'C5 Aggressive' },
  ],
  three: [
    { 'zh-TW': '保守型', en: 'Conservative' },
    { 'zh-TW': '穩健型', en: 'Moderate' },
    { 'zh-TW': '積極型', en: 'Aggressive' },
  ],
};

/** The scales as the firm chooses one on 設定. */
export const GRADE_SCALE_WORDS: Readonly<Record<GradeScale, AuditWords>> = {
  five: { 'zh-TW': '五級（C1 保守型 … C5 積極型）', en: 'Five (C1 Conservative … C5 Aggressive)' },
  three: { 'zh-TW': '三級（保守型／穩健型／積極型）', en: 'Three (Conservative / Moderate / Aggressive)' },
};

export function gradeCount(scale: GradeScale): number {
  return GRADE_WORDS[scale].length;
}

export const riskGradeSchema = z
  .object({ scale: gradeScaleSchema, level: z.number().int().min(1).max(5) })
  .refine((grade) => grade.level <= gradeCount(grade.scale), { message: 'validation.grade' });
export type RiskGrade = z.infer<typeof riskGradeSchema>;

export function gradeLabel(grade: RiskGrade, language: keyof AuditWords): string {
  return GRADE_WORDS[grade.scale][grade.level - 1]![language];
}
