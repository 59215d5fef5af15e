import { createElement } from 'react';
import { summaryAssetsOf, type Client } from '../../../../shared/features/clients';
import type { FxRates, Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { AssetsByCurrencyChart } from '../../../../shared/charts/AssetsByCurrencyChart';
import { currencySlices } from '../../../../shared/charts/currency-slices';
import { formatTwd } from '../../../../shared/kernel/money';
import type { ChartSet } from '../../documents/chart-set';
import type { DocumentRenderer } from '../../documents/renderer';
import { CHART, dossierDocument } from './dossier-document';
import { DOSSIER_MESSAGES } from './dossier-messages';

export interface DossierPdfInput {
  client: Client;
  settings: Settings;
  /** The exchange rates in force (CoreContext.fxRates). */
  fxRates: FxRates;
  generatedAt: Date;
  /** zh-TW unless asked otherwise. */
  language?: Language;
}

interface DossierChartInput {
  client: Client;
  fxRates: FxRates;
  language: Language;
}

/** The dossier's one chart: the client's assets by currency. */
export const dossierChartSet: ChartSet<DossierChartInput> = {
  name: 'dossier',
  charts: ({ client, fxRates, language }) => {
    const text = DOSSIER_MESSAGES[language];
    return [
      createElement(AssetsByCurrencyChart, {
        slices: currencySlices(
          summaryAssetsOf(client),
          fxRates,
          (twd) => formatTwd(twd, language),
          text.noRate,
        ),
        ...CHART,
        animate: false,
        title: text.chartTitle,
        emptyText: text.noAssets,
      }),
    ];
  },
};

/** The one-page 客戶資料卡 (client summary) as PDF bytes, on the documents lane. */
export function createDossierRenderer(documents: DocumentRenderer) {
  return {
    async renderClientDossier({
      client,
      settings,
      fxRates,
      generatedAt,
      language = 'zh-TW',
    }: DossierPdfInput): Promise<Buffer> {
      const chart = documents.charts(dossierChartSet, { client, fxRates, language });
      const chartSvg = await chart.chart(0);
      return documents.render(
        dossierDocument({ client, settings, fxRates, generatedAt, language, chartSvg }),
      );
    },
  };
}
