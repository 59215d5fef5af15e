import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposalsKit } from './harness';
import { clientWithHoldings, contentOf, fourProducts } from './fixtures';

const kit = proposalsKit('2026-11-02T02:00:00Z');

async function present(clientId: string, products: string[], newMoneyTwd = 1_000_000) {
  const draft = await kit.call('proposals.create', {
    clientId,
    content: contentOf(products, { newMoneyTwd }),
  });
  return kit.call('proposals.present', { id: draft.id, version: draft.version });
}

/**
 * Five proposals of NT$5,000,000 (NT$4M held + NT$1M new), 25% per product: in November one
 * accepted, one partly accepted (two products), one declined, one left to expire; in December one
 * still open.
 */
async function book() {
  const products = await fourProducts(kit);
  const clientId = await clientWithHoldings(kit);
  const accepted = await present(clientId, products);
  const partly = await present(clientId, products);
  const declined = await present(clientId, products);
  await present(clientId, products); // expires on 2026-12-02
  kit.setNow('2026-11-10T02:00:00Z');
  await kit.call('proposals.decide', {
    id: accepted.id,
    version: accepted.version,
    outcome: 'accepted',
    decidedOn: '2026-11-10',
  });
  await kit.call('proposals.decide', {
    id: partly.id,
    version: partly.version,
    outcome: 'partly_accepted',
    acceptedProductIds: products.slice(0, 2),
    reason: '先投入一半',
    decidedOn: '2026-11-10',
  });
  await kit.call('proposals.decide', {
    id: declined.id,
    version: declined.version,
    outcome: 'declined',
    reason: '再考慮',
    decidedOn: '2026-11-10',
  });
  kit.setNow('2026-12-05T02:00:00Z');
  await present(clientId, products);
  return products;
}

describe('the acceptance report', () => {
  it('counts outcomes, rates and the AUM the accepted products add, by month, grade, tier and product', async () => {
    const products = await book();
    const report = await kit.call('proposals.report', { from: '2026-11-01', to: '2026-12-31' });
    expect(report.totals).toMatchObject({
      presented: 5,
      accepted: 1,
      partlyAccepted: 1,
      declined: 1,
      expired: 1,
    });
    expect(report.totals.acceptanceRate).toBeCloseTo(0.5);
    // Accepted in full: NT$5M; partly: two products of 25% each = NT$2.5M.
    expect(report.totals.aumAddedTwd).toBeCloseTo(7_500_000);
    expect(report.byMonth.map((r) => [r.key, r.presented, r.acceptanceRate])).toEqual([
      ['2026-11', 4, 0.5],
      ['2026-12', 1, null],
    ]);
    expect(report.byTier.map((r) => r.key)).toEqual(['general']);
    expect(report.byGrade).toHaveLength(1);
    const first = report.byProduct.find((r) => r.key === products[0])!;
    expect(first).toMatchObject({ presented: 5, accepted: 2, declined: 1, expired: 1 });
    expect(first.aumAddedTwd).toBeCloseTo(2_500_000);
    const third = report.byProduct.find((r) => r.key === products[2])!;
    expect(third).toMatchObject({ accepted: 1, declined: 2 });
    expect(first.productName).toBe('B1 測試商品1');

    const november = await kit.call('proposals.report', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.totals.presented).toBe(4);
    const backwards = await kit.fail('proposals.report', { from: '2026-12-01', to: '2026-11-01' });
    expect(JSON.stringify(backwards.details)).toContain('validation.periodOrder');
  });

  it('exports CSV in words and a PDF whose text reads back', async () => {
    await book();
    const csv = await kit.call('proposals.reportCsv', { from: '2026-11-01', to: '2026-12-31' });
    const lines = csv.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('分組,項目,已提出,接受,部分接受,未接受,逾期,接受率,新增管理資產（新臺幣）');
    expect(lines[1]).toBe('合計,合計,5,1,1,1,1,50.0%,7500000');
    expect(csv.csv).toContain('一般');
    expect(csv.fileName).toBe('建議書接受報表_2026-11-01_2026-12-31.csv');

    const pdf = await kit.call('proposals.reportPdf', { from: '2026-11-01', to: '2026-12-31' });
    const dir = mkdtempSync(join(tmpdir(), 'acceptance-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, Buffer.from(pdf.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const heading of [
        '建議書接受報表',
        '依月份',
        '依風險屬性等級',
        '依客戶分級',
        '依商品',
        'B1 測試商品1',
      ]) {
        expect(text).toContain(heading);
      }
      execFileSync('qpdf', ['--check', file]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
