import type {
  AcquisitionSource,
  AssetHolding,
  ClientData,
  ClientStatus,
  Currency,
} from '../../../../shared/features/clients';
import { nationalIdCheckDigit } from '../../../../shared/features/clients';
import { DEFAULT_TWD_RATES } from '../../../../shared/features/settings';
import { totalTwd } from '../../../../shared/kernel/money';
import { Xoshiro128 } from '../../../../shared/kernel/random';

/**
 * Realistic synthetic clients for `seed-demo`, demos and benchmarks. Deterministic for a seed, so
 * a benchmark or a bug report can be reproduced; every record passes clientInputSchema.
 */

/** Uniform in (0, 1) when called, and standard normal deviates: the app's one seeded generator. */
type Random = (() => number) & { normal: () => number };

function seeded(seed: number): Random {
  const generator = new Xoshiro128(seed);
  return Object.assign(() => generator.nextFloat(), { normal: () => generator.nextNormal() });
}

/** Ages are reckoned as of this year, never the clock, so a seed always gives the same data. */
const AS_OF_YEAR = 2026;

function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A picker over [item, weight] pairs, by binary search on the cumulative weights. */
function weighted<T>(pairs: readonly (readonly [T, number])[]): (random: Random) => T {
  const items = pairs.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of pairs) cumulative.push((total += weight));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

// --- Names ----------------------------------------------------------------------------------

/** Surname, Taiwanese romanization (for emails), share in percent (interior ministry figures, rounded). */
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['陳', 'chen', 11.1],
  ['林', 'lin', 8.3],
  ['黃', 'huang', 6.0],
  ['張', 'chang', 5.3],
  ['李', 'lee', 5.1],
  ['王', 'wang', 4.1],
  ['吳', 'wu', 4.0],
  ['劉', 'liu', 3.2],
  ['蔡', 'tsai', 2.9],
  ['楊', 'yang', 2.7],
  ['許', 'hsu', 2.3],
  ['鄭', 'cheng', 1.9],
  ['謝', 'hsieh', 1.8],
  ['郭', 'kuo', 1.7],
  ['洪', 'hung', 1.6],
  ['曾', 'tseng', 1.5],
  ['邱', 'chiu', 1.5],
  ['廖', 'liao', 1.4],
  ['賴', 'lai', 1.4],
  ['周', 'chou', 1.3],
  ['徐', 'hsu', 1.2],
  ['蘇', 'su', 1.2],
  ['葉', 'yeh', 1.1],
  ['莊', 'chuang', 1.1],
  ['呂', 'lu', 1.0],
  ['江', 'chiang', 0.9],
  ['何', 'ho', 0.9],
  ['蕭', 'hsiao', 0.9],
  ['羅', 'lo', 0.9],
  ['高', 'kao', 0.8],
  ['潘', 'pan', 0.7],
  ['簡', 'chien', 0.7],
  ['朱', 'chu', 0.7],
  ['鍾', 'chung', 0.7],
  ['游', 'yu', 0.6],
  ['彭', 'peng', 0.6],
  ['詹', 'chan', 0.6],
  ['胡', 'hu', 0.6],
  ['施', 'shih', 0.5],
  ['沈', 'shen', 0.5],
  ['余', 'yu', 0.5],
  ['盧', 'lu', 0.5],
  ['梁', 'liang', 0.5],
  ['趙', 'chao', 0.5],
  ['顏', 'yen', 0.5],
  ['柯', 'ko', 0.5],
  ['翁', 'weng', 0.4],
  ['魏', 'wei', 0.4],
  ['孫', 'sun', 0.4],
  ['戴', 'tai', 0.4],
  // Compound surnames are rarer than this; weighted up so a demo shows a few.
  ['張簡', 'changchien', 0.1],
  ['歐陽', 'ouyang', 0.1],
  ['范姜', 'fanchiang', 0.05],
  ['司馬', 'ssuma', 0.03],
];
const pickSurname = weighted(SURNAMES.map(([name, roman, share]) => [{ name, roman }, share] as const));

