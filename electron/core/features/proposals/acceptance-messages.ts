import type { Language } from '../../../../shared/i18n/messages';

/** The words of the acceptance report (建議書接受報表), in its CSV and its PDF. */
export interface AcceptanceMessages {
  title: string;
  fileNamePrefix: string;
  subject: string;
  creator: string;
  period(from: string, to: string): string;
  sections: { totals: string; byMonth: string; byGrade: string; byTier: string; byProduct: string };
  groups: { total: string; month: string; grade: string; tier: string; product: string };
  columns: {
    group: string;
    key: string;
    presented: string;
    accepted: string;
    partlyAccepted: string;
    declined: string;
    expired: string;
    rate: string;
    aum: string;
  };
  total: string;
  noGrade: string;
  noData: string;
  method: string;
  chartTitle: string;
  generated(on: string): string;
}

export const ACCEPTANCE_MESSAGES: Record<Language, AcceptanceMessages> = {
  'zh-TW': {
    title: '建議書接受報表',
    fileNamePrefix: '建議書接受報表',
    subject: '建議書提出與客戶接受情形',
    creator: 'AdvisorDesk 財管顧問工作台',
    period: (from, to) => `統計期間：${from} 至 ${to}（依提出日）`,
    sections: {
      totals: '總覽',
      byMonth: '依月份',
      byGrade: '依風險屬性等級',
      byTier: '依客戶分級',
      byProduct: '依商品',
    },
    groups: { total: '合計', month: '月份', grade: '風險屬性', tier: '客戶分級', product: '商品' },
    columns: {
      group: '分組',
      key: '項目',
      presented: '已提出',
      accepted: '接受',
      partlyAccepted: '部分接受',
      declined: '未接受',
      expired: '逾期',
      rate: '接受率',
      aum: '新增管理資產（新臺幣）',
    },
    total: '合計',
    noGrade: '無風險屬性評估',
    noData: '期間內沒有提出的建議書。',
    method:
      '接受率＝（接受＋部分接受）÷（接受＋部分接受＋未接受＋逾期）；尚未回覆且未逾期者不計入。新增管理資產為客戶接受之商品依建議比例計算之新臺幣金額。依商品統計時，「接受」為客戶採用該商品，「未接受」為客戶回覆但未採用。',
    chartTitle: '各月份接受率',
    generated: (on) => `製表日期：${on}`,
  },
  en: {
    title: 'Proposal acceptance report',
    fileNamePrefix: 'proposal-acceptance',
    subject: 'Proposals presented and accepted',
    creator: 'AdvisorDesk',
    period: (from, to) => `Period: ${from} to ${to} (by the day presented)`,
    sections: {
      totals: 'Overview',
      byMonth: 'By month',
      byGrade: 'By KYC risk grade',
      byTier: 'By client tier',
      byProduct: 'By product',
    },
    groups: { total: 'Total', month: 'Month', grade: 'Risk grade', tier: 'Tier', product: 'Product' },
    columns: {
      group: 'Group',
      key: 'Item',
      presented: 'Presented',
      accepted: 'Accepted',
      partlyAccepted: 'Partly accepted',
      declined: 'Declined',
      expired: 'Expired',
      rate: 'Acceptance rate',
      aum: 'AUM added (TWD)',
    },
    total: 'Total',
    noGrade: 'No KYC',
    noData: 'No proposal was presented in the period.',
    method:
      'Acceptance rate = (accepted + partly accepted) / (accepted + partly accepted + declined + expired); proposals still open are left out. AUM added is the TWD amount proposed for each product the client accepted. By product, "accepted" means the client took the product and "declined" that the client answered without it.',
    chartTitle: 'Acceptance rate by month',
    generated: (on) => `Made on ${on}`,
  },
};
