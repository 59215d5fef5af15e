import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalFacts } from '../../../../../shared/features/proposals/schema';
import { createDocumentRenderer } from '../../../../../electron/core/documents/renderer';
import {
  proposalPdfFileName,
  renderProposalPdf,
} from '../../../../../electron/core/features/proposals/document';
import { DISCLOSURE_MESSAGES } from '../../../../../shared/features/products';
import { PROPOSAL_PDF_MESSAGES } from '../../../../../electron/core/features/proposals/document/messages';
import { FONTS_DIR, FULL_NATIONAL_ID } from '../../../documents/fixtures';
import { pdfFonts, pdfInfo, pdfPageText, pdfText, qpdfCheck, tableRows } from '../../../documents/pdf-tools';
import { PRODUCTS, proposalFacts } from '../facts-fixture';
import { bodyTextSize, fontSizes, pageCount, rawText, squash, uncompressed, xmp } from './pdf-read';

const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
const ZH = PROPOSAL_PDF_MESSAGES['zh-TW'];
const EN = PROPOSAL_PDF_MESSAGES.en;
let dir: string;
const files: Record<string, string> = {};

async function renderToFile(name: string, facts: ProposalFacts, language: 'zh-TW' | 'en' = 'zh-TW') {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderProposalPdf(documents, facts, { language }));
  files[name] = file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'advisordesk-proposal-'));
  await renderToFile('presented', proposalFacts());
  await renderToFile('draft', proposalFacts({ state: 'draft' }));
  await renderToFile('large', proposalFacts({ largeType: true }));
  await renderToFile('english', proposalFacts(), 'en');
  await renderToFile(
    'professional',
    proposalFacts({ client: { ...proposalFacts().client, investorClass: 'professional_natural' } }),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the proposal PDF', () => {
  it('has every section heading, in the table of contents and in the body', () => {
    const text = squash(pdfText(files.presented!));
    for (const heading of Object.values(ZH.sections)) {
      // Once in the contents, once where the section starts.
      expect(text.split(squash(heading)).length - 1, heading).toBeGreaterThanOrEqual(2);
    }
    expect(squash(pdfPageText(files.presented!, 2))).toContain('目錄');
  });

  it("assembles the risk disclosure from the chosen products' own risks", () => {
    const text = squash(pdfText(files.presented!));
    const d = DISCLOSURE_MESSAGES['zh-TW'];
    for (const product of Object.values(PRODUCTS)) {
      for (const block of product.riskDisclosureBlocks) expect(text).toContain(squash(block));
      expect(text).toContain(squash(d.issuer(product.issuer)));
    }
    // The structured note's maximum loss, the high-yield fund's dividends from principal, USD risk.
    expect(text).toContain(squash(d.maxLoss(PRODUCTS.structuredNote.maxLossStatement!)));
    expect(text).toContain(squash(d.dividendFromPrincipal));
    expect(text).toContain(squash(d.foreignCurrency('USD')));
    expect(text).toContain(squash(d.liquidity(PRODUCTS.highYield.fees.earlyRedemption!)));
    expect(text).toContain(squash(d.pastPerformance));
    expect(text).toContain(squash(d.noDepositInsurance));
    expect(text).toContain(squash(proposalFacts().firm.disclaimer!));
  });

  it('states no foreign-currency or principal-dividend risk when no product carries it', async () => {
    const facts = proposalFacts();
    const twOnly = proposalFacts({
      content: {
        ...facts.content,
        items: [{ ...facts.content.items[0]!, weight: 1 }],
      },
    });
    await renderToFile('tw-only', twOnly);
    const text = squash(pdfText(files['tw-only']!));
    const d = DISCLOSURE_MESSAGES['zh-TW'];
    expect(text).toContain(squash(PRODUCTS.twEtf.riskDisclosureBlocks[0]!));
    expect(text).not.toContain(squash(d.dividendFromPrincipal));
    expect(text).not.toContain(squash(d.foreignCurrency('USD')));
    expect(text).not.toContain(squash(PRODUCTS.structuredNote.maxLossStatement!));
  });

  it('prints the maximum loss of a structured note in prominent type', () => {
    const sizes = fontSizes(files.presented!);
    // Prominent type is the level-2 heading size in bold (11 pt), larger than the 9.5 pt body.
    expect(sizes.get(11)).toBeGreaterThan(0);
    expect(bodyTextSize(files.presented!)).toBe(9.5);
  });

  it('draws the charts from the shared components, with their titles, legends and goal markers', () => {
    const text = squash(rawText(files.presented!));
    const c = ZH.charts;
    for (const title of [c.allocation, c.frontierTitle, c.riskContribution, c.fanTitle, c.stress])
      expect(text).toContain(squash(title));
    expect(text).toContain(squash(c.fan.median));
    expect(text).toContain(squash(c.frontier.frontier));
    // The fan marks each goal with its name and probability.
    const goal = proposalFacts().analysis.monteCarlo.goals[0]!;
    expect(text).toContain(squash(`${goal.name} ${(goal.probability * 100).toFixed(1)}%`));
  });

  it('shows the masked national ID and never the full one', () => {
    const text = pdfText(files.presented!);
    expect(text).toContain(proposalFacts().client.nationalIdMasked);
    expect(text).not.toContain(FULL_NATIONAL_ID);
    expect(uncompressed(files.presented!)).not.toContain(FULL_NATIONAL_ID);
  });

  it('carries the running header and "第 n 頁／共 m 頁" on every page', () => {
    const pages = pageCount(files.presented!);
    expect(pages).toBeGreaterThanOrEqual(10);
    for (let page = 1; page <= pages; page += 1) {
      const text = squash(pdfPageText(files.presented!, page));
      expect(text, `page ${page}`).toContain(squash('北辰證券 財富管理部'));
      expect(text, `page ${page}`).toContain('理財規劃建議書');
      expect(text, `page ${page}`).toContain(`第${page}頁／共${pages}頁`);
      expect(text, `page ${page}`).not.toContain(ZH.draftStamp);
    }
  });

  it('marks a draft as a draft on every page', () => {
    const pages = pageCount(files.draft!);
    for (let page = 1; page <= pages; page += 1)
      expect(squash(pdfPageText(files.draft!, page)), `page ${page}`).toContain(ZH.draftStamp);
    expect(squash(pdfText(files.draft!))).toContain(squash(ZH.cover.draftNote));
  });

  it('embeds only subset fonts and passes qpdf --check', () => {
    for (const file of [files.presented!, files.large!, files.english!]) {
      const rows = tableRows(pdfFonts(file));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+/);
        expect(row).toMatch(/\byes\s+yes\s+yes\b/);
      }
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    }
  });

  it('is PDF/A-2b: XMP identification, the sRGB output intent, PDF 1.7, metadata and language', () => {
    const file = files.presented!;
    const packet = xmp(file);
    expect(packet).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(packet).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const raw = uncompressed(file);
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
    expect(raw).toMatch(/\/Lang \(zh-TW\)/);
    // The charts' transparency stays within PDF/A-2: normal blending, groups in DeviceRGB (which
    // the sRGB output intent covers), no soft masks, no encryption.
    for (const match of raw.matchAll(/\/BM \/(\w+)/g)) expect(['Normal', 'Compatible']).toContain(match[1]);
    const groups = [...raw.matchAll(/\/S \/Transparency/g)].length;
    expect([...raw.matchAll(/\/CS \/DeviceRGB\s+\/I true\s+\/K false\s+\/S \/Transparency/g)]).toHaveLength(
      groups,
    );
    expect(raw).not.toMatch(/\/SMask|\/Encrypt|\/JavaScript/);
    const info = pdfInfo(file);
    expect(info.Title).toBe('理財規劃建議書－王美玲');
    expect(info.Author).toBe('北辰證券 財富管理部');
    expect(info.Subject).toContain('風險預告書');
    expect(info.Keywords).toContain('P1151130-003');
    // The Info dictionary holds nothing the XMP packet does not mirror.
    expect(info.ModDate ?? '').toBe('');
  });

  it('gives the same bytes for the same facts (a presented proposal can be made again)', async () => {
    const again = await renderProposalPdf(documents, proposalFacts(), { language: 'zh-TW' });
    const first = await renderProposalPdf(documents, proposalFacts(), { language: 'zh-TW' });
    expect(again.equals(first)).toBe(true);
  });

  it('has body text of at least 14 pt in the large-type variant, and fewer rows per page', () => {
    expect(bodyTextSize(files.large!)).toBeGreaterThanOrEqual(14);
    expect(bodyTextSize(files.presented!)).toBeLessThan(14);
    expect(pageCount(files.large!)).toBeGreaterThan(pageCount(files.presented!));
  });

  it("keeps the summary on one page with the advisor's summary whole, in regular and large type", () => {
    const summary = proposalFacts().content.commentary.summary!;
    for (const file of [files.presented!, files.large!]) {
      // Cover, contents, then the summary's page; the client section starts the next one.
      const page = squash(pdfPageText(file, 3));
      expect(page).toContain(squash(ZH.sections.summary));
      expect(page).toContain(squash(ZH.labels.goalProbabilities));
      expect(page).toContain(squash(summary));
      expect(squash(pdfPageText(file, 4))).toContain(squash(ZH.sections.client));
    }
  });

  it('writes English headings, words and metadata in the English variant', () => {
    const text = squash(pdfText(files.english!));
    for (const heading of Object.values(EN.sections)) expect(text).toContain(squash(heading));
    expect(text).not.toContain(squash(ZH.sections.disclosure));
    expect(text).toContain(squash(DISCLOSURE_MESSAGES.en.pastPerformance));
    expect(text).toContain('Page1of');
    const raw = uncompressed(files.english!);
    expect(raw).toMatch(/\/Lang \(en\)/);
  });

  it('names the complaint channels: the firm within 30 days, then the Ombudsman within 60 (not for professionals)', () => {
    const general = squash(pdfText(files.presented!));
    expect(general).toContain(squash(ZH.complaints.firm(proposalFacts().firm.contact!)));
    expect(general).toContain('0800-789-885');
    expect(general).toContain('金融消費評議中心');
    const professional = squash(pdfText(files.professional!));
    expect(professional).toContain(squash(ZH.complaints.professional));
    expect(professional).not.toContain('0800-789-885');
  });

  it('keeps the acknowledgement and both lines to sign on the last page', () => {
    const pages = pageCount(files.presented!);
    const last = squash(pdfPageText(files.presented!, pages));
    expect(last).toContain(squash(ZH.sections.acknowledgement));
    expect(last).toContain('已瞭解風險確認');
    expect(last).toContain(squash(ZH.acknowledgement.client));
    expect(last).toContain(squash(ZH.acknowledgement.advisor));
  });

  it('prints each product with its RR, currency, fees, compensation and 推介理由', () => {
    const text = squash(rawText(files.presented!));
    const facts = proposalFacts();
    for (const item of facts.content.items) expect(text).toContain(squash(item.rationale!));
    for (const product of Object.values(PRODUCTS)) {
      expect(text).toContain(product.code);
      if (product.compensationDisclosure) expect(text).toContain(squash(product.compensationDisclosure));
    }
    expect(text).toContain(squash(ZH.noCompensation));
    expect(text).toContain('RR4');
    expect(text).toContain('申購手續費3%');
    expect(text).toContain(squash(facts.assumptions.source));
  });
});

describe('proposalPdfFileName', () => {
  it('names the client and the proposal day in the ROC calendar', () => {
    expect(proposalPdfFileName(proposalFacts(), 'zh-TW')).toBe('建議書_王美玲_1151130.pdf');
    expect(proposalPdfFileName(proposalFacts(), 'en')).toBe('Proposal_王美玲_1151130.pdf');
  });

  it('leaves out characters a file system refuses', () => {
    const facts = proposalFacts();
    const named = proposalFacts({ client: { ...facts.client, name: '王/美:玲*' } });
    expect(proposalPdfFileName(named, 'zh-TW')).toBe('建議書_王美玲_1151130.pdf');
  });
});
