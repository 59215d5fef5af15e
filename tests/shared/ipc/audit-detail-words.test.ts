import { DECK_TEMPLATES } from '../../../shared/features/briefings';
import { describe, expect, it } from 'vitest';
import { GOAL_KINDS } from '../../../shared/features/goals';
import { CONTACT_FIELDS, DATA_REQUEST_KINDS } from '../../../shared/features/compliance';
import {
  ESCALATION_KINDS,
  ESCALATION_SEVERITIES,
  ESCALATION_STATES,
  FEEDBACK_TOPICS,
} from '../../../shared/features/escalations';
import { PIPELINE_STAGES } from '../../../shared/features/pipeline';
import { REPORT_FORMATS } from '../../../shared/features/reports';
import { CONFIRMATION_METHODS } from '../../../shared/features/kyc';
import { PRODUCT_STATES } from '../../../shared/features/products';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings';
import { DECISION_OUTCOMES } from '../../../shared/features/proposals';
import { FINDING_CODES, VERDICTS } from '../../../shared/features/suitability';
import { GIVEN_METHODS, MATERIAL_KINDS } from '../../../shared/features/information-records';
import { ISSUING_BODIES } from '../../../shared/features/regulatory-updates';
import { ACTIVITY_KINDS } from '../../../shared/features/activities';
import { BULK_CLIENT_CHANGE_KINDS } from '../../../shared/features/clients/book';
import { auditEntryDetailWords, contract } from '../../../shared/ipc/contract';