const MALE_GIVEN = [
  '志明',
  '俊傑',
  '建宏',
  '家豪',
  '冠宇',
  '承翰',
  '宗翰',
  '彥廷',
  '哲瑋',
  '文雄',
  '國華',
  '明哲',
  '正雄',
  '信宏',
  '志偉',
  '俊宏',
  '建志',
  '宏銘',
  '柏翰',
  '育誠',
  '耀文',
  '振興',
  '德明',
  '勝雄',
] as const;
const FEMALE_GIVEN = [
  '怡君',
  '雅婷',
  '淑芬',
  '美玲',
  '佳穎',
  '欣怡',
  '淑惠',
  '秀英',
  '麗華',
  '婉婷',
  '詩涵',
  '宜蓁',
  '雅琪',
  '靜宜',
  '惠美',
  '玉珍',
  '佩君',
  '筱涵',
  '心怡',
  '慧敏',
  '秀琴',
  '宛真',
  '郁婷',
  '美惠',
] as const;
const MALE_CHARS = [...'明偉豪傑宏志建文國俊誠翰哲宇廷德勝雄信銘'];
const FEMALE_CHARS = [...'芳婷玲惠君美雅怡珍萍琪欣涵慧華秀蓉靜如娟'];

/** About a fifth of full names have two characters (王明, 林芳): one-character given names. */
const TWO_CHARACTER_SHARE = 0.2;

function givenName(random: Random, male: boolean, oneCharacter: boolean): string {
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  if (oneCharacter) return pick(random, chars);
  // Half from the common-name lists, half composed, for variety without odd combinations dominating.
  if (random() < 0.5) return pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
  return pick(random, chars) + pick(random, chars);
}

// --- Places ---------------------------------------------------------------------------------

interface District {
  zip: string;
  name: string;
  roads: readonly string[];
}
interface City {
  name: string;
  /** The national-ID letter of people registered there. */
  idLetter: string;
  weight: number;
  districts: readonly District[];
}

const CITIES: readonly City[] = [
  {
    name: '臺北市',
    idLetter: 'A',
    weight: 30,
    districts: [
      {
        zip: '106',
        name: '大安區',
        roads: ['敦化南路二段', '仁愛路四段', '忠孝東路四段', '信義路三段', '和平東路二段'],
      },
      { zip: '110', name: '信義區', roads: ['松仁路', '信義路五段', '基隆路一段', '松高路', '忠孝東路五段'] },
      { zip: '104', name: '中山區', roads: ['南京東路二段', '民生東路三段', '林森北路', '中山北路二段'] },
      { zip: '114', name: '內湖區', roads: ['內湖路一段', '成功路四段', '瑞光路', '港墘路'] },
      { zip: '111', name: '士林區', roads: ['中山北路六段', '天母西路', '忠誠路二段', '至善路二段'] },
      { zip: '105', name: '松山區', roads: ['民生東路四段', '八德路四段', '南京東路五段', '敦化北路'] },
      { zip: '100', name: '中正區', roads: ['重慶南路一段', '羅斯福路一段', '杭州南路一段'] },
      { zip: '116', name: '文山區', roads: ['木柵路一段', '羅斯福路六段', '興隆路二段'] },
    ],
  },
  {
    name: '新北市',
    idLetter: 'F',
    weight: 22,
    districts: [
      { zip: '220', name: '板橋區', roads: ['文化路一段', '中山路一段', '縣民大道二段', '四川路二段'] },
      { zip: '231', name: '新店區', roads: ['北新路三段', '中正路', '民權路'] },
      { zip: '234', name: '永和區', roads: ['永和路二段', '中正路', '永貞路'] },
      { zip: '235', name: '中和區', roads: ['中和路', '景平路', '連城路'] },
      { zip: '242', name: '新莊區', roads: ['中正路', '思源路', '中華路一段'] },
      { zip: '244', name: '林口區', roads: ['文化三路一段', '仁愛路二段'] },
      { zip: '251', name: '淡水區', roads: ['中山路', '中正東路二段'] },
    ],
  },
  {
    name: '桃園市',
    idLetter: 'H',
    weight: 9,
    districts: [
      { zip: '330', name: '桃園區', roads: ['中正路', '復興路', '經國路'] },
      { zip: '320', name: '中壢區', roads: ['中華路二段', '中山東路三段', '環中東路'] },
    ],
  },
  {
    name: '新竹市',
    idLetter: 'O',
    weight: 5,
    districts: [{ zip: '300', name: '東區', roads: ['光復路二段', '關新路', '建功一路'] }],
  },
  {
    name: '新竹縣',
    idLetter: 'J',
    weight: 4,
    districts: [{ zip: '302', name: '竹北市', roads: ['光明六路', '縣政九路', '自強南路'] }],
  },
  {
    name: '臺中市',
    idLetter: 'B',
    weight: 13,
    districts: [
      { zip: '407', name: '西屯區', roads: ['臺灣大道三段', '市政北二路', '文心路三段', '河南路二段'] },
      { zip: '408', name: '南屯區', roads: ['公益路二段', '大墩路', '文心南路'] },
      { zip: '406', name: '北屯區', roads: ['崇德路二段', '文心路四段', '昌平路一段'] },
      { zip: '403', name: '西區', roads: ['五權西路一段', '美村路一段', '公益路'] },
    ],
  },
  {
    name: '臺南市',
    idLetter: 'D',
    weight: 7,
    districts: [
      { zip: '701', name: '東區', roads: ['東門路二段', '崇學路', '林森路一段'] },
      { zip: '700', name: '中西區', roads: ['民生路二段', '西門路二段'] },
      { zip: '710', name: '永康區', roads: ['中華路', '中正南路'] },
    ],
  },
  {
    name: '高雄市',
    idLetter: 'E',
    weight: 10,
    districts: [
      { zip: '802', name: '苓雅區', roads: ['四維三路', '中正一路', '三多二路', '成功一路'] },
      { zip: '806', name: '前鎮區', roads: ['中華五路', '成功二路', '復興四路'] },
      { zip: '804', name: '鼓山區', roads: ['美術東二路', '明華路', '裕誠路'] },
      { zip: '807', name: '三民區', roads: ['建工路', '九如二路', '民族一路'] },
      { zip: '800', name: '新興區', roads: ['中正三路', '七賢一路'] },
    ],
  },
];
const pickCity = weighted(CITIES.map((city) => [city, city.weight] as const));
const ID_LETTERS = [...'ABCDEFGHJKMNPQTUVXZ'];

