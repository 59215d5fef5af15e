import type { Language } from '../../../../../shared/i18n/messages';

/**
 * The words of the proposal PDF (建議書), other than enum words (kinds, asset classes, goal kinds,
 * grades, investor classes) and client field labels, which come from their shared homes. The risk-disclosure statements
 * are in shared/features/products/risk-disclosure.ts.
 */
export interface ProposalPdfMessages {
  tagline: string;
  creator: string;
  fileNamePrefix: string;
  metadataTitle(kind: string, name: string): string;
  subject(kind: string): string;
  keywords: string[];
  notice: string;
  draftStamp: string;
  sections: {
    summary: string;
    client: string;
    goals: string;
    allocation: string;
    figures: string;
    monteCarlo: string;
    stress: string;
    products: string;
    trades: string;
    fees: string;
    disclosure: string;
    assumptions: string;
    complaints: string;
    acknowledgement: string;
  };
  cover: {
    preparedFor: string;
    licence: string;
    firm: string;
    date: string;
    number: string;
    revision(n: number): string;
    draftNote: string;
    validity: string;
  };
  labels: {
    name: string;
    age(years: number): string;
    investorClass: string;
    grade: string;
    assessedOn: string;
    validUntil: string;
    noKyc: string;
    investable: string;
    newMoney: string;
    horizon(years: number): string;
    horizonLabel: string;
    expectedReturn: string;
    volatility: string;
    sharpe: string;
    var95: string;
    cvar95: string;
    maxDrawdownMedian: string;
    maxDrawdown95: string;
    keyActions: string;
    goalProbabilities: string;
    advisorSummary: string;
    rationale: string;
    noSummary: string;
    suitability: string;
    paths(paths: number, years: number): string;
    probabilityOfRuin: string;
    tradeFees: string;
    fxAsOf(date: string): string;
    assumptionsVersion: string;
    assumptionsAsOf: string;
    source: string;
    method: string;
    simulation(paths: number, seed: number, months: number): string;
  };
  columns: {
    goal: string;
    kind: string;
    targetDate: string;
    amount: string;
    priority: string;
    probability: string;
    assetClass: string;
    current: string;
    proposed: string;
    change: string;
    currency: string;
    riskRating: string;
    figure: string;
    year: string;
    scenario: string;
    lossCurrent: string;
    lossProposed: string;
    product: string;
    type: string;
    weight: string;
    fees: string;
    reason: string;
    side: string;
    value: string;
    fee: string;
    compensation: string;
    expectedReturn: string;
    volatility: string;
  };
  charts: {
    proposedAllocation: string;
    allocation: string;
    frontierTitle: string;
    frontier: { frontier: string; volatility: string; expectedReturn: string };
    riskContribution: string;
    fanTitle: string;
    fan: { outer: string; inner: string; median: string; goal: string; year: string };
    stress: string;
  };
  sides: { buy: string; sell: string };
  stressKinds: { historical: string; hypothetical: string };
  fees: {
    frontLoad(p: string): string;
    management(p: string): string;
    custody(p: string): string;
    switching(text: string): string;
    earlyRedemption(text: string): string;
    none: string;
  };
  noCompensation: string;
  feesIntro: string;
  noGoals: string;
  noTrades: string;
  noCurrent: string;
  monteCarloIntro: string;
  stressIntro: string;
  figuresIntro: string;
  complaints: {
    intro: string;
    firm(contact: string): string;
    firmNoContact: string;
    ombudsman: string;
    professional: string;
  };
  acknowledgement: {
    statement: string;
    client: string;
    advisor: string;
    date: string;
  };
  listSeparator: string;
  /** A label and its value on one line. */
  labelled(label: string, value: string): string;
  /** "RR4" next to its asset class: "台灣股票（RR4）". */
  withNote(text: string, note: string): string;
}

