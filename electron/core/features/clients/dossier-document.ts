import SVGtoPDF from 'svg-to-pdfkit';
import type { Client } from '../../../../shared/features/clients/schema';
import { formatDate, formatMoney, formatTwd, totalTwd } from '../../../../shared/kernel/format';
import type { Settings } from '../../../../shared/features/settings';
import { FONT_BOLD, FONT_REGULAR } from '../../documents/fonts';
import {
  CLIENT_LABELS,
  clientFieldLabel,
  type ClientFieldKey,
} from '../../../../shared/features/clients/fields';

// Documents are in Traditional Chinese, in the words of the screens (the field registry).
const LABELS = CLIENT_LABELS['zh-TW'];
const labelOf = (key: ClientFieldKey) => clientFieldLabel(key, 'zh-TW');
import { boxedText, dataUrlBytes, lineHeight, tint, type TextStyle } from '../../documents/layout';

/** The one-page 客戶資料卡 drawn on an A4 pdfkit page. All positions are in points. */

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 36, bottom: 36, left: 40, right: 40 } as const;
export const CHART = { width: 330, height: 150 } as const;

const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const RIGHT = PAGE.width - MARGIN.right;
const HEADER_HEIGHT = 84;
const FOOTER_HEIGHT = 30;
const FOOTER_TOP = PAGE.height - MARGIN.bottom - FOOTER_HEIGHT;
const LABEL_WIDTH = 62;
const COLUMN_GAP = 20;
const EMPTY = '—';

const TEXT = '#222222';
const MUTED = '#6b6b6b';
const RULE = '#d0d0d0';

export interface DossierPage {
  client: Client;
  settings: Settings;
  generatedAt: Date;
  /** The assets-by-currency chart as SVG, CHART.width by CHART.height user units (points). */
  chartSvg: string;
}

const value: TextStyle = { size: 9.5, color: TEXT };
const label: TextStyle = { size: 8.5, color: MUTED };

function orEmpty(text: string | null): string {
  return text === null || text === '' ? EMPTY : text;
}

