import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../../../shared/features/clients/schema';
import { maskNationalId } from '../../../shared/features/clients/national-id';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/features/settings/schema';

export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const FONTS_DIR = join(REPO_ROOT, 'resources/fonts');

/** A valid national ID; only its masked form ever reaches the PDF input. */
export const FULL_NATIONAL_ID = 'A123456789';

const logo = readFileSync(join(REPO_ROOT, 'resources/branding/sample-logo.png')).toString('base64');

export const settingsWithLogo: Settings = {
  ...DEFAULT_SETTINGS,
  branding: {
    firmName: '北辰證券 財富管理部',
    logoDataUrl: `data:image/png;base64,${logo}`,
    primaryColor: '#1f4e79',
  },
};

export function sampleClient(overrides: Partial<Client> = {}): Client {
  return {
    id: '3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b',
    name: '王美玲',
    nationalIdMasked: maskNationalId(FULL_NATIONAL_ID),
    birthDate: '1968-04-12',
    gender: 'F',
    phone: '0912-345-678',
    email: 'meiling.wang@example.com.tw',
    address: '臺北市大安區忠孝東路四段 123 號 8 樓之 2',
    occupation: '企業負責人',
    employer: '美玲國際貿易股份有限公司',
    annualIncomeTwd: 6_800_000,
    investableAssets: [
      { currency: 'TWD', amount: 42_000_000 },
      { currency: 'USD', amount: 850_000 },
      { currency: 'JPY', amount: 12_000_000 },
      { currency: 'AUD', amount: 120_000 },
    ],
    sourceOfWealth: '經營事業所得及不動產出售所得',
    acquisitionSource: 'referral',
    status: 'active',
    advisor: '陳志明',
    tags: ['高資產', '退休規劃', '海外資產'],
    notes: '客戶偏好每季面談一次，重視子女教育金與退休現金流規劃；對美元計價債券有興趣。',
    household: [
      { clientId: '6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', relation: 'spouse', name: '林建宏' },
      { clientId: '7b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', relation: 'child', name: '林子晴' },
    ],
    isDemo: false,
    version: 3,
    createdAt: '2025-02-10T02:15:00.000Z',
    updatedAt: '2026-11-20T06:30:00.000Z',
    ...overrides,
  };
}
