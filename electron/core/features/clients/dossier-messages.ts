import type { Language } from '../../../../shared/i18n/messages';

/** The words of the 客戶資料卡 (client dossier) PDF, other than field and enum labels. */
export interface DossierMessages {
  title: string;
  tagline: string;
  fileNamePrefix: string;
  metadataTitle(name: string): string;
  subject: string;
  creator: string;
  sections: { basics: string; assets: string };
  age(years: number): string;
  assetsTotal: string;
  chartTitle: string;
  noAssets: string;
  /** Beside a currency with no exchange rate in settings: it cannot be converted. */
  noRate: string;
  ratesNote(date: string): string;
  /** Under the chart when the summary is computed from the client's holdings. */
  fromHoldingsNote(date: string): string;
  notesCut: string;
  /** A label and its value on one line (the label comes from the field registry). */
  labelled(label: string, value: string): string;
  notice: string;
  listSeparator: string;
  withRelation(name: string, relation: string): string;
}

export const DOSSIER_MESSAGES: Record<Language, DossierMessages> = {
  'zh-TW': {
    title: '客戶資料卡',
    tagline: '財富管理 · 客戶資料',
    fileNamePrefix: '客戶資料卡',
    metadataTitle: (name) => `客戶資料卡－${name}`,
    subject: '客戶資料卡（客戶基本資料摘要）',
    creator: 'AdvisorDesk 財管顧問工作台',
    sections: { basics: '基本資料', assets: '資產概況' },
    age: (years) => `（${years} 歲）`,
    assetsTotal: '可投資資產（新臺幣約當）',
    chartTitle: '資產幣別分布（新臺幣換算）',
    noAssets: '無資產資料',
    noRate: '缺匯率',
    ratesNote: (date) => `匯率基準日：${date}；外幣資產依該日匯率換算為新臺幣。`,
    fromHoldingsNote: (date) => `依持有部位計算；匯率基準日：${date}。`,
    notesCut: '…（以下省略，完整內容請見系統）',
    labelled: (label, value) => `${label}：${value}`,
    notice:
      '機密文件：本資料卡含客戶個人資料，依個人資料保護法僅供業務必要使用，請勿轉寄、複製或留置於公共場所。',
    listSeparator: '、',
    withRelation: (name, relation) => `${name}（${relation}）`,
  },
  en: {
    title: 'Client dossier',
    tagline: 'Wealth management · Client data',
    fileNamePrefix: 'Client dossier',
    metadataTitle: (name) => `Client dossier – ${name}`,
    subject: 'Client dossier (summary of client data)',
    creator: 'AdvisorDesk',
    sections: { basics: 'Basic data', assets: 'Assets' },
    age: (years) => ` (age ${years})`,
    assetsTotal: 'Investable assets (TWD equivalent)',
    chartTitle: 'Assets by currency (in TWD)',
    noAssets: 'No assets recorded',
    noRate: 'no rate',
    ratesNote: (date) => `Exchange rates as of ${date}; foreign assets converted to TWD at those rates.`,
    fromHoldingsNote: (date) => `Computed from holdings; exchange rates as of ${date}.`,
    notesCut: '… (cut short; see the app for the full text)',
    labelled: (label, value) => `${label}: ${value}`,
    notice:
      'Confidential: personal data under the Personal Data Protection Act. For business use only; do not forward, copy or leave it about.',
    listSeparator: ', ',
    withRelation: (name, relation) => `${name} (${relation})`,
  },
};
