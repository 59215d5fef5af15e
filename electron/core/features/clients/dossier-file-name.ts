import { DEFAULT_TIME_ZONE, fileNameDate } from '../../../../shared/kernel/dates';
import { DOSSIER_MESSAGES } from './dossier-messages';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The file name of a client's dossier PDF: 客戶資料卡_陳美玲_1151130.pdf, dated with the ROC
 * calendar day in the advisor's time zone (not the UTC day, which is the previous one before 08:00).
 */
export function dossierPdfFileName(clientName: string, date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return clientPdfFileName(DOSSIER_MESSAGES['zh-TW'].fileNamePrefix, clientName, date, timeZone);
}

/** Any client document's file name: prefix, client name, ROC day (風險屬性評估表_陳美玲_1151130.pdf). */
export function clientPdfFileName(
  prefix: string,
  clientName: string,
  date: Date,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const name = clientName.replace(ILLEGAL, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${[prefix, name, fileNameDate(date, 'roc', timeZone)].filter(Boolean).join('_')}.pdf`;
}
