import type { Language } from '../../i18n/messages';
import type { RiskGrade } from '../kyc';
import { fxSeriesCode } from '../market-data';
import type { Block, DeckContent, Slide } from './schema';
import { BLOCK_KIND_WORDS, DECK_KIND_WORDS, type DeckTemplate } from './words';

/**
 * The templates: each makes a complete deck the advisor then edits. Pure (IDs come from `newId`),
 * so the core saves what a test can predict. Series are the standard catalogue's codes.
 */

export interface TemplateInput {
  template: DeckTemplate;
  language: Language;
  /** clientPortfolioReview: the client, their name for the title and their grade for the model. */
  client?: { id: string; grade: RiskGrade | null };
  /** productLaunch: the product and its name for the title. */
  product?: { id: string; name: string };
  newId(): string;
}

const TEXT = {
  'zh-TW': {
    weekly: {
      subtitle: '市場重點與資產配置觀點',
      equities: '全球股市走勢',
      rates: '利率與匯率',
      returns: '主要指數報酬率',
      fx: '主要匯率',
      outlook: '本週觀點',
      outlookBullets: ['股市：', '債市：', '匯市：', '配置建議：'],
    },
    launch: {
      subtitle: '新商品說明',
      why: '商品特色',
      whyBullets: ['投資標的：', '適合對象：', '主要風險：'],
      model: '在模型配置中的角色',
    },
    review: {
      title: '投資組合檢視',
      subtitle: '持有部位與建議配置比較',
      portfolio: '目前持有與模型配置',
      market: '近期市場回顧',
      next: '後續建議',
      nextBullets: ['調整方向：', '下次檢視日期：'],
    },
  },
  en: {
    weekly: {
      subtitle: 'Market highlights and allocation views',
      equities: 'Global equities',
      rates: 'Rates and FX',
      returns: 'Returns of the main indices',
      fx: 'Main exchange rates',
      outlook: 'This week’s view',
      outlookBullets: ['Equities: ', 'Bonds: ', 'Currencies: ', 'Allocation: '],
    },
    launch: {
      subtitle: 'Product launch',
      why: 'Highlights',
      whyBullets: ['Invests in: ', 'Suitable for: ', 'Main risks: '],
      model: 'Its place in the model allocation',
    },
    review: {
      title: 'Portfolio review',
      subtitle: 'Holdings against the recommended allocation',
      portfolio: 'Holdings and the model',
      market: 'Recent markets',
      next: 'Next steps',
      nextBullets: ['Changes: ', 'Next review: '],
    },
  },
} as const;

const EQUITIES = ['TAIEX', 'SPX', 'MSCIWORLD', 'MSCIEM', 'N225'];
const FX_CURRENCIES = ['USD', 'JPY', 'EUR', 'CNY', 'AUD'] as const;
/** The middle of five grades: a launch deck shows the model a typical client would hold. */
const MIDDLE_GRADE: RiskGrade = { scale: 'five', level: 3 };

function weekly(language: Language): Block[] {
  const t = TEXT[language].weekly;
  return [
    { kind: 'title', title: DECK_KIND_WORDS.weeklyMarketReview[language], subtitle: t.subtitle },
    {
      kind: 'marketChart',
      title: t.equities,
      series: ['TAIEX', 'SPX', 'MSCIWORLD'],
      period: '3M',
      rebased: true,
      commentary: '',
    },
    {
      kind: 'marketChart',
      title: t.rates,
      series: ['TW10Y', 'US10Y'],
      period: '1Y',
      rebased: false,
      commentary: '',
    },
    { kind: 'returnsTable', title: t.returns, series: [...EQUITIES, 'GOLD'] },
    { kind: 'fxPanel', title: t.fx, currencies: [...FX_CURRENCIES] },
    { kind: 'text', heading: t.outlook, bullets: [...t.outlookBullets] },
  ];
}

function launch(language: Language, product: { id: string; name: string }): Block[] {
  const t = TEXT[language].launch;
  return [
    { kind: 'title', title: product.name, subtitle: t.subtitle },
    { kind: 'productSpotlight', productId: product.id, commentary: '' },
    { kind: 'text', heading: t.why, bullets: [...t.whyBullets] },
    { kind: 'allocation', title: t.model, grade: MIDDLE_GRADE },
    { kind: 'fxPanel', title: TEXT[language].weekly.fx, currencies: ['USD'] },
  ];
}

function review(language: Language, grade: RiskGrade | null): Block[] {
  const t = TEXT[language].review;
  return [
    { kind: 'title', title: t.title, subtitle: t.subtitle },
    { kind: 'clientPortfolio', title: t.portfolio },
    { kind: 'allocation', title: BLOCK_KIND_WORDS.allocation[language], grade: grade ?? MIDDLE_GRADE },
    { kind: 'returnsTable', title: t.market, series: ['TAIEX', 'SPX', 'MSCIWORLD', fxSeriesCode('USD')] },
    { kind: 'text', heading: t.next, bullets: [...t.nextBullets] },
  ];
}

/** The deck a template makes (the caller checks the client or product exists). */
export function templateDeck(input: TemplateInput): DeckContent {
  const { template, language } = input;
  const blocks =
    template === 'weeklyMarketReview'
      ? weekly(language)
      : template === 'productLaunch'
        ? launch(language, input.product ?? { id: '', name: '' })
        : review(language, input.client?.grade ?? null);
  const slides: Slide[] = blocks.map((block) => ({ id: input.newId(), block, notes: '' }));
  const title =
    template === 'productLaunch' && input.product
      ? `${DECK_KIND_WORDS.productLaunch[language]}：${input.product.name}`
      : DECK_KIND_WORDS[template][language];
  return {
    title: title.slice(0, 120),
    kind: template,
    clientId: template === 'clientPortfolioReview' ? (input.client?.id ?? null) : null,
    slides,
  };
}
