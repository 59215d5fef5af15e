import SVGtoPDF from 'svg-to-pdfkit';
import type { Client } from '../../../../shared/features/clients/schema';
import { ageOn, formatDate, formatDay, formatTimestamp, today } from '../../../../shared/kernel/dates';
import { formatMoney, formatTotal, formatTwd, totalTwd } from '../../../../shared/kernel/money';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import { FONT_BOLD, FONT_REGULAR } from '../../documents/fonts';
import { CLIENT_LABELS } from '../../../../shared/features/clients/labels';

// Documents are in Traditional Chinese.
const LABELS = CLIENT_LABELS['zh-TW'];
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

/** Documents are in zh-TW: dates in the long form, in the firm's style and time zone. */
function dates(settings: Settings) {
  return dateSettingsOf(settings, 'zh-TW');
}

function drawHeader(doc: PDFKit.PDFDocument, page: DossierPage): void {
  const { branding } = page.settings;
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
  const updated = `資料更新：${formatDay(page.client.updatedAt, dates(page.settings), 'long')}`;
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

  const idLine = `身分證字號 ${page.client.nationalIdMasked}`;
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
  const age = (birthDate: string) => ageOn(birthDate, today(settings.timeZone, generatedAt));
  const birth = client.birthDate
    ? `${formatDate(client.birthDate, dates(settings), 'long')}（${age(client.birthDate)} 歲）`
    : EMPTY;
  const income = client.annualIncomeTwd === null ? EMPTY : formatTwd(client.annualIncomeTwd, 'zh-TW');
  const left: [string, string][] = [
    ['姓名', client.name],
    ['身分證字號', client.nationalIdMasked],
    ['出生日期', birth],
    ['性別', LABELS.gender[client.gender]],
    ['電話', orEmpty(client.phone)],
    ['電子郵件', orEmpty(client.email)],
  ];
  const right: [string, string][] = [
    ['職業', orEmpty(client.occupation)],
    ['服務單位', orEmpty(client.employer)],
    ['年收入', income],
    ['客戶來源', LABELS.acquisition[client.acquisitionSource]],
    ['狀態', LABELS.status[client.status]],
    ['理財顧問', orEmpty(client.advisor)],
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
  rowY += field(doc, '地址', orEmpty(client.address), MARGIN.left, rowY, CONTENT_WIDTH, 2);
  rowY += field(doc, '財富來源', orEmpty(client.sourceOfWealth), MARGIN.left, rowY, CONTENT_WIDTH, 2);
  const tags = client.tags.length > 0 ? client.tags.join('、') : EMPTY;
  rowY += field(doc, '標籤', tags, MARGIN.left, rowY, CONTENT_WIDTH, 1);
  return rowY + 4;
}

function drawAssets(doc: PDFKit.PDFDocument, page: DossierPage, y: number): number {
  const { client, settings } = page;
  const rates = settings.fxRates;
  const listWidth = CONTENT_WIDTH - CHART.width - 16;

  boxedText(doc, '可投資資產（新臺幣約當）', MARGIN.left, y, listWidth, 1, label);
  const total = totalTwd(client.investableAssets, rates.toTwd);
  // An incomplete total carries its 缺 … 匯率 note, in a smaller size so the note is never cut off.
  const incomplete = total.missing.length > 0;
  boxedText(doc, formatTotal(total, 'zh-TW'), MARGIN.left, y + 14, listWidth, incomplete ? 2 : 1, {
    size: incomplete ? 10.5 : 17,
    color: TEXT,
    bold: true,
  });

  let rowY = y + 44;
  const rowStyle: TextStyle = { size: 9, color: TEXT };
  for (const holding of client.investableAssets) {
    boxedText(doc, holding.currency, MARGIN.left, rowY, 36, 1, { ...rowStyle, bold: true });
    const amount = formatMoney(holding.amount, holding.currency, 'zh-TW');
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
  const rateNote = `匯率基準日：${formatDate(rates.asOf, dates(settings), 'long')}；外幣資產依該日匯率換算為新臺幣。`;
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
  const at = `產製時間：${formatTimestamp(page.generatedAt, dates(page.settings), 'long')}`;
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
  y = drawHousehold(doc, page, sectionHeading(doc, '家庭成員', y, color));
  drawNotes(doc, page, sectionHeading(doc, '備註', y, color));
  drawFooter(doc, page);
}
