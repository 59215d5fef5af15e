/**
 * Misconduct flags (員工與客戶、或無關客戶間聯絡資料相同): who shares an address, an email or a phone.
 * Values are compared after normalising the ways the same number or address is written.
 */

/** Full-width letters, digits and signs as ASCII (ＡＢ１２－ → AB12-), the many dashes as '-'. */
function halfWidth(text: string): string {
  return text.normalize('NFKC').replace(/[‐‑‒–—―−ー－]/g, '-');
}

/**
 * A phone number as national digits: +886 2 2345 6789, (02)2345-6789 and ０２２３４５６７８９ are
 * all 0223456789; +886-912-345-678, 886-912-345-678 and 0912 345 678 are 0912345678. An
 * extension (#12, x12, ext 12, 分機 12, 轉 12) is dropped: the line is the firm's or the home's.
 * Null when too short to compare.
 */
export function normalisePhone(raw: string | null): string | null {
  if (raw === null) return null;
  let digits = halfWidth(raw)
    .replace(/(?:#|ext\.?|分機|轉|x).*$/i, '')
    .replace(/[^\d+]/g, '');
  // A national number starts with 0, so a leading 886 is the country code written without its +.
  if (/^886\d{8,}$/.test(digits)) digits = `+${digits}`;
  if (digits.startsWith('+886')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
  else if (digits.startsWith('00886')) digits = `0${digits.slice(5).replace(/^0/, '')}`;
  digits = digits.replace(/\+/g, '');
  return digits.length >= 7 ? digits : null;
}

/** Where one contact field lists several values: 0912-345-678 / 02-2345-6789, a、b, a；b, a 或 b. */
const LIST_SEPARATORS = /[/、;；，,]|\s或\s/;

/** Every number a phone field holds, each as national digits (see normalisePhone), once each. */
export function normalisePhones(raw: string | null): string[] {
  return valuesOf(raw, normalisePhone);
}

export function normaliseEmail(raw: string | null): string | null {
  if (raw === null) return null;
  const email = halfWidth(raw).trim().toLowerCase();
  return email.includes('@') ? email : null;
}

function valuesOf(raw: string | null, normalise: (one: string) => string | null): string[] {
  if (raw === null) return [];
  const values = halfWidth(raw)
    .split(LIST_SEPARATORS)
    .map((one) => normalise(one));
  return [...new Set(values.filter((value): value is string => value !== null))];
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 五 → 5, 十二 → 12, 二十三 → 23 (floors and lanes are written either way). */
function chineseNumber(text: string): number | null {
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? CHINESE_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CHINESE_DIGITS[tens[2]]! : 0);
  if (text.length === 1 && text in CHINESE_DIGITS) return CHINESE_DIGITS[text]!;
  return null;
}

/**
 * An address as one comparable string: full-width to half-width, 臺 → 台, no spaces or commas,
 * a leading postal code and 台灣 dropped, 之 between numbers as '-', floors written one way
 * (5F, 5 F, 五樓, 5楼 → 5樓; 5樓之1 → 5樓-1), and the household register's 里/村 and 鄰 after
 * the district dropped (信義區西村里5鄰松仁路 → 信義區松仁路): mail is addressed either way.
 */
export function normaliseAddress(raw: string | null): string | null {
  if (raw === null) return null;
  let address = halfWidth(raw)
    .replace(/臺/g, '台')
    .replace(/楼/g, '樓')
    .replace(/[\s,，、.。]/g, '')
    .toUpperCase();
  address = address.replace(/^\d{3,6}/, '').replace(/^(中華民國|台灣省?)/, '');
  address = address.replace(
    /([一二三四五六七八九十]+)(樓|巷|弄|號|段|鄰)/g,
    (whole, number: string, unit: string) => {
      const value = chineseNumber(number);
      return value === null ? whole : `${value}${unit}`;
    },
  );
  // A 里/村 name follows the district (區, 鄉, 鎮, 市); not a district or road named with 里 (萬里區, 大里路).
  address = address.replace(/([區鄉鎮市])[^區鄉鎮市縣\d]{1,4}[里村](?![區鄉鎮市路街道里村])/, '$1');
  address = address.replace(/(^|[區鄉鎮市])\d+鄰/, '$1');
  address = address.replace(/(\d+)F(?![A-Z])/g, '$1樓');
  address = address.replace(/(\d|樓|號)之(\d)/g, '$1-$2');
  return address.length >= 6 ? address : null;
}

export const CONTACT_FIELDS = ['address', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export type Party = { kind: 'advisor'; name: string } | { kind: 'client'; id: string };

export interface ContactHolder {
  party: Party;
  address: string | null;
  email: string | null;
  phone: string | null;
  /** Clients in the same household (either side's link) are related: sharing is expected. */
  household?: readonly string[];
}

export interface ContactMatch {
  /** Stable across runs for the same two parties, field and value: a review is kept under it. */
  key: string;
  field: ContactField;
  parties: [Party, Party];
}

/** The comparable values a field holds: a phone or email field may list several. */
const NORMALISERS: Readonly<Record<ContactField, (raw: string | null) => string[]>> = {
  address: (raw) => {
    const address = normaliseAddress(raw);
    return address === null ? [] : [address];
  },
  email: (raw) => valuesOf(raw, normaliseEmail),
  phone: normalisePhones,
};

function partyKey(party: Party): string {
  return party.kind === 'advisor' ? `advisor:${party.name}` : `client:${party.id}`;
}

/** FNV-1a: a short fingerprint of the shared value, so a changed value makes a new flag. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function related(a: ContactHolder, b: ContactHolder): boolean {
  if (a.party.kind !== 'client' || b.party.kind !== 'client') return false;
  const aId = a.party.id;
  const bId = b.party.id;
  return (a.household ?? []).includes(bId) || (b.household ?? []).includes(aId);
}

/**
 * Every pair sharing a normalised value: an advisor and a client, or two clients not in one
 * household. Two advisors sharing a value are not the firm's concern here.
 */
export function findContactMatches(holders: readonly ContactHolder[]): ContactMatch[] {
  const matches: ContactMatch[] = [];
  for (const field of CONTACT_FIELDS) {
    const byValue = new Map<string, ContactHolder[]>();
    for (const holder of holders) {
      for (const value of NORMALISERS[field](holder[field])) {
        const group = byValue.get(value);
        if (group) group.push(holder);
        else byValue.set(value, [holder]);
      }
    }
    for (const [value, group] of byValue) {
      for (let i = 0; i < group.length; i += 1) {
        for (let j = i + 1; j < group.length; j += 1) {
          const [a, b] = [group[i]!, group[j]!].sort((x, y) =>
            partyKey(x.party).localeCompare(partyKey(y.party)),
          ) as [ContactHolder, ContactHolder];
          if (a.party.kind === 'advisor' && b.party.kind === 'advisor') continue;
          if (related(a, b)) continue;
          matches.push({
            key: `${field}|${partyKey(a.party)}|${partyKey(b.party)}|${fingerprint(value)}`,
            field,
            parties: [a.party, b.party],
          });
        }
      }
    }
  }
  return matches;
}
