import type { CopyPackage } from '../../../../shared/features/compliance';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { fileNameDate } from '../../../../shared/kernel/dates';
import { clientDocumentFrame } from '../../documents/client-frame';
import type { Block } from '../../documents/document';
import type { DocumentRenderer } from '../../documents/renderer';
import { writeCsv } from '../../io/csv/write';
import type { PersonalDataSection, PersonalDataTable } from '../../kernel/personal-data';
import { COPY_MESSAGES } from './copy-messages';

/** A text's width in half-width characters: a CJK or full-width character counts two. */
const widthOf = (text: string) =>
  [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/**
 * Columns share the width by how much they hold: a date narrow, a reason wide (two to four
 * shares), and never so narrow that the header itself wraps.
 */
function columnWeights(table: PersonalDataTable): number[] {
  return table.header.map((header, index) => {
    const longest = Math.max(0, ...table.rows.map((row) => widthOf(row[index] ?? '')));
    // Short values (a date, a code, a state) keep to one line; long ones wrap.
    const cells = longest <= 14 ? longest / 7 : Math.min(4, Math.max(2, longest / 10));
    return Math.max(1, widthOf(header) / 7, cells);
  });
}

function sectionBlocks(section: PersonalDataSection, none: string): Block[] {
  const { header, rows } = section.table;
  const weights = columnWeights(section.table);
  return [
    { kind: 'heading', text: section.title, level: 1 },
    rows.length === 0
      ? { kind: 'paragraph', text: none, muted: true }
      : {
          kind: 'table',
          columns: header.map((title, i) => ({ header: title, weight: weights[i]! })),
          rows,
          maxLinesPerCell: 12,
        },
  ];
}

/**
 * The answer to a copy request (製給複製本): every section the personal-data sources give for the
 * client, as one PDF on the documents lane (a heading and a table each, or 無資料), one JSON
 * holding each section's value under its key, and a CSV per section, for the folder the user picks.
 */
export async function buildCopyPackage(
  sections: readonly PersonalDataSection[],
  options: {
    /** The name on the PDF's header and metadata; empty for a deleted client. */
    clientName: string;
    fullNationalId: boolean;
    settings: Settings;
    language: Language;
    generatedAt: Date;
    receivedOn: string;
    documents: DocumentRenderer;
  },
): Promise<CopyPackage> {
  const { settings, language, generatedAt } = options;
  const text = COPY_MESSAGES[language];
  const dates = dateSettingsOf(settings, language);
  const name = options.clientName || text.deletedClient;
  const pdf = await options.documents.render({
    language,
    branding: settings.branding,
    ...clientDocumentFrame(text, { clientName: name, subtitle: name, generatedAt, dates }),
    blocks: [
      {
        kind: 'paragraph',
        text: `${text.intro}${options.fullNationalId ? text.nationalIdFull : text.nationalIdMasked}`,
      },
      ...sections.flatMap((section) => sectionBlocks(section, text.none)),
    ],
  });
  const json = {
    generatedAt: generatedAt.toISOString(),
    ...Object.fromEntries(sections.map((section) => [section.key, section.value])),
  };
  const textFile = (fileName: string, content: string) => ({ name: fileName, text: content, base64: null });
  return {
    folderName: `${text.folder}_${fileNameDate(new Date(`${options.receivedOn}T12:00:00Z`), settings.dateFormat, 'UTC')}`,
    files: [
      { name: `${text.file}.pdf`, text: null, base64: pdf.toString('base64') },
      textFile(`${text.file}.json`, `${JSON.stringify(json, null, 2)}\n`),
      ...sections.map((section) =>
        textFile(`${section.file}.csv`, writeCsv(section.table.header, section.table.rows)),
      ),
    ],
  };
}
