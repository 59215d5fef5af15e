import type { Questionnaire, QuestionOption } from './questionnaire';

/**
 * The questionnaire the app ships with (預設問卷 v1): three questions of risk tolerance, seven of
 * risk capacity, three more for clients from the elderly age. A firm imports its own version to
 * replace it; assessments keep the version they were taken on, so this one never changes in place:
 * a changed default is a new version.
 */

function option(id: string, points: number, zh: string, en: string): QuestionOption {
  return { id, points, text: { 'zh-TW': zh, en } };
}

export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  id: 'default',
  version: 1,
  title: { 'zh-TW': '客戶風險屬性評估問卷', en: 'Client risk profile questionnaire' },
  questions: [
    {
      id: 'q_loss_reaction',
      dimension: 'tolerance',
      text: {
        'zh-TW': '如果您的投資在一年內下跌 20%，您最可能怎麼做？',
        en: 'If your investments fell 20% within a year, what would you most likely do?',
      },
      options: [
        option('sell_all', 1, '全部賣出，避免再虧損', 'Sell everything to avoid further losses'),
        option('sell_some', 2, '賣出一部分', 'Sell some of them'),
        option('hold', 3, '繼續持有，等待回升', 'Hold and wait for a recovery'),
        option('buy_more', 4, '逢低加碼買進', 'Buy more at the lower price'),
      ],
    },
    {
      id: 'q_tradeoff',
      dimension: 'tolerance',
      text: {
        'zh-TW': '一年後的可能結果，您最能接受哪一組（最好情況／最壞情況）？',
        en: 'Which one-year range of outcomes (best case / worst case) suits you best?',
      },
      options: [
        option('r3_l1', 1, '最多賺 3%／最多虧 1%', 'Gain up to 3% / lose up to 1%'),
        option('r8_l5', 2, '最多賺 8%／最多虧 5%', 'Gain up to 8% / lose up to 5%'),
        option('r15_l12', 3, '最多賺 15%／最多虧 12%', 'Gain up to 15% / lose up to 12%'),
        option('r25_l20', 4, '最多賺 25%／最多虧 20%', 'Gain up to 25% / lose up to 20%'),
        option('r40_l35', 5, '最多賺 40%／最多虧 35%', 'Gain up to 40% / lose up to 35%'),
      ],
    },
    {
      id: 'q_objective',
      dimension: 'tolerance',
      text: { 'zh-TW': '您這筆投資的主要目標是？', en: 'What is the main objective of this investment?' },
      options: [
        option('preserve', 1, '保本，不希望虧損', 'Preserve capital; no losses'),
        option('income', 2, '穩定的利息或配息收入', 'Steady interest or dividend income'),
        option('balanced', 3, '收益與成長兼顧', 'Both income and growth'),
        option('growth', 4, '長期資本成長', 'Long-term capital growth'),
        option('high_return', 5, '追求高報酬，可承受大幅波動', 'High returns, accepting large swings'),
      ],
    },
    {
      id: 'q_age',
      dimension: 'capacity',
      text: { 'zh-TW': '您的年齡是？', en: 'How old are you?' },
      options: [
        option('over_75', 1, '75 歲以上', '75 or older'),
        option('from_65', 2, '65 至 74 歲', '65 to 74'),
        option('from_55', 3, '55 至 64 歲', '55 to 64'),
        option('from_40', 4, '40 至 54 歲', '40 to 54'),
        option('under_40', 5, '未滿 40 歲', 'Under 40'),
      ],
    },
    {
      id: 'q_horizon',
      dimension: 'capacity',
      text: { 'zh-TW': '這筆資金預計投資多久？', en: 'How long do you expect to keep this money invested?' },
      options: [
        option('lt1', 1, '不到 1 年', 'Less than 1 year'),
        option('y1_3', 2, '1 至 3 年', '1 to 3 years'),
        option('y3_5', 3, '3 至 5 年', '3 to 5 years'),
        option('y5_10', 4, '5 至 10 年', '5 to 10 years'),
        option('gt10', 5, '10 年以上', 'More than 10 years'),
      ],
    },
    {
      id: 'q_income',
      dimension: 'capacity',
      text: { 'zh-TW': '您的收入來源穩定嗎？', en: 'How stable is your income?' },
      options: [
        option('none', 1, '沒有固定收入', 'No regular income'),
        option('unstable', 2, '收入不固定', 'Irregular income'),
        option('stable', 3, '收入穩定', 'Stable income'),
        option('growing', 4, '收入穩定且持續成長', 'Stable and growing income'),
      ],
    },
    {
      id: 'q_share',
      dimension: 'capacity',
      text: {
        'zh-TW': '這筆投資占您可投資資產的比例約為？',
        en: 'What share of your investable assets is this investment?',
      },
      options: [
        option('over_75', 1, '75% 以上', 'Over 75%'),
        option('p50_75', 2, '50% 至 75%', '50% to 75%'),
        option('p25_50', 3, '25% 至 50%', '25% to 50%'),
        option('p10_25', 4, '10% 至 25%', '10% to 25%'),
        option('under_10', 5, '不到 10%', 'Under 10%'),
      ],
    },
    {
      id: 'q_liquidity',
      dimension: 'capacity',
      text: {
        'zh-TW': '未來兩年內，您可能需要動用這筆資金多少？',
        en: 'How much of this money might you need within the next two years?',
      },
      options: [
        option('most', 1, '大部分', 'Most of it'),
        option('half', 2, '約一半', 'About half'),
        option('little', 3, '一小部分', 'A little'),
        option('none', 4, '完全不需要', 'None'),
      ],
    },
    {
      id: 'q_experience_years',
      dimension: 'capacity',
      text: {
        'zh-TW': '您投資股票、基金或債券的經驗有多久？',
        en: 'How long have you invested in stocks, funds or bonds?',
      },
      options: [
        option('none', 1, '沒有經驗', 'No experience'),
        option('lt1', 2, '不到 1 年', 'Less than 1 year'),
        option('y1_3', 3, '1 至 3 年', '1 to 3 years'),
        option('y3_5', 4, '3 至 5 年', '3 to 5 years'),
        option('gt5', 5, '5 年以上', 'More than 5 years'),
      ],
    },
    {
      id: 'q_experience_products',
      dimension: 'capacity',
      text: {
        'zh-TW': '您投資最多的是哪一類商品？',
        en: 'Which kind of product have you invested in most?',
      },
      options: [
        option('none', 1, '僅有存款，未曾投資', 'Only deposits; never invested'),
        option('bonds', 2, '債券、貨幣型或保本型商品', 'Bonds, money-market or capital-protected products'),
        option('funds', 3, '基金或 ETF', 'Funds or ETFs'),
        option('stocks', 4, '股票', 'Stocks'),
        option(
          'derivatives',
          5,
          '期貨、選擇權、結構型商品等衍生性商品',
          'Derivatives: futures, options, structured notes',
        ),
      ],
    },
    {
      id: 'q_elderly_purpose',
      dimension: 'elderly',
      text: { 'zh-TW': '這筆資金主要的用途是？', en: 'What is this money mainly for?' },
      options: [
        option('living', 0, '日常生活或醫療費用', 'Living or medical expenses'),
        option('legacy', 0, '留給子女或傳承', 'For children or inheritance'),
        option('wealth', 0, '一般理財，短期內不會用到', 'General investing, not needed soon'),
      ],
    },
    {
      id: 'q_elderly_helper',
      dimension: 'elderly',
      text: { 'zh-TW': '投資決定通常由誰做？', en: 'Who usually makes your investment decisions?' },
      options: [
        option('self', 0, '本人自行決定', 'I decide myself'),
        option('family', 0, '與家人討論後由本人決定', 'I decide after talking with family'),
        option('others', 0, '由家人或他人代為決定', 'Family or someone else decides for me'),
      ],
    },
    {
      id: 'q_elderly_wellbeing',
      dimension: 'elderly',
      text: {
        'zh-TW': '（由顧問填寫）會談中觀察到的健康或認知狀況',
        en: '(Advisor) Health or cognitive concerns observed in the meeting',
      },
      options: [
        option('none', 0, '沒有疑慮', 'No concerns'),
        option('sensory', 0, '聽力或視力需要協助', 'Needs help with hearing or sight'),
        option('cognitive', 0, '對記憶或理解有疑慮', 'Concerns about memory or understanding'),
      ],
    },
  ],
  bands: {
    tolerance: {
      five: [
        { min: 3, max: 4, level: 1 },
        { min: 5, max: 6, level: 2 },
        { min: 7, max: 9, level: 3 },
        { min: 10, max: 12, level: 4 },
        { min: 13, max: 14, level: 5 },
      ],
      three: [
        { min: 3, max: 6, level: 1 },
        { min: 7, max: 10, level: 2 },
        { min: 11, max: 14, level: 3 },
      ],
    },
    capacity: {
      five: [
        { min: 7, max: 11, level: 1 },
        { min: 12, max: 16, level: 2 },
        { min: 17, max: 22, level: 3 },
        { min: 23, max: 28, level: 4 },
        { min: 29, max: 33, level: 5 },
      ],
      three: [
        { min: 7, max: 15, level: 1 },
        { min: 16, max: 24, level: 2 },
        { min: 25, max: 33, level: 3 },
      ],
    },
  },
  consistencyRules: [
    {
      id: 'no_experience_derivatives',
      when: [
        { question: 'q_experience_years', options: ['none'] },
        { question: 'q_experience_products', options: ['derivatives'] },
      ],
      message: {
        'zh-TW': '勾選「沒有投資經驗」，卻表示投資最多的是衍生性商品',
        en: '"No experience", yet mostly derivatives',
      },
    },
    {
      id: 'short_horizon_high_return',
      when: [
        { question: 'q_horizon', options: ['lt1'] },
        { question: 'q_objective', options: ['high_return'] },
      ],
      message: {
        'zh-TW': '投資期間不到一年，目標卻是追求高報酬',
        en: 'Invested for under a year, yet aiming for high returns',
      },
    },
    {
      id: 'needs_money_but_all_in',
      when: [
        { question: 'q_liquidity', options: ['most'] },
        { question: 'q_share', options: ['over_75'] },
      ],
      message: {
        'zh-TW': '兩年內需動用大部分資金，卻投入 75% 以上的可投資資產',
        en: 'Needs most of the money within two years, yet invests over 75% of assets',
      },
    },
    {
      id: 'elderly_living_money_high_risk',
      when: [
        { question: 'q_elderly_purpose', options: ['living'] },
        { question: 'q_tradeoff', options: ['r25_l20', 'r40_l35'] },
      ],
      message: {
        'zh-TW': '資金用於生活或醫療，卻選擇可能虧損 20% 以上的組合',
        en: 'Money for living or medical costs, yet a range that can lose 20% or more',
      },
    },
    {
      id: 'elderly_decided_by_others',
      when: [{ question: 'q_elderly_helper', options: ['others'] }],
      message: { 'zh-TW': '投資決定由他人代為決定', en: 'Someone else makes the investment decisions' },
    },
    {
      id: 'elderly_cognitive_concern',
      when: [{ question: 'q_elderly_wellbeing', options: ['cognitive'] }],
      message: {
        'zh-TW': '顧問觀察到記憶或理解上的疑慮',
        en: 'The advisor observed concerns about memory or understanding',
      },
    },
  ],
};
