import { describe, expect, it } from 'vitest';
import { dossierPdfFileName } from '../../../../electron/core/features/clients';

describe('the dossier PDF file name', () => {
  it('names the client and the ROC date of the day in Taipei', () => {
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-30T03:00:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151130.pdf',
    );
  });

  it('takes the Taipei calendar day between 00:00 and 08:00 Taipei, not the UTC one', () => {
    // 2026-11-30 07:59 in Taipei is still 2026-11-29 in UTC.
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-29T23:59:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151130.pdf',
    );
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-29T15:59:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151129.pdf',
    );
  });

  it('drops characters a file system refuses', () => {
    expect(dossierPdfFileName('王/明:*?\u0001', new Date('2026-11-30T03:00:00Z'))).toBe(
      '客戶資料卡_王明_1151130.pdf',
    );
  });
});
