import type { Language } from '../../../../shared/i18n/messages';

/** The words of the KYC form PDF (風險屬性評估表), other than the shared labels. */
export interface KycFormMessages {
  title: string;
  tagline: string;
  fileNamePrefix: string;
  metadataTitle(name: string): string;
  subject: string;
  creator: string;
  sections: { client: string; answers: string; result: string; flags: string; confirmation: string };
  labels: {
    name: string;
    questionnaire: string;
    takenOn: string;
    validUntil: string;
    grade: string;
    gradeRule: string;
    confirmation: string;
  };
  age(years: number): string;
  elderlyNote(months: number): string;
  columns: { number: string; question: string; answer: string; points: string };
  notScored: string;
  score(points: number, level: string): string;
  flagsIntro: string;
  reviewedBy(name: string, day: string): string;
  statement: string;
  notConfirmed: string;
  confirmedBy(method: string, day: string): string;
  /** The advisor's line uses the client registry's word for the advisor. */
  signatures: { client: string; supervisor: string; date: string };
  notice: string;
}

export const KYC_FORM_MESSAGES: Record<Language, KycFormMessages> = {
  'zh-TW': {
    title: '客戶風險屬性評估表',
    tagline: '認識客戶（KYC）· 風險屬性',
    fileNamePrefix: '風險屬性評估表',
    metadataTitle: (name) => `客戶風險屬性評估表－${name}`,
    subject: '客戶風險屬性評估表（作答內容與評估結果）',
    creator: 'AdvisorDesk 財管顧問工作台',
    sections: {
      client: '客戶資料',
      answers: '作答內容',
      result: '評估結果',
      flags: '需覆核事項',
      confirmation: '客戶確認',
    },
    labels: {
      name: '客戶姓名',
      questionnaire: '問卷版本',
      takenOn: '評估日期',
      validUntil: '有效期限',
      grade: '風險屬性等級',
      gradeRule: '等級判定方式',
      confirmation: '確認方式',
    },
    age: (years) => `（${years} 歲）`,
    elderlyNote: (months) => `本客戶適用高齡客戶評估：含高齡關懷題目，有效期間 ${months} 個月。`,
    columns: { number: '題號', question: '題目', answer: '回答', points: '分數' },
    notScored: '不計分',
    score: (points, level) => `${points} 分（${level}）`,
    flagsIntro: '下列作答彼此不一致或需關懷，評估結果須經顧問以外人員覆核：',
    reviewedBy: (name, day) => `已由 ${name} 於 ${day} 覆核。`,
    statement:
      '本人已親自閱讀並回答上列問題，確認作答內容與評估結果正確，並瞭解風險屬性等級將作為推薦商品適合度之依據；如財務狀況或投資目標有重大變動，將主動告知重新評估。',
    notConfirmed: '□ 親自簽名　□ 蓋章　□ 電子確認',
    confirmedBy: (method, day) => `${method}，${day}`,
    signatures: { client: '客戶簽章', supervisor: '覆核主管', date: '日期' },
    notice: '機密文件：本表含客戶個人資料，依個人資料保護法僅供業務必要使用。',
  },
  en: {
    title: 'Client risk profile form',
    tagline: 'Know your customer · Risk profile',
    fileNamePrefix: 'KYC form',
    metadataTitle: (name) => `Client risk profile form – ${name}`,
    subject: 'Client risk profile form (answers and result)',
    creator: 'AdvisorDesk',
    sections: {
      client: 'Client',
      answers: 'Answers',
      result: 'Result',
      flags: 'For review',
      confirmation: "Client's confirmation",
    },
    labels: {
      name: 'Client',
      questionnaire: 'Questionnaire',
      takenOn: 'Assessed on',
      validUntil: 'Valid until',
      grade: 'Risk grade',
      gradeRule: 'Grade rule',
      confirmation: 'Confirmed by',
    },
    age: (years) => ` (age ${years})`,
    elderlyNote: (months) =>
      `Elderly client assessment: with the elderly questions, valid for ${months} months.`,
    columns: { number: 'No.', question: 'Question', answer: 'Answer', points: 'Points' },
    notScored: 'not scored',
    score: (points, level) => `${points} points (${level})`,
    flagsIntro:
      'These answers disagree or call for care; someone other than the advisor must review the result:',
    reviewedBy: (name, day) => `Reviewed by ${name} on ${day}.`,
    statement:
      'I read and answered the questions above myself, confirm the answers and the result, and understand that the risk grade decides which products may be recommended to me. I will ask for a new assessment if my finances or objectives change materially.',
    notConfirmed: '□ Signature  □ Registered seal  □ Electronic confirmation',
    confirmedBy: (method, day) => `${method}, ${day}`,
    signatures: {
      client: "Client's signature",
      supervisor: 'Reviewing supervisor',
      date: 'Date',
    },
    notice: 'Confidential: personal data under the Personal Data Protection Act. For business use only.',
  },
};