export const PROPOSAL_PDF_MESSAGES: Record<Language, ProposalPdfMessages> = {
  'zh-TW': {
    tagline: '財富管理 · 投資建議',
    creator: 'AdvisorDesk 財管顧問工作台',
    fileNamePrefix: '建議書',
    metadataTitle: (kind, name) => `${kind}－${name}`,
    subject: (kind) => `${kind}（含風險預告書、費用與通路報酬揭露）`,
    keywords: ['建議書', '資產配置', '風險預告書', '通路報酬揭露'],
    notice: '本建議書僅供收件客戶參考，含個人資料，請勿轉寄或複製。投資有風險，請詳閱風險預告書。',
    draftStamp: '草稿',
    sections: {
      summary: '建議摘要',
      client: '客戶資料與風險屬性',
      goals: '理財目標',
      allocation: '資產配置：現況與建議',
      figures: '預期報酬與風險',
      monteCarlo: '蒙地卡羅模擬結果',
      stress: '壓力測試',
      products: '建議商品',
      trades: '調整交易',
      fees: '費用與通路報酬揭露',
      disclosure: '風險預告書',
      assumptions: '附錄：資本市場假設與方法',
      complaints: '申訴管道',
      acknowledgement: '客戶確認及簽名',
    },
    cover: {
      preparedFor: '敬致',
      licence: '登錄字號',
      firm: '公司',
      date: '日期',
      number: '建議書編號',
      revision: (n) => `第 ${n} 版`,
      draftNote: '本文件為草稿，尚未正式提出，不得作為投資決策依據。',
      validity: '本建議書內容以資料日期之市場資訊及客戶資料為準。',
    },
    labels: {
      name: '客戶姓名',
      age: (years) => `（${years} 歲）`,
      investorClass: '投資人類別',
      grade: '風險屬性',
      assessedOn: '評估日期',
      validUntil: '有效期限',
      noKyc: '尚無有效之風險屬性評估',
      investable: '可配置資產',
      newMoney: '新增投入資金',
      horizon: (years) => `${years} 年`,
      horizonLabel: '投資期間',
      expectedReturn: '預期年化報酬率',
      volatility: '年化波動度',
      sharpe: '夏普比率',
      var95: '一年 95% 風險值（VaR）',
      cvar95: '一年 95% 條件風險值（CVaR）',
      maxDrawdownMedian: '最大回檔（中位數）',
      maxDrawdown95: '最大回檔（不利情境 95%）',
      keyActions: '主要建議行動',
      goalProbabilities: '目標達成機率',
      advisorSummary: '顧問摘要',
      rationale: '配置理由',
      noSummary: '—',
      suitability: '適合度檢核',
      paths: (paths, years) => `模擬 ${paths.toLocaleString('en-US')} 條路徑，期間 ${years} 年`,
      probabilityOfRuin: '資金耗盡機率',
      tradeFees: '交易費用合計',
      fxAsOf: (date) => `匯率基準日：${date}`,
      assumptionsVersion: '假設版本',
      assumptionsAsOf: '資料基準日',
      source: '資料來源',
      method: '估計方法',
      simulation: (paths, seed, months) =>
        `蒙地卡羅模擬：${paths.toLocaleString('en-US')} 條路徑，按月模擬 ${months} 個月，亂數種子 ${seed}；報酬依上表之預期報酬、波動度與相關係數產生之多元常態分配。`,
    },
    columns: {
      goal: '目標',
      kind: '類型',
      targetDate: '目標日期',
      amount: '所需金額',
      priority: '優先順序',
      probability: '達成機率',
      assetClass: '資產類別',
      current: '現況',
      proposed: '建議',
      change: '增減',
      currency: '幣別',
      riskRating: '風險等級',
      figure: '項目',
      year: '年度',
      scenario: '情境',
      lossCurrent: '現況損失',
      lossProposed: '建議配置損失',
      product: '商品',
      type: '種類',
      weight: '比重',
      fees: '費用',
      reason: '推介理由',
      side: '買賣',
      value: '金額',
      fee: '費用',
      compensation: '通路報酬',
      expectedReturn: '預期報酬',
      volatility: '波動度',
    },
    charts: {
      proposedAllocation: '建議配置',
      allocation: '資產類別配置：現況與建議',
      frontierTitle: '效率前緣與現況、建議配置',
      frontier: { frontier: '效率前緣', volatility: '年化波動度', expectedReturn: '預期年化報酬率' },
      riskContribution: '各資產類別之風險貢獻',
      fanTitle: '投資組合價值模擬（名目新臺幣）',
      fan: { outer: '5–95 百分位', inner: '25–75 百分位', median: '中位數', goal: '目標', year: '年' },
      stress: '壓力情境損失：現況與建議',
    },
    sides: { buy: '申購／買進', sell: '贖回／賣出' },
    stressKinds: { historical: '歷史情境', hypothetical: '假設情境' },
    fees: {
      frontLoad: (p) => `申購手續費 ${p}`,
      management: (p) => `經理費 ${p}／年`,
      custody: (p) => `保管費 ${p}／年`,
      switching: (text) => `轉換費：${text}`,
      earlyRedemption: (text) => `提前贖回：${text}`,
      none: '無',
    },
    noCompensation: '本商品無通路報酬資訊。',
    feesIntro:
      '下列為各建議商品之費用及本公司與理財顧問因銷售該商品可能收取之通路報酬。通路報酬已包含於商品費用中，不另向您收取。',
    noGoals: '本建議書未設定理財目標。',
    noTrades: '建議配置與現況相同，無須調整交易。',
    noCurrent: '尚無現有持有資產資料。',
    monteCarloIntro:
      '下表為投資組合價值之模擬分布（名目新臺幣），P5 至 P95 為百分位數：P50 為中位數，P5 表示僅 5% 的情境低於此值。',
    stressIntro: '下表估計在各歷史或假設情境發生時，現況與建議配置之損失（以正值表示損失）。',
    figuresIntro:
      '以下數值依附錄之資本市場假設計算，為長期估計而非保證；風險值（VaR）為一年內有 95% 信心不會超過之損失。',
    complaints: {
      intro: '您對本建議書或相關服務如有爭議，可依下列方式申訴：',
      firm: (contact) => `一、請先向本公司申訴，本公司將於收件後 30 日內處理並回覆：${contact}`,
      firmNoContact: '一、請先向本公司客戶服務單位申訴，本公司將於收件後 30 日內處理並回覆。',
      ombudsman:
        '二、若本公司未於 30 日內處理，或您不接受處理結果，得於收受處理結果或期限屆滿之日起 60 日內，向財團法人金融消費評議中心（金融消費評議中心）申請評議。電話：0800-789-885；網址：www.foi.org.tw。',
      professional:
        '您為專業投資人，依金融消費者保護法，金融消費評議中心之評議程序不適用於專業投資人；您仍得依第一項向本公司申訴。',
    },
    acknowledgement: {
      statement:
        '本人已收受並詳閱本建議書、風險預告書及費用與通路報酬揭露，理財顧問已就建議內容、商品風險、費用及可能之最大損失充分說明；本人已瞭解投資風險，並自行判斷及承擔投資結果。已瞭解風險確認。',
      client: '客戶簽名',
      advisor: '理財顧問簽名',
      date: '日期',
    },
    listSeparator: '、',
    labelled: (label, value) => `${label}：${value}`,
    withNote: (text, note) => `${text}（${note}）`,
  },
  en: {
    tagline: 'Wealth management',
    creator: 'AdvisorDesk',
    fileNamePrefix: 'Proposal',
    metadataTitle: (kind, name) => `${kind} – ${name}`,
    subject: (kind) => `${kind} (with risk disclosure, fees and compensation disclosure)`,
    keywords: ['proposal', 'asset allocation', 'risk disclosure', 'compensation disclosure'],
    notice:
      'For the addressee only; contains personal data. Investing involves risk: read the risk disclosure statement.',
    draftStamp: 'DRAFT',
    sections: {
      summary: 'Summary',
      client: 'Client profile and risk grade',
      goals: 'Goals',
      allocation: 'Allocation: current and proposed',
      figures: 'Expected return and risk',
      monteCarlo: 'Monte Carlo results',
      stress: 'Stress tests',
      products: 'Proposed products',
      trades: 'Rebalancing trades',
      fees: 'Fees and compensation disclosure',
      disclosure: 'Risk disclosure statement',
      assumptions: 'Appendix: capital-market assumptions and method',
      complaints: 'Complaint channels',
      acknowledgement: 'Acknowledgement and signatures',
    },
    cover: {
      preparedFor: 'Prepared for',
      licence: 'Licence no.',
      firm: 'Firm',
      date: 'Date',
      number: 'Proposal no.',
      revision: (n) => `revision ${n}`,
      draftNote: 'This is a draft, not yet presented; do not base investment decisions on it.',
      validity: 'Based on market data and client information as of the date above.',
    },
    labels: {
      name: 'Client',
      age: (years) => ` (age ${years})`,
      investorClass: 'Investor class',
      grade: 'Risk grade',
      assessedOn: 'Assessed on',
      validUntil: 'Valid until',
      noKyc: 'No valid risk assessment',
      investable: 'Amount allocated',
      newMoney: 'New money',
      horizon: (years) => `${years} years`,
      horizonLabel: 'Horizon',
      expectedReturn: 'Expected annual return',
      volatility: 'Annual volatility',
      sharpe: 'Sharpe ratio',
      var95: 'One-year 95% value at risk (VaR)',
      cvar95: 'One-year 95% conditional VaR (CVaR)',
      maxDrawdownMedian: 'Maximum drawdown (median)',
      maxDrawdown95: 'Maximum drawdown (bad case, 95%)',
      keyActions: 'Key actions',
      goalProbabilities: 'Goal probabilities',
      advisorSummary: "Advisor's summary",
      rationale: 'Rationale',
      noSummary: '—',
      suitability: 'Suitability check',
      paths: (paths, years) => `${paths.toLocaleString('en-US')} simulated paths over ${years} years`,
      probabilityOfRuin: 'Probability of running out of money',
      tradeFees: 'Total trading fees',
      fxAsOf: (date) => `Exchange rates as of ${date}`,
      assumptionsVersion: 'Version',
      assumptionsAsOf: 'As of',
      source: 'Source',
      method: 'Method',
      simulation: (paths, seed, months) =>
        `Monte Carlo: ${paths.toLocaleString('en-US')} paths, ${months} monthly steps, seed ${seed}; returns drawn from a multivariate normal distribution with the expected returns, volatilities and correlations above.`,
    },
    columns: {
      goal: 'Goal',
      kind: 'Kind',
      targetDate: 'Target date',
      amount: 'Amount needed',
      priority: 'Priority',
      probability: 'Probability',
      assetClass: 'Asset class',
      current: 'Current',
      proposed: 'Proposed',
      change: 'Change',
      currency: 'Currency',
      riskRating: 'Risk rating',
      figure: 'Figure',
      year: 'Year',
      scenario: 'Scenario',
      lossCurrent: 'Loss, current',
      lossProposed: 'Loss, proposed',
      product: 'Product',
      type: 'Type',
      weight: 'Weight',
      fees: 'Fees',
      reason: 'Reason for recommending',
      side: 'Side',
      value: 'Amount',
      fee: 'Fee',
      compensation: 'Compensation',
      expectedReturn: 'Expected return',
      volatility: 'Volatility',
    },
    charts: {
      proposedAllocation: 'Proposed allocation',
      allocation: 'Allocation by asset class: current and proposed',
      frontierTitle: 'Efficient frontier with the current and proposed portfolios',
      frontier: {
        frontier: 'Efficient frontier',
        volatility: 'Annual volatility',
        expectedReturn: 'Expected annual return',
      },
      riskContribution: 'Risk contribution by asset class',
      fanTitle: 'Simulated portfolio value (nominal TWD)',
      fan: {
        outer: '5th–95th percentile',
        inner: '25th–75th percentile',
        median: 'Median',
        goal: 'Goal',
        year: 'Year',
      },
      stress: 'Stress-scenario losses: current and proposed',
    },
    sides: { buy: 'Buy', sell: 'Sell' },
    stressKinds: { historical: 'Historical', hypothetical: 'Hypothetical' },
    fees: {
      frontLoad: (p) => `front load ${p}`,
      management: (p) => `management ${p} a year`,
      custody: (p) => `custody ${p} a year`,
      switching: (text) => `switching: ${text}`,
      earlyRedemption: (text) => `early redemption: ${text}`,
      none: 'none',
    },
    noCompensation: 'No compensation information for this product.',
    feesIntro:
      "Each proposed product's fees, and the compensation the firm and the advisor may receive for selling it. Compensation is included in the product's fees and not charged to you separately.",
    noGoals: 'This proposal sets no goals.',
    noTrades: 'The proposal matches the current holdings: no trades are needed.',
    noCurrent: 'No current holdings recorded.',
    monteCarloIntro:
      'The simulated distribution of the portfolio value (nominal TWD) by year; P50 is the median, and only 5% of paths end below P5.',
    stressIntro:
      'Estimated losses of the current and proposed portfolios if each historical or hypothetical scenario happened (losses shown as positive figures).',
    figuresIntro:
      'Computed on the capital-market assumptions of the appendix: long-term estimates, not guarantees. VaR is the one-year loss not exceeded with 95% confidence.',
    complaints: {
      intro: 'If you have a dispute about this proposal or our service:',
      firm: (contact) => `1. Complain to the firm first; we answer within 30 days: ${contact}`,
      firmNoContact: "1. Complain to the firm's client service first; we answer within 30 days.",
      ombudsman:
        '2. If we do not answer within 30 days, or you do not accept our answer, you may apply to the Financial Ombudsman Institution (金融消費評議中心) within 60 days. Phone 0800-789-885; www.foi.org.tw.',
      professional:
        "You are a professional investor: under the Financial Consumer Protection Act the Financial Ombudsman Institution's procedure does not apply to professional investors. You may still complain to the firm as in 1.",
    },
    acknowledgement: {
      statement:
        'I have received and read this proposal, the risk disclosure statement and the fees and compensation disclosure. The advisor has explained the proposal, the products’ risks, fees and possible maximum loss. I understand the risks (已瞭解風險確認), make my own decision and bear its outcome.',
      client: 'Client',
      advisor: 'Advisor',
      date: 'Date',
    },
    listSeparator: ', ',
    labelled: (label, value) => `${label}: ${value}`,
    withNote: (text, note) => `${text} (${note})`,
  },
};