/** Inputs and outputs that make each audited channel write its detail, every variant of its codes. */
type Sample = [input: object, output: object];
const SAMPLES: Readonly<Record<string, readonly Sample[]>> = {
  'vault.unlock': [[{ remember: true }, {}]],
  'client.update': [[{ data: { nationalId: 'A123456789' } }, {}]],
  'client.import': [[{}, { imported: 12 }]],
  'client.export': [
    [{ includeNationalId: true }, { count: 12 }],
    [{ includeNationalId: false }, { count: 1 }],
  ],
  'client.print': [[{}, {}]],
  'client.delete': [
    [{}, { outcome: 'tombstone' }],
    [{}, { outcome: 'purged' }],
  ],
  'settings.update': [[DEFAULT_SETTINGS, {}]],
  'audit.export': [[{}, { count: 3 }]],
  'audit.export_head': [[{}, { count: 3 }]],
  'client.seed_demo': [
    [{ force: true }, { added: 20 }],
    [{ force: false }, { added: 20 }],
  ],
  'client.purge_demo': [[{}, { removed: 20 }]],
  'client.bulk_update': BULK_CLIENT_CHANGE_KINDS.map((kind) => [{ change: { kind } }, { changed: 2000 }]),
  'client.archive': [
    [{ archived: true }, {}],
    [{ archived: false }, {}],
  ],
  'client.merge': [
    [{ mergeId: '0b6f2c1e-9a4d-4e8b-a1c2-3d4e5f6a7b8c' }, { moved: [{ feature: 'activities', rows: 3 }] }],
  ],
  'product.set_state': PRODUCT_STATES.map((state) => [{ state }, {}]),
  'product.import': [[{}, { imported: 12 }]],
  'product.import_xlsx': [[{}, { imported: 12 }]],
  'product.export': [[{}, { count: 60 }]],
  'product.export_xlsx': [[{}, { count: 60 }]],
  'holdings.import': [[{}, { positions: 10, cash: 2 }]],
  'holdings.import_xlsx': [[{}, { positions: 10, cash: 2 }]],
  'holdings.export': [[{}, { count: 12 }]],
  'product.seed_demo': [[{}, { added: 60 }]],
  'kyc.assess': [[{}, { questionnaire: { id: 'default', version: 1 } }]],
  'kyc.confirm': CONFIRMATION_METHODS.map((method) => [{ method }, {}]),
  'kyc.print': [[{}, {}]],
  'goal.create': GOAL_KINDS.map((kind) => [{}, { kind }]),
  'goal.update': GOAL_KINDS.map((kind) => [{}, { kind }]),
  'goal.delete': GOAL_KINDS.map((kind) => [{}, { kind }]),
  'suitability.check': VERDICTS.map((verdict) => [{ items: [{}, {}, {}] }, { verdict }]),
  'suitability.override_request': FINDING_CODES.map((code) => [{ code }, {}]),
  'suitability.override_approve': FINDING_CODES.map((code) => [{}, { code }]),
  'suitability.override_reject': FINDING_CODES.map((code) => [{}, { code }]),
  'proposal.create': [[{}, { proposal: { number: 'P1151130-001' } }]],
  'proposal.import': [[{}, { number: 'P1151130-002' }]],
  'proposal.update': [[{}, { number: 'P1151130-001' }]],
  'proposal.present': [[{}, { number: 'P1151130-001' }]],
  'proposal.decide': DECISION_OUTCOMES.map((outcome) => [{ outcome }, { number: 'P1151130-001-r2' }]),
  'proposal.revise': [[{}, { number: 'P1151130-001-r2' }]],
  'proposal.delete': [[{}, { number: 'P1151130-003' }]],
  'proposal.print': [[{}, { number: 'P1151130-001' }]],
  'proposal.report_export': [[{}, {}]],
  'proposal.report_print': [[{}, {}]],
  'privacy.request_create': DATA_REQUEST_KINDS.map((kind) => [{ data: { kind } }, {}]),
  'privacy.request_close': DATA_REQUEST_KINDS.flatMap((kind) => [
    [{}, { kind, state: 'done' }],
    [{}, { kind, state: 'refused' }],
  ]),
  'privacy.request_extend': DATA_REQUEST_KINDS.map((kind) => [{}, { kind }]),
  'privacy.copy_export': [[{}, {}]],
  'compliance.flag_review': CONTACT_FIELDS.map((field) => [{}, { field }]),
  'market.import': [
    [{}, { points: 1200, format: 'csv', added: 30, corrected: 2 }],
    [{}, { points: 1, format: 'xlsx', added: 0, corrected: 0 }],
  ],
  'market.sample_load': [[{}, { series: 18, points: 23490 }]],
  'briefing.save': [[{}, { version: 2 }]],
  'briefing.restore': [[{ version: 1 }, {}]],
  'briefing.from_template': DECK_TEMPLATES.map((template) => [{ template }, {}]),
  'briefing.reveal': [[{}, {}]],
  'briefing.print': [
    [{ variant: 'slides' }, {}],
    [{ variant: 'handout', perPage: 3, reveal: true }, {}],
  ],
  'information.give': MATERIAL_KINDS.flatMap((kind) =>
    GIVEN_METHODS.map((method, i): Sample => [
      {},
      { material: { kind }, method, recipients: Array.from({ length: i + 1 }, () => ({ clientId: 'c' })) },
    ]),
  ),
  'information.report_export': [[{}, {}]],
  'regulatory.create': ISSUING_BODIES.map((issuer) => [{}, { issuer }]),
  'regulatory.edit': ISSUING_BODIES.map((issuer) => [{}, { issuer }]),
  'feedback.create': FEEDBACK_TOPICS.map((topic) => [{ data: { topic } }, {}]),
  'escalation.raise': ESCALATION_KINDS.flatMap((kind) =>
    ESCALATION_SEVERITIES.map((severity): Sample => [{ data: { kind, severity } }, {}]),
  ),
  'escalation.act': ESCALATION_STATES.map((state) => [{ data: { state } }, {}]),
  'pipeline.move': PIPELINE_STAGES.map((stage) => [{ data: { stage } }, {}]),
  'book.report_export': REPORT_FORMATS.flatMap((format) => [
    [{ format, query: {} }, {}] as Sample,
    [{ format, query: { clientId: 'c' } }, {}] as Sample,
  ]),
  'tiers.recompute': [[{}, { changed: 3 }]],
  'activity.add': ACTIVITY_KINDS.map((kind) => [{}, { kind }]),
  'activity.add_many': [[{}, { added: 120 }]],
  'activity.delete': ACTIVITY_KINDS.map((kind) => [{}, { kind }]),
  'followup.set_state': [
    [{}, { doneOn: null }],
    [{}, { doneOn: '2026-11-30' }],
  ],
};

