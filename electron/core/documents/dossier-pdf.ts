import { createElement } from 'react';
import PDFDocument from 'pdfkit';
import type { Client } from '../../../shared/features/clients';
import type { Settings } from '../../../shared/features/settings';
import { AssetsByCurrencyChart } from '../../../shared/charts/AssetsByCurrencyChart';
import { renderChartSvg } from './chart-svg';
import { CHART, MARGIN, drawDossierPage } from '../features/clients';
import { loadFonts, registerFonts } from './fonts';

export interface DossierPdfInput {
  client: Client;
  settings: Settings;
  generatedAt: Date;
}

export interface PdfRenderer {
  /** The one-page 客戶資料卡 (client summary) as PDF bytes. */
  renderClientDossier(input: DossierPdfInput): Promise<Buffer>;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function createPdfRenderer(options: { fontsDir: string }): PdfRenderer {
  return {
    async renderClientDossier({ client, settings, generatedAt }) {
      // Fonts load on first use, so creating the renderer costs nothing until a PDF is asked for.
      const fonts = loadFonts(options.fontsDir);
      const chartSvg = await renderChartSvg(
        createElement(AssetsByCurrencyChart, {
          holdings: client.investableAssets,
          rates: settings.fxRates,
          ...CHART,
          animate: false,
          labels: { title: '資產幣別分布（新臺幣換算）' },
        }),
      );

      const doc = new PDFDocument({
        size: 'A4',
        margins: MARGIN,
        lang: 'zh-TW',
        displayTitle: true,
        // Metadata names the document and the firm; never the national ID.
        info: {
          Title: `客戶資料卡－${client.name}`,
          Subject: '客戶資料卡（客戶基本資料摘要）',
          Author: settings.branding.firmName,
          Creator: 'AdvisorDesk 財管顧問工作台',
          Producer: 'AdvisorDesk',
          CreationDate: generatedAt,
          ModDate: generatedAt,
        },
      });
      const bytes = collect(doc);
      registerFonts(doc, fonts);
      drawDossierPage(doc, { client, settings, generatedAt, chartSvg });
      doc.end();
      return bytes;
    },
  };
}
