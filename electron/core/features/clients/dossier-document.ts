import { summaryAssetsOf, type Client } from '../../../../shared/features/clients/schema';
import type { ClientFieldKey } from '../../../../shared/features/clients/fields';
import { ageOn, formatDate, formatDay, today, type DateSettings } from '../../../../shared/kernel/dates';
import { formatMoney, formatTotal, formatTwd, totalTwd } from '../../../../shared/kernel/money';
import { dateSettingsOf, type FxRates, type Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import {
  CLIENT_LABELS,
  clientFieldLabel,
  nationalIdOnDocument,
} from '../../../../shared/features/clients/fields';
import { clientDocumentFrame } from '../../documents/client-frame';
import type { Block, CustomBlock, DocumentSpec } from '../../documents/document';
import type { KeyValue } from '../../documents/key-values';
import { boxedText, drawSvg, lineHeight, tint, type TextStyle } from '../../documents/layout';
import { DOCUMENT_MESSAGES } from '../../documents/messages';
import type { DocumentTheme } from '../../documents/theme';
import { DOSSIER_MESSAGES, type DossierMessages } from './dossier-messages';

/** The one-page 客戶資料卡 as blocks of the documents lane. All lengths are in points. */

export const CHART = { width: 330, height: 150 } as const;
/** The dossier's header band is taller than a long document's: it is the page's first impression. */
const HEADER_HEIGHT = 84;

export interface DossierDocumentInput {
  client: Client;
  settings: Settings;
  /** The exchange rates in force (CoreContext.fxRates): the total, the chart and the note. */
  fxRates: FxRates;
  generatedAt: Date;
  language: Language;
  /** The assets-by-currency chart as SVG, CHART.width by CHART.height user units (points). */
  chartSvg: string;
}

function identity(input: DossierDocumentInput, text: DossierMessages, status: string): CustomBlock {
  return {
    kind: 'custom',
    height: 38,
    draw(doc, at, theme) {
      const color = theme.colors.primary;
      const idLine = `${clientFieldLabel('nationalId', input.language)} ${nationalIdOnDocument(input.client.nationalIdMasked, input.language)}`;
      const idStyle: TextStyle = { size: 10, color: theme.colors.muted, align: 'right' };
      lineHeight(doc, idStyle);
      // The masked ID keeps its one line: the name gets what is left of the row.
      const idWidth = doc.widthOfString(idLine) + 4;
      const nameStyle: TextStyle = { size: 20, color: theme.colors.text, bold: true };
      lineHeight(doc, nameStyle);
      const nameWidth = Math.min(at.width - idWidth - 100, doc.widthOfString(input.client.name));
      boxedText(doc, input.client.name, at.x, at.y, nameWidth + 1, 1, nameStyle);

      const pillStyle: TextStyle = { size: 9, color, bold: true, align: 'center' };
      lineHeight(doc, pillStyle);
      const pill = {
        x: at.x + nameWidth + 12,
        y: at.y + 7,
        width: doc.widthOfString(status) + 16,
        height: 17,
      };
      doc.roundedRect(pill.x, pill.y, pill.width, pill.height, 8.5).fill(tint(color, 0.85));
      boxedText(doc, status, pill.x, pill.y + 2.5, pill.width, 1, pillStyle);
      boxedText(doc, idLine, at.x + at.width - idWidth, at.y + 9, idWidth, 1, idStyle);
    },
  };
}

function basics(input: DossierDocumentInput, dates: DateSettings, day: string, empty: string): KeyValue[] {
  const { client, language } = input;
  const LABELS = CLIENT_LABELS[language];
  const label = (key: ClientFieldKey) => clientFieldLabel(key, language);
  const text = DOSSIER_MESSAGES[language];
  const orEmpty = (value: string | null) => (value === null || value === '' ? empty : value);
  const birth = client.birthDate
    ? `${formatDate(client.birthDate, dates, 'long')}${text.age(ageOn(client.birthDate, day))}`
    : empty;
  const income = client.annualIncomeTwd === null ? empty : formatTwd(client.annualIncomeTwd, language);
  // Two columns, read row by row: each left pair is followed by its right neighbour.
  const pairs: [string, string][] = [
    [label('name'), client.name],
    [label('occupation'), orEmpty(client.occupation)],
    [label('nationalId'), nationalIdOnDocument(client.nationalIdMasked, language)],
    [label('employer'), orEmpty(client.employer)],
    [label('birthDate'), birth],
    [label('annualIncomeTwd'), income],
    [label('gender'), LABELS.gender[client.gender]],
    [label('acquisitionSource'), LABELS.acquisition[client.acquisitionSource]],
    [label('phone'), orEmpty(client.phone)],
    [label('status'), LABELS.status[client.status]],
    [label('email'), orEmpty(client.email)],
    [label('advisor'), orEmpty(client.advisor)],
  ];
  const tags = client.tags.length > 0 ? client.tags.join(text.listSeparator) : empty;
  return [
    ...pairs.map(([label, value]) => ({ label, value })),
    { label: label('address'), value: orEmpty(client.address), maxLines: 2, wide: true },
    { label: label('sourceOfWealth'), value: orEmpty(client.sourceOfWealth), maxLines: 2, wide: true },
    { label: label('tags'), value: tags, wide: true },
  ];
}

/** Total and holdings on the left, the chart on the right, the exchange-rate note under it. */
function assets(
  input: DossierDocumentInput,
  dates: DateSettings,
  text: DossierMessages,
  empty: string,
): CustomBlock {
  const { client, fxRates, language } = input;
  const holdings = summaryAssetsOf(client);
  const height = Math.max(CHART.height + 22, 44 + 16 * Math.max(holdings.length, 1) + 8);
  return {
    kind: 'custom',
    height,
    draw(doc, at, theme: DocumentTheme) {
      const listWidth = at.width - CHART.width - 16;
      const muted: TextStyle = { size: theme.sizes.small, color: theme.colors.muted };
      boxedText(doc, text.assetsTotal, at.x, at.y, listWidth, 1, muted);
      const sum = totalTwd(holdings, fxRates.toTwd);
      // An incomplete total names the missing rates, which needs a smaller type to stay on its line.
      boxedText(doc, formatTotal(sum, language), at.x, at.y + 14, listWidth, 1, {
        size: sum.missing.length > 0 ? 11 : 17,
        color: theme.colors.text,
        bold: true,
      });
      const row: TextStyle = { size: 9, color: theme.colors.text };
      let y = at.y + 44;
      for (const holding of holdings) {
        boxedText(doc, holding.currency, at.x, y, 36, 1, { ...row, bold: true });
        const amount = formatMoney(holding.amount, holding.currency, language);
        boxedText(doc, amount, at.x + 36, y, listWidth - 36, 1, { ...row, align: 'right' });
        y += 16;
      }
      if (holdings.length === 0) boxedText(doc, empty, at.x, y, listWidth, 1, row);

      const chartX = at.x + at.width - CHART.width;
      drawSvg(doc, input.chartSvg, chartX, at.y, CHART.width, CHART.height);
      const fromHoldings = client.assetsFromHoldings;
      const note = fromHoldings
        ? text.fromHoldingsNote(formatDate(fromHoldings.fxAsOf, dates, 'long'))
        : text.ratesNote(formatDate(fxRates.asOf, dates, 'long'));
      boxedText(doc, note, chartX, at.y + CHART.height + 4, CHART.width, 1, {
        ...muted,
        size: 8,
        align: 'right',
      });
    },
  };
}

export function dossierDocument(input: DossierDocumentInput): DocumentSpec {
  const { client, settings, generatedAt, language } = input;
  const text = DOSSIER_MESSAGES[language];
  const lane = DOCUMENT_MESSAGES[language];
  const LABELS = CLIENT_LABELS[language];
  // Documents take the long form in the user's time zone; English documents are always ISO.
  const dates = dateSettingsOf(settings, language);
  const day = today(settings.timeZone, generatedAt);
  const household = client.household.map((m) => text.withRelation(m.name, LABELS.relation[m.relation]));

  const blocks: Block[] = [
    identity(input, text, LABELS.status[client.status]),
    { kind: 'heading', level: 1, text: text.sections.basics },
    {
      kind: 'keyValues',
      items: basics(input, dates, day, lane.empty),
      labelWidth: language === 'en' ? 78 : 62,
    },
    { kind: 'heading', level: 1, text: text.sections.assets },
    assets(input, dates, text, lane.empty),
    { kind: 'heading', level: 1, text: clientFieldLabel('household', language) },
    { kind: 'paragraph', text: household.join(text.listSeparator) || lane.empty, maxLines: 2 },
    { kind: 'heading', level: 1, text: clientFieldLabel('notes', language) },
    { kind: 'paragraph', text: client.notes || lane.empty, fitPage: { ellipsis: text.notesCut } },
  ];
  return {
    language,
    branding: settings.branding,
    headerHeight: HEADER_HEIGHT,
    ...clientDocumentFrame(text, {
      clientName: client.name,
      subtitle: text.labelled(
        clientFieldLabel('updatedAt', language),
        formatDay(client.updatedAt, dates, 'long'),
      ),
      generatedAt,
      dates,
    }),
    blocks,
  };
}
