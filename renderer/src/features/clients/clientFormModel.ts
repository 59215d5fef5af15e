import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  clientInputSchema,
  lacksRequiredNationalId,
  NATIONAL_ID_REQUIRED,
  clientUpdateSchema,
  type AcquisitionSource,
  type Client,
  type ClientData,
  type ClientInput,
  type ClientStatus,
  type ClientUpdateData,
  type ClientUpdateInput,
  type Currency,
  type Gender,
  type HouseholdRelation,
} from '../../../../shared/features/clients/schema';
import { genderFromNationalId } from '../../../../shared/features/clients/national-id';
import type { AmountValue } from '../../lib/AmountInput';
import type { IssueLike } from '../../lib/fieldErrors';

/** The form's own shape: antd widgets hold undefined for empty and a Dayjs for dates. */
export interface ClientFormValues {
  name?: string;
  nationalId?: string;
  birthDate?: Dayjs | null;
  gender?: Gender;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  occupation?: string | null;
  employer?: string | null;
  /** Amounts hold the typed text when it does not read as one, so the schema refuses it. */
  annualIncomeTwd?: AmountValue;
  investableAssets?: { currency?: Currency; amount?: AmountValue }[];
  sourceOfWealth?: string | null;
  acquisitionSource?: AcquisitionSource;
  status?: ClientStatus;
  advisor?: string | null;
  tags?: string[];
  notes?: string | null;
  household?: { clientId?: string; relation?: HouseholdRelation }[];
}

export type FormMode = 'create' | 'edit';

export const NEW_CLIENT_VALUES: ClientFormValues = {
  gender: 'X',
  acquisitionSource: 'referral',
  status: 'prospect',
  investableAssets: [],
  tags: [],
  household: [],
};

/** The gender a typed national ID states, unless the user already chose one. */
export function genderToFill(nationalId: string, genderTouched: boolean): Gender | null {
  return genderTouched ? null : genderFromNationalId(nationalId);
}

/** A stored client as form values; the national ID starts empty (blank means unchanged). */
export function valuesFromClient(client: Client): ClientFormValues {
  return {
    name: client.name,
    nationalId: '',
    birthDate: client.birthDate ? dayjs(client.birthDate) : null,
    gender: client.gender,
    phone: client.phone,
    email: client.email,
    address: client.address,
    occupation: client.occupation,
    employer: client.employer,
    annualIncomeTwd: client.annualIncomeTwd,
    investableAssets: client.investableAssets.map((h) => ({ ...h })),
    sourceOfWealth: client.sourceOfWealth,
    acquisitionSource: client.acquisitionSource,
    status: client.status,
    advisor: client.advisor,
    tags: [...client.tags],
    notes: client.notes,
    household: client.household.map(({ clientId, relation }) => ({ clientId, relation })),
  };
}

const text = (value: string | null | undefined): string | null => value ?? null;

/**
 * Form values as the contract's input, before validation. Missing choices stay undefined so the
 * schema reports them as required rather than this code inventing a value.
 */
export function toClientInput(values: ClientFormValues, mode: FormMode): ClientInput | ClientUpdateInput {
  const nationalId = values.nationalId?.trim() ?? '';
  const input = {
    name: values.name ?? '',
    birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null,
    gender: values.gender,
    phone: text(values.phone),
    email: text(values.email),
    address: text(values.address),
    occupation: text(values.occupation),
    employer: text(values.employer),
    annualIncomeTwd: values.annualIncomeTwd ?? null,
    investableAssets: (values.investableAssets ?? []).map((h) => ({
      currency: h.currency,
      amount: h.amount,
    })),
    sourceOfWealth: text(values.sourceOfWealth),
    acquisitionSource: values.acquisitionSource,
    status: values.status,
    advisor: text(values.advisor),
    tags: values.tags ?? [],
    notes: text(values.notes),
    household: (values.household ?? []).map((link) => ({ clientId: link.clientId, relation: link.relation })),
  };
  if (mode === 'edit' && nationalId === '') return input as ClientUpdateInput;
  return { ...input, nationalId } as ClientInput;
}

export type ParsedClient =
  | { ok: true; mode: 'create'; data: ClientData }
  | { ok: true; mode: 'edit'; data: ClientUpdateData }
  | { ok: false; issues: IssueLike[] };

/** Validates form values with the same zod schema the core uses. */
export function parseClientForm(values: ClientFormValues, mode: FormMode): ParsedClient {
  const input = toClientInput(values, mode);
  if (mode === 'create') {
    const parsed = clientInputSchema.safeParse(input);
    // Only a prospect may come without a national ID: the core's rule, said at the field.
    const blankId = (values.nationalId?.trim() ?? '') === '';
    const missing =
      values.status !== undefined &&
      lacksRequiredNationalId({ status: values.status, nationalId: blankId ? null : '' })
        ? [{ path: ['nationalId'], message: NATIONAL_ID_REQUIRED }]
        : [];
    if (parsed.success && missing.length === 0) return { ok: true, mode, data: parsed.data };
    return { ok: false, issues: [...(parsed.success ? [] : parsed.error.issues), ...missing] };
  }
  const parsed = clientUpdateSchema.safeParse(input);
  return parsed.success ? { ok: true, mode, data: parsed.data } : { ok: false, issues: parsed.error.issues };
}

/** The issues that belong exactly at one form path. */
export function issuesAt(issues: readonly IssueLike[], path: readonly (string | number)[]): IssueLike[] {
  return issues.filter(
    (issue) => issue.path.length === path.length && issue.path.every((part, i) => part === path[i]),
  );
}
