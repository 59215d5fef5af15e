import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../electron/core/app';
import type { Slide } from '../../../../shared/features/briefings';
import { pdfFonts, pdfInfo, pdfPageText, pdfText, qpdfCheck, tableRows } from '../../documents/pdf-tools';
import { makeTempDataDir } from '../../helpers/temp-dir';
import { briefingsKit } from './harness';

const kit = briefingsKit();
const slide = (block: Slide['block'], notes = ''): Slide => ({ id: randomUUID(), block, notes });
/** pdftotext breaks lines and spaces CJK runs: compare without white space. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** A nine-slide client deck with every kind of block, rendered in each variant. */
async function renderAll() {
  await kit.call('market.sampleLoad', {});
  const clientId = await kit.addClient({ name: '王小明' });
  await kit.addKyc(clientId);
  const fund = await kit.addProduct({
    code: 'F1',
    currency: 'USD',
    maxLossStatement: null,
    dividendFromPrincipal: true,
  });
  const note = await kit.addProduct({
    code: 'SN1',
    type: 'structured_note',
    isComplex: true,
    maxLossStatement: '保本率九成',
  });
  await kit.addPosition(clientId, fund, 10_000, 31.5);
  const png = readFileSync(join(REPO_ROOT, 'resources/branding/sample-logo.png')).toString('base64');
  const { imageId } = await kit.call('briefings.addImage', { mime: 'image/png', dataBase64: png });
  const deck = await kit.call('briefings.create', {
    content: {
      title: '年度檢視',
      kind: 'clientPortfolioReview',
      clientId,
      slides: [
        slide({ kind: 'title', title: '年度投資組合檢視', subtitle: '二〇二六年' }),
        slide({ kind: 'clientPortfolio', title: '目前持有與模型' }, '先談配置'),
        slide({ kind: 'allocation', title: '模型配置', grade: { scale: 'five', level: 3 } }),
        slide({
          kind: 'marketChart',
          title: '股市',
          series: ['TAIEX', 'SPX'],
          period: '3M',
          rebased: true,
          commentary: '震盪走高',
        }),
        slide({ kind: 'returnsTable', title: '報酬率', series: ['TAIEX'] }),
        slide({ kind: 'fxPanel', title: '匯率', currencies: ['USD', 'JPY'] }),
        slide({ kind: 'productSpotlight', productId: fund, commentary: '' }),
        slide({ kind: 'productSpotlight', productId: note, commentary: '' }),
        slide({ kind: 'image', imageId, caption: '公司標誌', alt: '標誌' }),
      ],
    },
  });
  const dir = makeTempDataDir();
  const write = async (name: string, input: Parameters<typeof kit.call<'briefings.pdf'>>[1]) => {
    const out = await kit.call('briefings.pdf', input);
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(out.pdfBase64, 'base64'));
    return { file, pageCount: out.pageCount, fileName: out.fileName };
  };
  return {
    slides: await write('slides.pdf', { deckId: deck.id }),
    revealed: await write('revealed.pdf', { deckId: deck.id, reveal: true }),
    handout3: await write('handout3.pdf', { deckId: deck.id, variant: 'handout', perPage: 3 }),
    handout2: await write('handout2.pdf', { deckId: deck.id, variant: 'handout', perPage: 2 }),
  };
}

describe('the deck PDF', () => {
  it('16:9 slides with the disclosure, embedded CJK fonts, redacted unless revealed; the handout 2 or 3 to an A4 page', async () => {
    const pdfs = await renderAll();
    const { slides, revealed, handout3, handout2 } = pdfs;

    expect(pdfInfo(slides.file)['Page size']).toMatch(/^960 x 540 pts/);
    expect(Number(pdfInfo(slides.file).Pages)).toBe(slides.pageCount);
    expect(slides.pageCount).toBeGreaterThanOrEqual(10);
    expect(slides.fileName).toMatch(/^業務簡報_投影片_年度檢視_\d{7}\.pdf$/);
    const text = squash(pdfText(slides.file));
    expect(text).toContain(squash('年度投資組合檢視'));
    expect(text).toContain(squash('重要揭露事項'));
    expect(text).toContain(squash('過去績效不代表未來績效'));
    expect(text).toContain(squash('資料來源與日期'));
    expect(text).toContain(squash('範例資料，非實際價格'));
    expect(text).toContain(squash('最大可能損失：保本率九成'));
    expect(text).toContain(squash('配息可能由本金支付'));
    expect(text).toContain(`第1頁／共${slides.pageCount}頁`);
    expect(text).not.toContain('王小明');
    expect(text).toContain(squash('客戶：（已遮蔽）'));
    expect(squash(pdfText(revealed.file))).toContain(squash('客戶：王小明'));

    for (const file of [slides.file, handout3.file]) {
      const rows = tableRows(pdfFonts(file));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSans.*\byes\s+yes\s+yes\b/);
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    }

    expect(pdfInfo(handout3.file)['Page size']).toMatch(/^595\.2\d x 841\.8\d pts/);
    // Nine slides: three pages of three, or five of two, then the same disclosure pages.
    expect(handout2.pageCount - handout3.pageCount).toBe(2);
    expect(squash(pdfPageText(handout3.file, 1))).toContain(squash('3. 模型配置'));
    expect(squash(pdfPageText(handout3.file, 1))).toContain(squash('先談配置'));
    expect(squash(pdfPageText(handout3.file, 2))).toContain(squash('4. 股市'));
    expect(squash(pdfText(handout3.file))).not.toContain('王小明');
  });
});