function address(random: Random, city: City): string {
  const district = pick(random, city.districts);
  const lane = random() < 0.3 ? `${intBetween(random, 1, 300)}巷` : '';
  const floor = random() < 0.8 ? `${intBetween(random, 2, 28)}樓` : '';
  return `${district.zip}${city.name}${district.name}${pick(random, district.roads)}${lane}${intBetween(random, 1, 350)}號${floor}`;
}

// --- Work and wealth ------------------------------------------------------------------------

interface Occupation {
  title: string;
  employers: readonly (string | null)[];
  /** Annual income range in TWD. */
  income: readonly [number, number];
  /** Median investable assets (TWD) before the lognormal spread. */
  wealth: number;
  sources: readonly string[];
}

const RETIRED: Occupation = {
  title: '退休',
  employers: [null],
  income: [300_000, 1_500_000],
  wealth: 6_300_000,
  sources: ['退休金', '不動產出售', '投資收益', '繼承'],
};

const OCCUPATIONS: readonly (readonly [Occupation, number])[] = [
  [
    {
      title: '企業主',
      employers: ['宏遠實業股份有限公司', '永信貿易有限公司', '大成精密工業股份有限公司', '自營'],
      income: [3_000_000, 30_000_000],
      wealth: 17_500_000,
      sources: ['經營事業所得', '股利收入', '不動產出售'],
    },
    14,
  ],
  [
    {
      title: '醫師',
      employers: ['臺大醫院', '林口長庚紀念醫院', '臺北榮民總醫院', '馬偕紀念醫院', '自營診所'],
      income: [3_000_000, 12_000_000],
      wealth: 10_500_000,
      sources: ['執業所得', '薪資所得'],
    },
    10,
  ],
  [
    {
      title: '工程師',
      employers: [
        '台灣積體電路製造股份有限公司',
        '聯發科技股份有限公司',
        '鴻海精密工業股份有限公司',
        '華碩電腦股份有限公司',
      ],
      income: [1_200_000, 6_000_000],
      wealth: 4_200_000,
      sources: ['薪資所得', '員工分紅配股'],
    },
    16,
  ],
  [
    {
      title: '會計師',
      employers: [
        '勤業眾信聯合會計師事務所',
        '資誠聯合會計師事務所',
        '安侯建業聯合會計師事務所',
        '安永聯合會計師事務所',
      ],
      income: [1_500_000, 8_000_000],
      wealth: 5_600_000,
      sources: ['執業所得', '薪資所得'],
    },
    5,
  ],
  [
    {
      title: '律師',
      employers: ['理律法律事務所', '眾達國際法律事務所', '自營律師事務所'],
      income: [1_500_000, 10_000_000],
      wealth: 6_300_000,
      sources: ['執業所得'],
    },
    4,
  ],
  [
    {
      title: '教授',
      employers: ['國立臺灣大學', '國立清華大學', '國立成功大學', '國立政治大學'],
      income: [1_300_000, 2_500_000],
      wealth: 3_500_000,
      sources: ['薪資所得', '繼承'],
    },
    5,
  ],
  [
    {
      title: '金融業經理',
      employers: ['國泰世華商業銀行', '台北富邦商業銀行', '中國信託商業銀行'],
      income: [1_500_000, 5_000_000],
      wealth: 4_900_000,
      sources: ['薪資所得', '投資收益'],
    },
    7,
  ],
  [
    {
      title: '公務員',
      employers: ['財政部', '臺北市政府', '經濟部'],
      income: [700_000, 1_500_000],
      wealth: 2_100_000,
      sources: ['薪資所得'],
    },
    8,
  ],
  [
    {
      title: '建築師',
      employers: ['自營建築師事務所'],
      income: [1_200_000, 6_000_000],
      wealth: 5_600_000,
      sources: ['執業所得', '不動產出售'],
    },
    3,
  ],
  [
    {
      title: '家管',
      employers: [null],
      income: [0, 300_000],
      wealth: 4_200_000,
      sources: ['配偶贈與', '繼承'],
    },
    10,
  ],
  [RETIRED, 18],
];
const pickAnyOccupation = weighted(OCCUPATIONS);

