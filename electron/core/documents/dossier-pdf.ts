import { createElement } from 'react';
import type { Client } from '../../../shared/features/clients';
import type { Settings } from '../../../shared/features/settings';
import type { Language } from '../../../shared/i18n/messages';
import { AssetsByCurrencyChart } from '../../../shared/charts/AssetsByCurrencyChart';
import { currencySlices } from '../../../shared/charts/currency-slices';
import { formatTwd } from '../../../shared/kernel/format';
import { CHART, DOSSIER_MESSAGES, dossierDocument } from '../features/clients';
import { DEFAULT_TIME_ZONE } from './calendar';
import { renderChartSvg } from './chart-svg';
import { renderDocument } from './document';
import { loadFonts } from './fonts';

export interface DossierPdfInput {
  client: Client;
  settings: Settings;
  generatedAt: Date;
  /** zh-TW unless asked otherwise. */
  language?: Language;
}

export interface PdfRenderer {
  /** The one-page 客戶資料卡 (client summary) as PDF bytes. */
  renderClientDossier(input: DossierPdfInput): Promise<Buffer>;
}

export function createPdfRenderer(options: { fontsDir: string; timeZone?: string }): PdfRenderer {
  return {
    async renderClientDossier({ client, settings, generatedAt, language = 'zh-TW' }) {
      // Fonts load on first use, so creating the renderer costs nothing until a PDF is asked for.
      const fonts = loadFonts(options.fontsDir);
      const text = DOSSIER_MESSAGES[language];
      const chartSvg = await renderChartSvg(
        createElement(AssetsByCurrencyChart, {
          slices: currencySlices(client.investableAssets, settings.fxRates, formatTwd),
          ...CHART,
          animate: false,
          title: text.chartTitle,
          emptyText: text.noAssets,
        }),
      );
      const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
      return renderDocument(
        dossierDocument({ client, settings, generatedAt, language, timeZone, chartSvg }),
        fonts,
      );
    },
  };
}
