import {
  GIVEN_METHOD_WORDS,
  MATERIAL_KIND_WORDS,
  type InformationReport,
} from '../../../../shared/features/information-records';
import type { Language } from '../../../../shared/i18n/messages';
import { writeCsv } from '../../io/csv/write';
import { NO_VALUE, type TextFormats } from '../../kernel/personal-data';

/** The report's words: its file name and columns (one home, the CSV and the copy's section read them). */
export const INFORMATION_REPORT_WORDS: Readonly<
  Record<Language, { fileNamePrefix: string; deletedClient: string; header: string[] }>
> = {
  'zh-TW': {
    fileNamePrefix: '提供資訊紀錄',
    deletedClient: '已刪除客戶',
    header: ['提供日期', '資料類別', '資料名稱', '資料編號', '客戶', '客戶編號', '提供方式', '提供人員'],
  },
  en: {
    fileNamePrefix: 'information-given',
    deletedClient: 'Deleted client',
    header: [
      'Given on',
      'Material kind',
      'Material',
      'Material ID',
      'Client',
      'Client ID',
      'Method',
      'Given by',
    ],
  },
};

/** The report as CSV, group after group, in the firm's date style. */
export function informationReportCsv(report: InformationReport, formats: TextFormats): string {
  const words = INFORMATION_REPORT_WORDS[formats.language];
  const rows = report.groups.flatMap((group) =>
    group.lines.map((line) => [
      formats.date(line.givenOn),
      formats.words(MATERIAL_KIND_WORDS[line.material.kind]),
      line.material.title,
      line.material.refId ?? NO_VALUE,
      line.clientName ?? words.deletedClient,
      line.clientId,
      formats.words(GIVEN_METHOD_WORDS[line.method]),
      line.givenBy || NO_VALUE,
    ]),
  );
  return writeCsv(words.header, rows);
}

export function informationReportFileName(report: InformationReport, language: Language): string {
  return `${INFORMATION_REPORT_WORDS[language].fileNamePrefix}_${report.from}_${report.to}.csv`;
}