/**
 * What may stay Latin in zh-TW: the ids a detail names (a questionnaire's, a proposal number
 * such as P1151130-001-r2) and the codes written alike in both languages.
 */
const CODES_AND_IDS =
  /\b(default|CSV|PDF|Excel|DM|LINE|RR\d|P\d{7}-\d{3}(-r\d+)?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g;

const audited = Object.values(contract).flatMap((spec) => (spec.audit?.detail ? [spec.audit] : []));

/** Every detail the contract's channels write for the samples, with its action. */
const details = audited.flatMap((audit) =>
  (SAMPLES[audit.action] ?? []).flatMap(([input, output]) => {
    const detail = audit.detail!(input as never, output as never);
    return detail === null ? [] : [{ action: audit.action, detail }];
  }),
);

describe('every audited channel’s detail in words', () => {
  it('has samples for every channel that writes a detail', () => {
    expect(audited.map((a) => a.action).filter((action) => !SAMPLES[action])).toEqual([]);
    expect(details.length).toBeGreaterThan(audited.length);
  });

  it('reads in zh-TW without Latin words but codes and ids, and differs from the raw detail', () => {
    for (const { action, detail } of details) {
      const words = auditEntryDetailWords(action, detail, 'zh-TW');
      expect(words.replace(CODES_AND_IDS, ''), `${action}: ${detail}`).not.toMatch(/[A-Za-z]/);
      expect(auditEntryDetailWords(action, detail, 'en'), `${action}: ${detail}`).not.toMatch(/_|@/);
    }
  });

  it('takes the words from each label’s one home', () => {
    const words = (action: string, detail: string) => [
      auditEntryDetailWords(action, detail, 'zh-TW'),
      auditEntryDetailWords(action, detail, 'en'),
    ];
    expect(words('kyc.assess', 'questionnaire default@1')).toEqual([
      '風險問卷 default 第 1 版',
      'questionnaire default, version 1',
    ]);
    expect(words('kyc.confirm', 'method signature')).toEqual(['親自簽名', 'Signature']);
    expect(words('client.bulk_update', 'assignAdvisor 12')).toEqual([
      '指派理財顧問：12 位',
      'advisor assigned: 12 clients',
    ]);
    expect(words('kyc.print', 'kyc form pdf')).toEqual(['風險屬性評估表', 'KYC form (PDF)']);
    expect(words('goal.create', 'kind education')).toEqual(['子女教育', "Children's education"]);
    expect(words('product.set_state', 'state approved')).toEqual(['核准銷售', 'Approved for sale']);
    expect(words('product.export', '12 rows, csv')).toEqual(['12 筆，CSV 檔', '12 rows, CSV file']);
    expect(words('product.import_xlsx', '3 rows, xlsx')).toEqual(['3 筆，Excel 檔', '3 rows, Excel file']);
    expect(words('suitability.check', '6 products, blocked')).toEqual([
      '6 項商品，不得推介',
      '6 products, blocked',
    ]);
    expect(words('suitability.override_approve', 'finding grade_exceeded')).toEqual([
      '商品風險高於客戶等級',
      'Product risk above the grade',
    ]);
  });

  it('falls back to the shared phrases, and shows what nobody knows as is', () => {
    expect(auditEntryDetailWords('client.print', 'dossier pdf', 'zh-TW')).toBe('客戶資料卡');
    expect(auditEntryDetailWords('product.seed_demo', '60 rows', 'zh-TW')).toBe('60 筆');
    expect(auditEntryDetailWords('client.retired_action', '2 rows, forced', 'zh-TW')).toBe('2 筆，強制加入');
    expect(auditEntryDetailWords('product.set_state', 'state gone', 'zh-TW')).toBe('state gone');
    expect(auditEntryDetailWords('suitability.override_request', 'finding toString', 'en')).toBe(
      'finding toString',
    );
    expect(auditEntryDetailWords('toString', 'kyc form pdf', 'zh-TW')).toBe('kyc form pdf');
  });
});
