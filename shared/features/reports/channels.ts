/** The book report's channel names, bare (the preload's allow-list cannot load zod). */
export const REPORT_CHANNELS = ['book.report', 'book.reportFile'] as const;
