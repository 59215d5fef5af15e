import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import { modest } from '../../../shared/features/kyc/fixtures';
import { pdfInfo, pdfPageText, pdfText, qpdfCheck } from '../../documents/pdf-tools';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { coreKit } from './core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');
const dir = makeTempDataDir();
afterAll(() => removeTempDataDir(dir));

async function formFile(assessmentId: string, name: string): Promise<{ file: string; fileName: string }> {
  const { pdfBase64, fileName } = await kit.call('kyc.formPdf', { assessmentId });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  return { file, fileName };
}

/** The height of the first word containing `text`, as pdftotext places it (the type size, near enough). */
function wordHeight(file: string, text: string): number {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const word = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].find((m) => m[5]!.includes(text));
  if (!word) throw new Error(`no word ${text}`);
  return Number(word[4]) - Number(word[2]);
}

describe('the KYC form PDF', () => {
  it('holds the answers, the scores, the grade, the validity and the lines to sign, read back from the file', async () => {
    const clientId = await kit.addClient({
      name: '陳美玲',
      birthDate: '1975-03-01',
      nationalId: 'F231104095',
    });
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: '2026-11-30' });
    const { file, fileName } = await formFile(a.id, 'regular');
    expect(fileName).toBe('風險屬性評估表_陳美玲_1151130.pdf');
    qpdfCheck(file);
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const expected of [
      '客戶風險屬性評估表',
      '陳美玲',
      'F23****095',
      'default@1',
      DEFAULT_QUESTIONNAIRE.questions[0]!.text['zh-TW'],
      '賣出一部分',
      '風險承受意願',
      '6 分（C2 穩健偏保守）',
      '14 分（C2 穩健偏保守）',
      '取意願與能力中較低者',
      '2026-11-30',
      '2027-11-29',
      '林顧問',
      '蓋章',
      '客戶簽章',
      '覆核主管',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('F231104095');
    // Not elderly: no elderly questions asked or printed.
    expect(text).not.toContain('高齡');
    expect(pdfInfo(file).Title).toBe('客戶風險屬性評估表－陳美玲');
  });

  it('for a client of 65 or over: the elderly questions, the flags, and larger type', async () => {
    const young = await kit.addClient({ birthDate: '1975-03-01' });
    const old = await kit.addClient({ birthDate: '1955-06-01' });
    const base = modest(DEFAULT_QUESTIONNAIRE);
    const regular = await kit.call('kyc.take', { clientId: young, answers: base });
    const elderly = await kit.call('kyc.take', {
      clientId: old,
      answers: {
        ...base,
        q_elderly_purpose: 'living',
        q_elderly_helper: 'others',
        q_elderly_wellbeing: 'none',
      },
    });
    const small = (await formFile(regular.id, 'young')).file;
    const large = (await formFile(elderly.id, 'old')).file;
    if (process.env.KYC_PDF_OUT) writeFileSync(process.env.KYC_PDF_OUT, readFileSync(large));
    const text = pdfText(large).replace(/\s+/g, ' ');
    expect(text).toContain('本客戶適用高齡客戶評估');
    expect(text).toContain('投資決定通常由誰做？');
    expect(text).toContain('投資決定由他人代為決定');
    expect(text).toContain('2027-05-29');
    expect(wordHeight(large, '客戶姓名') / wordHeight(small, '客戶姓名')).toBeGreaterThan(1.25);
  });

  it("keeps the client's confirmation statement and the lines to sign on one page, in regular and large type", async () => {
    const answers = modest(DEFAULT_QUESTIONNAIRE);
    const forms = [
      { birthDate: '1975-03-01', answers },
      {
        birthDate: '1950-06-01',
        answers: {
          ...answers,
          q_elderly_purpose: 'living',
          q_elderly_helper: 'self',
          q_elderly_wellbeing: 'none',
        },
      },
    ];
    for (const [index, form] of forms.entries()) {
      const clientId = await kit.addClient({ birthDate: form.birthDate });
      const taken = await kit.call('kyc.take', { clientId, answers: form.answers });
      const { file } = await formFile(taken.id, `signing-${index}`);
      const pages = Number(pdfInfo(file).Pages);
      const signing = Array.from({ length: pages }, (_, i) => pdfPageText(file, i + 1).replace(/\s+/g, ''));
      const withSignature = signing.filter((page) => page.includes('客戶簽章'));
      expect(withSignature, `form ${index}`).toHaveLength(1);
      expect(withSignature[0], `form ${index}`).toContain('本人已親自閱讀');
    }
  });

  it('says 未提供 for a prospect assessed before giving a national ID', async () => {
    const clientId = await kit.addClient({
      name: '研討會來賓',
      birthDate: '1980-03-01',
      nationalId: null,
      status: 'prospect',
    });
    const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
    const { file } = await formFile(a.id, 'prospect');
    expect(pdfText(file).replace(/\s+/g, ' ')).toMatch(/身分證字號 未提供/);
  });
});
