import type { Language } from '../../../../shared/i18n/messages';
import type { ClientFrameMessages } from '../../documents/client-frame';

/** The copy package's words: the PDF's headings, the CSV headers, the file names. */
export interface CopyMessages extends ClientFrameMessages {
  intro: string;
  dossier: string;
  kyc: string;
  goals: string;
  complaints: string;
  requests: string;
  none: string;
  empty: string;
  folder: string;
  files: {
    pdf: string;
    json: string;
    dossier: string;
    kyc: string;
    goals: string;
    complaints: string;
    requests: string;
  };
  dossierHeader: string[];
  kycHeader: string[];
  goalsHeader: string[];
  complaintsHeader: string[];
  requestsHeader: string[];
}

export const COPY_MESSAGES: Readonly<Record<Language, CopyMessages>> = {
  'zh-TW': {
    title: '個人資料複製本',
    tagline: '依個人資料保護法第 3 條製給',
    metadataTitle: (name) => `個人資料複製本－${name}`,
    subject: '當事人請求製給之個人資料複製本',
    creator: 'AdvisorDesk',
    notice: '本文件含個人資料，請妥善保管。',
    intro: '以下為本公司所保有關於您的個人資料（身分證字號以遮蔽方式顯示）。',
    dossier: '基本資料',
    kyc: '風險屬性評估紀錄',
    goals: '理財目標',
    complaints: '客訴紀錄',
    requests: '個資請求紀錄',
    none: '（無）',
    empty: '—',
    folder: '個資複製本',
    files: {
      pdf: '個人資料',
      json: '個人資料',
      dossier: '基本資料',
      kyc: '風險屬性評估',
      goals: '理財目標',
      complaints: '客訴紀錄',
      requests: '個資請求紀錄',
    },
    dossierHeader: ['欄位', '內容'],
    kycHeader: ['評估日期', '風險等級', '有效期限'],
    goalsHeader: ['目標', '目標日期', '金額'],
    complaintsHeader: ['收件日期', '主旨', '處理狀態', '回覆日期'],
    requestsHeader: ['收件日期', '請求類別', '處理狀態', '結案日期'],
  },
  en: {
    title: 'Copy of personal data',
    tagline: 'Provided under Article 3 of the Personal Data Protection Act',
    metadataTitle: (name) => `Copy of personal data – ${name}`,
    subject: 'A copy of personal data at the data subject’s request',
    creator: 'AdvisorDesk',
    notice: 'This document holds personal data: keep it safe.',
    intro: 'The personal data the firm holds about you (the national ID masked).',
    dossier: 'Basic data',
    kyc: 'Risk profile assessments',
    goals: 'Financial goals',
    complaints: 'Complaints',
    requests: 'Personal-data requests',
    none: '(none)',
    empty: '—',
    folder: 'personal-data-copy',
    files: {
      pdf: 'personal-data',
      json: 'personal-data',
      dossier: 'basic-data',
      kyc: 'risk-profile',
      goals: 'goals',
      complaints: 'complaints',
      requests: 'data-requests',
    },
    dossierHeader: ['Field', 'Value'],
    kycHeader: ['Taken on', 'Grade', 'Valid until'],
    goalsHeader: ['Goal', 'Target date', 'Amount'],
    complaintsHeader: ['Received', 'Subject', 'State', 'Replied'],
    requestsHeader: ['Received', 'Request', 'State', 'Closed'],
  },
};
