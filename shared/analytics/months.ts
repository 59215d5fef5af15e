import { invalid } from './errors';

/** Calendar months as integers (year * 12 + month - 1), for monthly simulations. */

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

export function parseMonth(text: string, where: string): number {
  const m = YEAR_MONTH.exec(text);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw invalid(`${where} must be a month as YYYY-MM, got "${text}"`);
  return Number(m[1]) * 12 + month - 1;
}

export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
