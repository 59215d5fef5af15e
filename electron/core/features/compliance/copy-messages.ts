import type { Language } from '../../../../shared/i18n/messages';
import type { ClientFrameMessages } from '../../documents/client-frame';

/**
 * The copy package's own words: the PDF's frame and introduction, the folder and the package's
 * file names. Each section's heading, CSV name and header are its feature's (PersonalDataSource).
 */
export interface CopyMessages extends ClientFrameMessages {
  intro: string;
  /** Says how the national ID is shown in this package. */
  nationalIdMasked: string;
  nationalIdFull: string;
  /** A section the firm holds nothing in. */
  none: string;
  /** The PDF's subtitle for a deleted client, whose name is no longer on file. */
  deletedClient: string;
  folder: string;
  /** The PDF's and the JSON's name (no extension). */
  file: string;
}

export const COPY_MESSAGES: Readonly<Record<Language, CopyMessages>> = {
  'zh-TW': {
    title: '個人資料複製本',
    tagline: '依個人資料保護法第 3 條製給',
    metadataTitle: (name) => `個人資料複製本－${name}`,
    subject: '當事人請求製給之個人資料複製本',
    creator: 'AdvisorDesk',
    notice: '本文件含個人資料，請妥善保管。',
    intro: '以下為本公司所保有關於您的個人資料，依資料類別分節列出。',
    nationalIdMasked: '身分證字號以遮蔽方式顯示。',
    nationalIdFull: '依您的請求，身分證字號完整顯示。',
    none: '無資料',
    deletedClient: '已刪除客戶',
    folder: '個資複製本',
    file: '個人資料',
  },
  en: {
    title: 'Copy of personal data',
    tagline: 'Provided under Article 3 of the Personal Data Protection Act',
    metadataTitle: (name) => `Copy of personal data – ${name}`,
    subject: 'A copy of personal data at the data subject’s request',
    creator: 'AdvisorDesk',
    notice: 'This document holds personal data: keep it safe.',
    intro: 'The personal data the firm holds about you, one section per kind of record.',
    nationalIdMasked: 'The national ID is shown masked.',
    nationalIdFull: 'At your request, the national ID is shown in full.',
    none: 'No data',
    deletedClient: 'Deleted client',
    folder: 'personal-data-copy',
    file: 'personal-data',
  },
};