/** Most people past 67 have retired. */
function pickOccupation(random: Random, birthYear: number): Occupation {
  return AS_OF_YEAR - birthYear >= 67 && random() < 0.8 ? RETIRED : pickAnyOccupation(random);
}

/** A rate for every currency, so demo totals are always complete. */
const RATES = DEFAULT_TWD_RATES;

/** Lognormal around the occupation's median; a wide spread gives a realistic long tail. */
function totalWealthTwd(random: Random, median: number): number {
  const value = median * Math.exp(0.9 * random.normal());
  return Math.min(Math.max(value, 300_000), 5e9);
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

/** Splits total wealth into TWD (always) and foreign holdings (USD for most). */
function holdings(random: Random, wealthTwd: number): AssetHolding[] {
  const foreign: [Currency, number, number][] = [];
  if (random() < 0.65) foreign.push(['USD', 0.1 + random() * 0.35, 1_000]);
  if (random() < 0.12) foreign.push(['JPY', 0.03 + random() * 0.1, 100_000]);
  if (random() < 0.07) foreign.push(['CNY', 0.03 + random() * 0.08, 10_000]);
  if (random() < 0.04) foreign.push(['AUD', 0.02 + random() * 0.06, 1_000]);
  const result: AssetHolding[] = foreign.map(([currency, share, step]) => ({
    currency,
    amount: roundTo((wealthTwd * share) / RATES[currency], step),
  }));
  const foreignShare = foreign.reduce((sum, [, share]) => sum + share, 0);
  result.unshift({ currency: 'TWD', amount: roundTo(wealthTwd * (1 - foreignShare), 10_000) });
  return result;
}

// --- Relationship ---------------------------------------------------------------------------

const pickStatus = weighted<ClientStatus>([
  ['active', 75],
  ['prospect', 12],
  ['dormant', 9],
  ['closed', 4],
]);
const pickAcquisition = weighted<AcquisitionSource>([
  ['referral', 35],
  ['existing_client', 20],
  ['seminar', 15],
  ['walk_in', 10],
  ['online', 8],
  ['cold_call', 7],
  ['other', 5],
]);
const ADVISORS = ['王雅琪', '李宗翰', '陳怡婷', '林志豪', '張淑惠', '黃冠廷', '吳佩珊', '劉建國'] as const;
const NOTES = [
  '偏好平日上午電話聯絡',
  '關注美國科技股與 ETF',
  '子女預計赴美留學，需準備美元資金',
  '已有房貸，重視現金流',
  '對高波動商品較保守',
  '希望規劃退休後每月固定收入',
  '家族企業二代，關注傳承與信託',
  '年度檢視約在每年三月',
] as const;
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msa.hinet.net', 'outlook.com'] as const;

/** Tags follow from the record, the way an advisor would set them. Ages are as of 2026. */
function tagsFor(
  random: Random,
  birthYear: number,
  assets: readonly AssetHolding[],
  wealthTwd: number,
): string[] {
  const age = 2026 - birthYear;
  const tags: string[] = [];
  if (wealthTwd >= 30_000_000) tags.push('高資產');
  if (assets.length > 1 && random() < 0.7) tags.push('海外資產');
  if (age >= 50 && age < 70 && random() < 0.6) tags.push('退休規劃');
  if (age >= 35 && age < 55 && random() < 0.4) tags.push('子女教育');
  if (age >= 65 && random() < 0.5) tags.push('傳承規劃');
  if (random() < 0.15) tags.push('節稅規劃');
  if (random() < 0.1) tags.push('保險需求');
  return tags;
}

// --- Identity -------------------------------------------------------------------------------

const EARLIEST_BIRTH = Date.UTC(1940, 0, 1);
const LATEST_BIRTH = Date.UTC(2000, 11, 31);
const DAY_MS = 86_400_000;

/** Older clients hold more wealth, so birth dates lean early: the smaller of two uniform draws. */
function birthDate(random: Random): string {
  const days = (LATEST_BIRTH - EARLIEST_BIRTH) / DAY_MS;
  const offset = Math.floor(Math.min(random(), random()) * (days + 1));
  return new Date(EARLIEST_BIRTH + offset * DAY_MS).toISOString().slice(0, 10);
}

/** A valid, batch-unique national ID; the letter mostly matches the home city. */
function nationalId(random: Random, city: City, male: boolean, taken: Set<string>): string {
  for (;;) {
    const letter = random() < 0.75 ? city.idLetter : pick(random, ID_LETTERS);
    const serial = String(intBetween(random, 0, 9_999_999)).padStart(7, '0');
    const firstNine = `${letter}${male ? '1' : '2'}${serial}`;
    const id = `${firstNine}${nationalIdCheckDigit(firstNine)}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function mobilePhone(random: Random): string {
  const digits = () => String(intBetween(random, 0, 999)).padStart(3, '0');
  return `09${intBetween(random, 10, 98)}-${digits()}-${digits()}`;
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

function email(random: Random, roman: string, birthYear: number): string {
  const initials = pick(random, LETTERS) + pick(random, LETTERS);
  const suffix = random() < 0.5 ? String(birthYear) : String(intBetween(random, 1, 999));
  const separator = random() < 0.5 ? '.' : '';
  return `${roman}${separator}${initials}${suffix}@${pick(random, EMAIL_DOMAINS)}`;
}

// --- Assembly -------------------------------------------------------------------------------

/** A demo client: always with a national ID (a prospect may lack one; made-up ones never do). */
export type DemoClient = ClientData & { nationalId: string };

function demoClient(random: Random, takenIds: Set<string>): DemoClient {
  const male = random() < 0.5;
  const surname = pickSurname(random);
  const oneCharacterGiven = surname.name.length === 1 && random() < TWO_CHARACTER_SHARE;
  const city = pickCity(random);
  const born = birthDate(random);
  const birthYear = Number(born.slice(0, 4));
  const occupation = pickOccupation(random, birthYear);
  const investableAssets = holdings(random, totalWealthTwd(random, occupation.wealth));
  const wealthTwd = totalTwd(investableAssets, RATES).twd;
  const status = pickStatus(random);
  return {
    name: surname.name + givenName(random, male, oneCharacterGiven),
    nationalId: nationalId(random, city, male, takenIds),
    birthDate: born,
    gender: male ? 'M' : 'F',
    phone: mobilePhone(random),
    email: random() < 0.7 ? email(random, surname.roman, birthYear) : null,
    address: address(random, city),
    occupation: occupation.title,
    employer: pick(random, occupation.employers),
    annualIncomeTwd: roundTo(intBetween(random, ...occupation.income), 10_000),
    investableAssets,
    sourceOfWealth: pick(random, occupation.sources),
    acquisitionSource: pickAcquisition(random),
    status,
    advisor: status === 'prospect' && random() < 0.3 ? null : pick(random, ADVISORS),
    tags: tagsFor(random, birthYear, investableAssets, wealthTwd),
    notes: random() < 0.25 ? pick(random, NOTES) : null,
    household: [],
  };
}

/** `count` synthetic clients, the same ones for the same seed, with unique national IDs. */
export function generateDemoClients(count: number, seed: number): DemoClient[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const random = seeded(seed);
  const takenIds = new Set<string>();
  const clients: DemoClient[] = [];
  for (let i = 0; i < count; i += 1) clients.push(demoClient(random, takenIds));
  return clients;
}
