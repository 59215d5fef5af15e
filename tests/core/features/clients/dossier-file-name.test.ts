import { describe, expect, it } from 'vitest';
import { dossierPdfFileName } from '../../../../electron/core/features/clients';

describe('dossierPdfFileName', () => {
  it('names the client and the ROC calendar day in Taipei', () => {
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-30T04:00:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151130.pdf',
    );
  });

  it('dates a document made between 00:00 and 08:00 Taipei with that day, not the UTC day before', () => {
    // 2026-11-30 07:59 in Taipei is still 2026-11-29 in UTC.
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-29T23:59:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151130.pdf',
    );
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-29T16:00:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151130.pdf',
    );
    expect(dossierPdfFileName('陳美玲', new Date('2026-11-29T15:59:00Z'))).toBe(
      '客戶資料卡_陳美玲_1151129.pdf',
    );
  });

  it('uses the time zone it is given', () => {
    const at = new Date('2026-11-29T23:59:00Z');
    expect(dossierPdfFileName('陳美玲', at, 'UTC')).toBe('客戶資料卡_陳美玲_1151129.pdf');
  });

  it('writes the ROC year with three digits after year 100 and pads month and day', () => {
    expect(dossierPdfFileName('林', new Date('2011-01-04T12:00:00Z'))).toBe('客戶資料卡_林_1000104.pdf');
  });

  it('leaves out characters a file name cannot hold', () => {
    const name = dossierPdfFileName('王/小\\明:*?"<>|\u0007 Jr.', new Date('2026-11-30T04:00:00Z'));
    expect(name).toBe('客戶資料卡_王小明 Jr._1151130.pdf');
    expect(dossierPdfFileName('../..', new Date('2026-11-30T04:00:00Z'))).toBe('客戶資料卡_1151130.pdf');
  });
});
