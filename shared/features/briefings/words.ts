import type { AuditWords } from '../../ipc/define';

/** The kinds of slide block, and their words (the editor, the presentation and the PDF read them here). */
export const BLOCK_KINDS = [
  'title',
  'marketChart',
  'returnsTable',
  'fxPanel',
  'productSpotlight',
  'allocation',
  'clientPortfolio',
  'text',
  'image',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const BLOCK_KIND_WORDS: Readonly<Record<BlockKind, AuditWords>> = {
  title: { 'zh-TW': '標題頁', en: 'Title slide' },
  marketChart: { 'zh-TW': '市場走勢圖', en: 'Market chart' },
  returnsTable: { 'zh-TW': '報酬率表', en: 'Returns table' },
  fxPanel: { 'zh-TW': '匯率看板', en: 'FX panel' },
  productSpotlight: { 'zh-TW': '商品焦點', en: 'Product spotlight' },
  allocation: { 'zh-TW': '模型配置', en: 'Model allocation' },
  clientPortfolio: { 'zh-TW': '客戶持有與模型比較', en: 'Client holdings vs model' },
  text: { 'zh-TW': '文字條列', en: 'Text and bullets' },
  image: { 'zh-TW': '圖片', en: 'Image' },
};

/** What a deck was made as: a template, or blank. */
export const DECK_KINDS = ['blank', 'weeklyMarketReview', 'productLaunch', 'clientPortfolioReview'] as const;
export type DeckKind = (typeof DECK_KINDS)[number];
export const DECK_TEMPLATES = ['weeklyMarketReview', 'productLaunch', 'clientPortfolioReview'] as const;
export type DeckTemplate = (typeof DECK_TEMPLATES)[number];

export const DECK_KIND_WORDS: Readonly<Record<DeckKind, AuditWords>> = {
  blank: { 'zh-TW': '空白簡報', en: 'Blank deck' },
  weeklyMarketReview: { 'zh-TW': '每週市場回顧', en: 'Weekly market review' },
  productLaunch: { 'zh-TW': '新商品說明', en: 'Product launch' },
  clientPortfolioReview: { 'zh-TW': '客戶投資組合檢視', en: 'Client portfolio review' },
};

export const PDF_VARIANTS = ['slides', 'handout'] as const;
export type PdfVariant = (typeof PDF_VARIANTS)[number];

export const PDF_VARIANT_WORDS: Readonly<Record<PdfVariant, AuditWords>> = {
  slides: { 'zh-TW': '投影片', en: 'Slides' },
  handout: { 'zh-TW': '講義', en: 'Handout' },
};

/** What a redacted value shows in place of a client's name (the data never holds the name). */
export const REDACTED_WORDS: AuditWords = { 'zh-TW': '（已遮蔽）', en: '(hidden)' };
