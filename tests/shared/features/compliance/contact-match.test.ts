import { describe, expect, it } from 'vitest';
import {
  findContactMatches,
  normaliseAddress,
  normaliseEmail,
  normalisePhone,
  normalisePhones,
  type ContactHolder,
} from '../../../../shared/features/compliance';

describe('phone numbers compare as national digits', () => {
  it.each([
    ['+886 912 345 678', '0912345678'],
    ['+886-912-345-678', '0912345678'],
    ['+886 (0)912345678', '0912345678'],
    ['00886912345678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['０９１２－３４５－６７８', '0912345678'],
    ['(02) 2345-6789', '0223456789'],
    ['+886 2 2345 6789', '0223456789'],
    ['02-2345-6789 #123', '0223456789'],
    ['02-2345-6789 分機 5', '0223456789'],
    ['02-2345-6789轉123', '0223456789'],
    ['02-2345-6789 轉 123', '0223456789'],
    ['02-2345-6789 x12', '0223456789'],
    ['02-23456789X12', '0223456789'],
    ['02-2345-6789 ext 7', '0223456789'],
    ['02-2345-6789 EXT.7', '0223456789'],
    ['886-912-345-678', '0912345678'],
    ['886 2 2345 6789', '0223456789'],
    ['(886) 7-123-4567', '071234567'],
  ])('%s → %s', (raw, digits) => {
    expect(normalisePhone(raw)).toBe(digits);
  });

  it('a field with two numbers gives both, not one run together', () => {
    for (const separator of ['/', ' / ', '、', ';', '；', '，', ',', ' 或 '])
      expect(normalisePhones(`0912-345-678${separator}02-2345-6789轉5`)).toEqual([
        '0912345678',
        '0223456789',
      ]);
    expect(normalisePhones('0912 345 678')).toEqual(['0912345678']);
    expect(normalisePhones(null)).toEqual([]);
  });

  it('too short to compare is null', () => {
    expect(normalisePhone('123')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
  });
});

describe('emails compare case- and width-blind', () => {
  it('lower-cases and half-widths', () => {
    expect(normaliseEmail(' Chen@Example.COM ')).toBe('chen@example.com');
    expect(normaliseEmail('ｃｈｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('chen@example.com');
    expect(normaliseEmail('not an email')).toBeNull();
  });
});

describe('addresses compare written one way', () => {
  const base = '台北市大安區忠孝東路4段100號5樓-1';
  it.each([
    ['臺 / 台', '臺北市大安區忠孝東路4段100號5樓之1'],
    ['full-width digits and spaces', '台北市 大安區 忠孝東路４段１００號５樓之１'],
    ['之 and dashes', '台北市大安區忠孝東路4段100號5樓－1'],
    ['5F', '台北市大安區忠孝東路4段100號5F-1'],
    ['Chinese numeral floor and section', '臺北市大安區忠孝東路四段100號五樓之1'],
    ['postal code and 台灣', '106台灣台北市大安區忠孝東路4段100號5樓之1'],
    ['lower-case f', '台北市大安區忠孝東路4段100號5f之1'],
    ['里 and 鄰 of the household register', '臺北市大安區光武里12鄰忠孝東路四段100號五樓之1'],
    ['鄰 in Chinese numerals', '台北市大安區光武里十二鄰忠孝東路4段100號5樓之1'],
    ['鄰 alone', '台北市大安區3鄰忠孝東路4段100號5樓之1'],
  ])('%s', (_what, raw) => {
    expect(normaliseAddress(raw)).toBe(base);
  });

  it('drops 里/村 and 鄰 but not a district or road named with 里', () => {
    expect(normaliseAddress('臺北市信義區西村里5鄰松仁路100號')).toBe(
      normaliseAddress('台北市信義區松仁路100號'),
    );
    expect(normaliseAddress('屏東縣里港鄉中和村5鄰中山路1號')).toBe('屏東縣里港鄉中山路1號');
    expect(normaliseAddress('新北市萬里區瑪鋉路1號')).toBe('新北市萬里區瑪鋉路1號');
    expect(normaliseAddress('台中市大里區大里路1號')).toBe('台中市大里區大里路1號');
  });

  it('keeps different floors and numbers apart', () => {
    expect(normaliseAddress('台北市大安區忠孝東路4段100號6樓')).not.toBe(
      normaliseAddress('台北市大安區忠孝東路4段100號5樓'),
    );
    expect(normaliseAddress('台北市大安區忠孝東路4段100之1號')).toBe('台北市大安區忠孝東路4段100-1號');
    expect(normaliseAddress('台北市大安區忠孝東路4段十二號')).toBe('台北市大安區忠孝東路4段12號');
    expect(normaliseAddress('台北市信義路二十三號')).toBe('台北市信義路23號');
  });
});

const client = (id: string, contact: Partial<ContactHolder>, household: string[] = []): ContactHolder => ({
  party: { kind: 'client', id },
  address: null,
  email: null,
  phone: null,
  household,
  ...contact,
});

describe('findContactMatches', () => {
  it('pairs an advisor with a client sharing a phone written differently', () => {
    const matches = findContactMatches([
      { party: { kind: 'advisor', name: '林顧問' }, address: null, email: null, phone: '+886 912 345 678' },
      client('c1', { phone: '０９１２－３４５－６７８' }),
    ]);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      field: 'phone',
      parties: [
        { kind: 'advisor', name: '林顧問' },
        { kind: 'client', id: 'c1' },
      ],
    });
  });

  it('pairs two unrelated clients, but not clients of one household (either side linked)', () => {
    const address = '臺北市信義路五段7號10樓';
    const matches = findContactMatches([
      client('a', { address }),
      client('b', { address: '台北市信義路5段7號10F' }),
      client('c', { address }, ['a']),
    ]);
    // a–c are one household; b is related to neither.
    expect(matches.map((m) => m.parties.map((p) => (p.kind === 'client' ? p.id : p.name)))).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('matches one of two phones in a field, and not the two run together', () => {
    const matches = findContactMatches([
      { party: { kind: 'advisor', name: '林顧問' }, address: null, email: null, phone: '0912-345-678' },
      client('c1', { phone: '02-2345-6789轉12 / 0912 345 678' }),
      client('c2', { phone: '(02)2345-6789' }),
    ]);
    expect(
      matches.map((m) => [m.field, ...m.parties.map((p) => (p.kind === 'client' ? p.id : p.name))]),
    ).toEqual([
      ['phone', '林顧問', 'c1'],
      ['phone', 'c1', 'c2'],
    ]);
  });

  it('two advisors sharing a value are not flagged; keys are stable and differ by value', () => {
    const advisors: ContactHolder[] = [
      { party: { kind: 'advisor', name: 'A' }, address: null, email: 'x@firm.tw', phone: null },
      { party: { kind: 'advisor', name: 'B' }, address: null, email: 'x@firm.tw', phone: null },
    ];
    expect(findContactMatches(advisors)).toEqual([]);
    const one = findContactMatches([client('a', { email: 'p@q.tw' }), client('b', { email: 'P@Q.tw' })]);
    const again = findContactMatches([client('b', { email: 'p@q.tw' }), client('a', { email: 'p@q.tw' })]);
    const other = findContactMatches([client('a', { email: 'r@q.tw' }), client('b', { email: 'r@q.tw' })]);
    expect(one[0]!.key).toBe(again[0]!.key);
    expect(one[0]!.key).not.toBe(other[0]!.key);
  });
});
