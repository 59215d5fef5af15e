import dayjs, { type Dayjs } from 'dayjs';
import {
  productInputSchema,
  type AssetClassId,
  type Currency,
  type Product,
  type ProductData,
  type ProductInput,
  type ProductType,
} from '../../../../shared/features/products';
import type { IssueLike } from '../../lib/fieldErrors';

/** The form's own shape: antd widgets hold undefined for empty, a Dayjs for dates, disclosures as one text. */
export interface ProductFormValues {
  code?: string;
  nameZh?: string;
  nameEn?: string | null;
  issuer?: string;
  type?: ProductType;
  currency?: Currency;
  issuerRiskRating?: number;
  riskRating?: number;
  assetClass?: AssetClassId;
  isForeign?: boolean;
  isComplex?: boolean;
  fees?: {
    frontLoadPercent?: number | null;
    managementPercent?: number | null;
    custodyPercent?: number | null;
    switchingFee?: string | null;
    earlyRedemption?: string | null;
  };
  compensationDisclosure?: string | null;
  maxLossStatement?: string | null;
  dividendFromPrincipal?: boolean;
  /** The paragraphs separated by blank lines, as in the file format. */
  riskDisclosureBlocks?: string;
  launchDate?: Dayjs | null;
  expiryDate?: Dayjs | null;
}

export const NEW_PRODUCT_VALUES: ProductFormValues = {
  currency: 'TWD',
  isForeign: false,
  isComplex: false,
  dividendFromPrincipal: false,
  fees: {},
  riskDisclosureBlocks: '',
};

export function valuesFromProduct(p: Product): ProductFormValues {
  return {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    issuer: p.issuer,
    type: p.type,
    currency: p.currency,
    issuerRiskRating: p.issuerRiskRating,
    riskRating: p.riskRating,
    assetClass: p.assetClass,
    isForeign: p.isForeign,
    isComplex: p.isComplex,
    fees: { ...p.fees },
    compensationDisclosure: p.compensationDisclosure,
    maxLossStatement: p.maxLossStatement,
    dividendFromPrincipal: p.dividendFromPrincipal,
    riskDisclosureBlocks: p.riskDisclosureBlocks.join('\n\n'),
    launchDate: p.launchDate ? dayjs(p.launchDate) : null,
    expiryDate: p.expiryDate ? dayjs(p.expiryDate) : null,
  };
}

const text = (value: string | null | undefined) => value ?? null;
const percent = (value: number | null | undefined) => value ?? null;
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** Form values as the contract's input; missing choices stay undefined for the schema to name. */
export function toProductInput(v: ProductFormValues): ProductInput {
  return {
    code: v.code ?? '',
    nameZh: v.nameZh ?? '',
    nameEn: text(v.nameEn),
    issuer: v.issuer ?? '',
    type: v.type,
    currency: v.currency,
    issuerRiskRating: v.issuerRiskRating,
    riskRating: v.riskRating,
    assetClass: v.assetClass,
    isForeign: v.isForeign ?? false,
    isComplex: v.isComplex ?? false,
    fees: {
      frontLoadPercent: percent(v.fees?.frontLoadPercent),
      managementPercent: percent(v.fees?.managementPercent),
      custodyPercent: percent(v.fees?.custodyPercent),
      switchingFee: text(v.fees?.switchingFee),
      earlyRedemption: text(v.fees?.earlyRedemption),
    },
    compensationDisclosure: text(v.compensationDisclosure),
    maxLossStatement: text(v.maxLossStatement),
    dividendFromPrincipal: v.dividendFromPrincipal ?? false,
    riskDisclosureBlocks: (v.riskDisclosureBlocks ?? '').split(/\r?\n\s*\r?\n/),
    launchDate: day(v.launchDate),
    expiryDate: day(v.expiryDate),
  } as ProductInput;
}

/** An issue's path on the form: a disclosure paragraph's issue belongs to the one text area. */
export function formPath(path: readonly PropertyKey[]): PropertyKey[] {
  return path[0] === 'riskDisclosureBlocks' ? ['riskDisclosureBlocks'] : [...path];
}

export type ParsedProduct = { ok: true; data: ProductData } | { ok: false; issues: IssueLike[] };

/** Validates form values with the same zod schema the core uses. */
export function parseProductForm(values: ProductFormValues): ParsedProduct {
  const parsed = productInputSchema.safeParse(toProductInput(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ ...i, path: formPath(i.path) })) };
}