/** Local wall-clock time, the way the advisor's own clock shows it. */
function formatGeneratedAt(at: Date, style: Settings['dateFormat']): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoDate = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${formatDate(isoDate, style)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function ageOn(birthDate: string, at: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  const hadBirthday = at.getMonth() + 1 > month || (at.getMonth() + 1 === month && at.getDate() >= day);
  return at.getFullYear() - year - (hadBirthday ? 0 : 1);
}

function drawHeader(doc: PDFKit.PDFDocument, page: DossierPage): void {
  const { branding, dateFormat } = page.settings;
  doc.rect(0, 0, PAGE.width, HEADER_HEIGHT).fill(branding.primaryColor);

  let firmX = MARGIN.left;
  if (branding.logoDataUrl) {
    const box = { x: MARGIN.left, y: 16, width: 104, height: 52 };
    // A white plate keeps any logo legible on any brand colour.
    doc.roundedRect(box.x, box.y, box.width, box.height, 4).fill('#ffffff');
    try {
      doc.image(dataUrlBytes(branding.logoDataUrl), box.x + 6, box.y + 5, {
        fit: [box.width - 12, box.height - 10],
        align: 'center',
        valign: 'center',
      });
    } catch {
      // A logo that passed the schema but does not decode must not cost the advisor the document.
    }
    firmX = box.x + box.width + 14;
  }
  const white = { color: '#ffffff' };
  boxedText(doc, branding.firmName, firmX, 24, 250, 1, { ...white, size: 15, bold: true });
  boxedText(doc, '財富管理 · 客戶資料', firmX, 48, 250, 1, { ...white, size: 9 });

  const titleWidth = 180;
  boxedText(doc, '客戶資料卡', RIGHT - titleWidth, 20, titleWidth, 1, {
    ...white,
    size: 22,
    bold: true,
    align: 'right',
  });
  const updated = `${labelOf('updatedAt')}：${formatDate(page.client.updatedAt, dateFormat)}`;
  boxedText(doc, updated, RIGHT - titleWidth, 54, titleWidth, 1, { ...white, size: 8.5, align: 'right' });
}

/** Client name with a status pill; returns the y below it. */
function drawIdentity(doc: PDFKit.PDFDocument, page: DossierPage, y: number): number {
  const color = page.settings.branding.primaryColor;
  const nameStyle: TextStyle = { size: 20, color: TEXT, bold: true };
  boxedText(doc, page.client.name, MARGIN.left, y, 300, 1, nameStyle);
  const nameWidth = Math.min(300, doc.widthOfString(page.client.name));

  const status = LABELS.status[page.client.status];
  const pillStyle: TextStyle = { size: 9, color, bold: true, align: 'center' };
  lineHeight(doc, pillStyle);
  const pill = {
    x: MARGIN.left + nameWidth + 12,
    y: y + 7,
    width: doc.widthOfString(status) + 16,
    height: 17,
  };
  doc.roundedRect(pill.x, pill.y, pill.width, pill.height, 8.5).fill(tint(color, 0.85));
  boxedText(doc, status, pill.x, pill.y + 2.5, pill.width, 1, pillStyle);

  const idLine = `${labelOf('nationalId')} ${page.client.nationalIdMasked}`;
  boxedText(doc, idLine, RIGHT - 200, y + 9, 200, 1, { size: 10, color: MUTED, align: 'right' });
  return y + 36;
}

function sectionHeading(doc: PDFKit.PDFDocument, title: string, y: number, color: string): number {
  doc.rect(MARGIN.left, y + 1, 3, 13).fill(color);
  boxedText(doc, title, MARGIN.left + 9, y, 200, 1, { size: 11.5, color, bold: true });
  doc
    .moveTo(MARGIN.left, y + 20)
    .lineTo(RIGHT, y + 20)
    .lineWidth(0.75)
    .strokeColor(tint(color, 0.7))
    .stroke();
  return y + 28;
}

/** One label/value pair; returns the height of the row. */
function field(
  doc: PDFKit.PDFDocument,
  name: string,
  text: string,
  x: number,
  y: number,
  width: number,
  maxLines = 1,
) {
  boxedText(doc, name, x, y + 1, LABEL_WIDTH, 1, label);
  const used = boxedText(doc, text, x + LABEL_WIDTH, y, width - LABEL_WIDTH, maxLines, value);
  return Math.max(used, lineHeight(doc, value)) + 6;
}

function drawBasics(doc: PDFKit.PDFDocument, page: DossierPage, y: number): number {
  const { client, settings, generatedAt } = page;
  const birth = client.birthDate
    ? `${formatDate(client.birthDate, settings.dateFormat)}（${ageOn(client.birthDate, generatedAt)} 歲）`
    : EMPTY;
  const income = client.annualIncomeTwd === null ? EMPTY : formatTwd(client.annualIncomeTwd);
  const left: [string, string][] = [
    [labelOf('name'), client.name],
    [labelOf('nationalId'), client.nationalIdMasked],
    [labelOf('birthDate'), birth],
    [labelOf('gender'), LABELS.gender[client.gender]],
    [labelOf('phone'), orEmpty(client.phone)],
    [labelOf('email'), orEmpty(client.email)],
  ];
  const right: [string, string][] = [
    [labelOf('occupation'), orEmpty(client.occupation)],
    [labelOf('employer'), orEmpty(client.employer)],
    [labelOf('annualIncomeTwd'), income],
    [labelOf('acquisitionSource'), LABELS.acquisition[client.acquisitionSource]],
    [labelOf('status'), LABELS.status[client.status]],
    [labelOf('advisor'), orEmpty(client.advisor)],
  ];
  const columnWidth = (CONTENT_WIDTH - COLUMN_GAP) / 2;
  let rowY = y;
  left.forEach(([name, text], i) => {
    const [rightName, rightText] = right[i]!;
    const height = Math.max(
      field(doc, name, text, MARGIN.left, rowY, columnWidth),
      field(doc, rightName, rightText, MARGIN.left + columnWidth + COLUMN_GAP, rowY, columnWidth),
    );
    rowY += height;
  });
  rowY += field(doc, labelOf('address'), orEmpty(client.address), MARGIN.left, rowY, CONTENT_WIDTH, 2);
  rowY += field(
    doc,
    labelOf('sourceOfWealth'),
    orEmpty(client.sourceOfWealth),
    MARGIN.left,
    rowY,
    CONTENT_WIDTH,
    2,
  );
  const tags = client.tags.length > 0 ? client.tags.join('、') : EMPTY;
  rowY += field(doc, labelOf('tags'), tags, MARGIN.left, rowY, CONTENT_WIDTH, 1);
  return rowY + 4;
}

function drawAssets(doc: PDFKit.PDFDocument, page: DossierPage, y: number): number {
  const { client, settings } = page;
  const rates = settings.fxRates;
  const listWidth = CONTENT_WIDTH - CHART.width - 16;

  boxedText(doc, `${labelOf('investableAssets')}（新臺幣約當）`, MARGIN.left, y, listWidth, 1, label);
  const total = formatTwd(totalTwd(client.investableAssets, rates));
  boxedText(doc, total, MARGIN.left, y + 14, listWidth, 1, { size: 17, color: TEXT, bold: true });

  let rowY = y + 44;
  const rowStyle: TextStyle = { size: 9, color: TEXT };
  for (const holding of client.investableAssets) {
    boxedText(doc, holding.currency, MARGIN.left, rowY, 36, 1, { ...rowStyle, bold: true });
    const amount = formatMoney(holding.amount, holding.currency);
    boxedText(doc, amount, MARGIN.left + 36, rowY, listWidth - 36, 1, { ...rowStyle, align: 'right' });
    rowY += 16;
  }
  if (client.investableAssets.length === 0) boxedText(doc, EMPTY, MARGIN.left, rowY, listWidth, 1, rowStyle);

  const chartX = RIGHT - CHART.width;
  SVGtoPDF(doc, page.chartSvg, chartX, y, {
    width: CHART.width,
    height: CHART.height,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
    // recharts' markup carries browser-only attributes (role, tabindex) that the converter reports
    // as unsupported; they change nothing in the drawing.
    warningCallback: () => undefined,
  });
  const rateNote = `匯率基準日：${formatDate(rates.asOf, settings.dateFormat)}；外幣資產依該日匯率換算為新臺幣。`;
  const noteY = y + CHART.height + 4;
  boxedText(doc, rateNote, chartX, noteY, CHART.width, 1, { size: 8, color: MUTED, align: 'right' });
  return Math.max(noteY + 20, rowY + 8);
}

function drawHousehold(doc: PDFKit.PDFDocument, page: DossierPage, y: number): number {
  const members = page.client.household.map((m) => `${m.name}（${LABELS.relation[m.relation]}）`);
  const text = members.length > 0 ? members.join('、') : EMPTY;
  return y + boxedText(doc, text, MARGIN.left, y, CONTENT_WIDTH, 2, value) + 10;
}

function drawNotes(doc: PDFKit.PDFDocument, page: DossierPage, y: number): void {
  const style: TextStyle = { ...value, lineGap: 2 };
  const available = FOOTER_TOP - 10 - y;
  const maxLines = Math.max(1, Math.floor(available / lineHeight(doc, style)));
  const notes = orEmpty(page.client.notes);
  boxedText(doc, notes, MARGIN.left, y, CONTENT_WIDTH, maxLines, style, '…（以下省略，完整內容請見系統）');
}

function drawFooter(doc: PDFKit.PDFDocument, page: DossierPage): void {
  doc.moveTo(MARGIN.left, FOOTER_TOP).lineTo(RIGHT, FOOTER_TOP).lineWidth(0.5).strokeColor(RULE).stroke();
  const small: TextStyle = { size: 7.5, color: MUTED };
  const at = `產製時間：${formatGeneratedAt(page.generatedAt, page.settings.dateFormat)}`;
  boxedText(doc, at, MARGIN.left, FOOTER_TOP + 5, 220, 1, small);
  boxedText(doc, '第 1 頁／共 1 頁', RIGHT - 120, FOOTER_TOP + 5, 120, 1, { ...small, align: 'right' });
  const confidential =
    '機密文件：本資料卡含客戶個人資料，依個人資料保護法僅供業務必要使用，請勿轉寄、複製或留置於公共場所。';
  boxedText(doc, confidential, MARGIN.left, FOOTER_TOP + 17, CONTENT_WIDTH, 1, { ...small, align: 'center' });
}

export function drawDossierPage(doc: PDFKit.PDFDocument, page: DossierPage): void {
  const color = page.settings.branding.primaryColor;
  drawHeader(doc, page);
  let y = drawIdentity(doc, page, HEADER_HEIGHT + 18);
  y = drawBasics(doc, page, sectionHeading(doc, '基本資料', y, color));
  y = drawAssets(doc, page, sectionHeading(doc, '資產概況', y, color));
  y = drawHousehold(doc, page, sectionHeading(doc, labelOf('household'), y, color));
  drawNotes(doc, page, sectionHeading(doc, labelOf('notes'), y, color));
  drawFooter(doc, page);
}
