/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The dossier PDF's file name, as an advisor files it: 客戶資料卡_陳美玲_1151130.pdf, with the ROC
 * date of the calendar day in the advisor's time zone (not the UTC day).
 */
export function dossierPdfFileName(clientName: string, date: Date, timeZone = 'Asia/Taipei'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  const rocYear = Number(parts.year) - 1911;
  const name = clientName.replace(UNSAFE, '').trim() || '客戶';
  return `客戶資料卡_${name}_${rocYear}${parts.month}${parts.day}.pdf`;
}
