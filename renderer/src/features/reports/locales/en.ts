import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'nav.reports': 'Book report',
  'reports.period': 'Period',
  'reports.client': 'Client',
  'reports.wholeBook': 'Whole book',
  'reports.pdf': 'Print PDF',
  'reports.csv': 'Export CSV',
  'reports.xlsx': 'Export Excel',
  'reports.show': 'Show',
  'reports.missedOnly': 'Plan missed',
  'reports.allClients': 'All clients',
};
