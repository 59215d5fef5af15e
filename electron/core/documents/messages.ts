import type { Language } from '../../../shared/i18n/messages';

/**
 * The words the documents lane itself writes on a page (running footer, table of contents). A
 * template brings its own catalogue for its content, also in both languages.
 */
export interface DocumentMessages {
  /** "第 3 頁／共 12 頁" */
  pageOf(page: number, pages: number): string;
  tableOfContents: string;
  /** Prefix of the time a document was made: "產製時間：" */
  generatedAt: string;
  /** Shown for a value that is missing. */
  empty: string;
}

export const DOCUMENT_MESSAGES: Record<Language, DocumentMessages> = {
  'zh-TW': {
    pageOf: (page, pages) => `第 ${page} 頁／共 ${pages} 頁`,
    tableOfContents: '目錄',
    generatedAt: '產製時間：',
    empty: '—',
  },
  en: {
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    tableOfContents: 'Contents',
    generatedAt: 'Generated: ',
    empty: '—',
  },
};
