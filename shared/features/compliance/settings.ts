import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText, requiredText } from '../../kernel/text-fields';

/** The personal-data requests a client may make (個人資料保護法 第 3 條). */
export const DATA_REQUEST_KINDS = ['see', 'copy', 'correct', 'stop', 'delete'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

const days = z.number().int().min(1).max(365);

/** An advisor of the firm whose contact details are compared with the clients' (misconduct flags). */
export const complianceAdvisorSchema = z.object({
  name: requiredText(50),
  address: optionalText(200),
  email: optionalText(120),
  phone: optionalText(20),
});
export type ComplianceAdvisor = z.infer<typeof complianceAdvisorSchema>;

/** The firm's compliance rules: answer deadlines, how long records are kept, the advisors compared. */
export const complianceSettingsSchema = z.object({
  /** Days to answer each kind of personal-data request (each extendable once by law). */
  dataRequestDays: z.object({ see: days, copy: days, correct: days, stop: days, delete: days }),
  /** Records kept at least this many years after the relationship ends (AML and record rules). */
  retentionYears: z.number().int().min(5).max(30),
  /** The firm answers a complaint within these days of receiving it. */
  complaintReplyDays: days,
  /** The client may go to the Ombudsman (金融消費評議中心) within these days of the answer or the deadline. */
  ombudsmanDays: days,
  advisors: z.array(complianceAdvisorSchema).max(200),
});
export type ComplianceSettings = z.infer<typeof complianceSettingsSchema>;

/** domain.md: 15 days to see or copy, 30 to correct, stop or delete; complaints 30 + 60; 5 years. */
export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = {
  dataRequestDays: { see: 15, copy: 15, correct: 30, stop: 30, delete: 30 },
  retentionYears: 5,
  complaintReplyDays: 30,
  ombudsmanDays: 60,
  advisors: [],
};

export const COMPLIANCE_SETTINGS_WORDS: AuditWords = { 'zh-TW': '合規期限與人員', en: 'compliance rules' };

/** Each setting's label, for the 設定 form. */
export const COMPLIANCE_SETTING_FIELD_WORDS: Readonly<
  Record<Exclude<keyof ComplianceSettings, 'dataRequestDays'>, AuditWords>
> = {
  retentionYears: {
    'zh-TW': '資料保存年限（關係結束後，年）',
    en: 'Keep records for (years after the relationship ends)',
  },
  complaintReplyDays: { 'zh-TW': '客訴回覆期限（天）', en: 'Complaint reply deadline (days)' },
  ombudsmanDays: { 'zh-TW': '評議申請期間（天）', en: 'Ombudsman window (days)' },
  advisors: { 'zh-TW': '比對聯絡資料的業務人員', en: 'Advisors compared for shared contact details' },
};
