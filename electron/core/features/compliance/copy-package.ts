import {
  CLIENT_LABELS,
  clientFieldLabel,
  type Client,
  type ClientFieldKey,
} from '../../../../shared/features/clients';
import {
  COMPLAINT_STATE_WORDS,
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_STATE_WORDS,
  type Complaint,
  type CopyPackage,
  type DataRequest,
} from '../../../../shared/features/compliance';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import { gradeLabel, type RiskGrade } from '../../../../shared/features/kyc';
import type { Language } from '../../../../shared/i18n/messages';
import { fileNameDate, formatDate } from '../../../../shared/kernel/dates';
import { formatTwd } from '../../../../shared/kernel/money';
import { clientDocumentFrame } from '../../documents/client-frame';
import type { Block } from '../../documents/document';
import type { DocumentRenderer } from '../../documents/renderer';
import { writeCsv } from '../../io/csv/write';
import { COPY_MESSAGES } from './copy-messages';

/** Everything the firm holds on one client that a copy request covers, gathered by the features' services. */
export interface ClientDataSet {
  client: Client;
  kycAssessments: readonly { takenOn: string; grade: RiskGrade; validUntil: string }[];
  goals: readonly { kind: string; name: string; targetDate: string; amountTwd: number }[];
  holdings: unknown;
  complaints: readonly Complaint[];
  dataRequests: readonly DataRequest[];
}

const DOSSIER_FIELDS: readonly ClientFieldKey[] = [
  'name',
  'nationalId',
  'birthDate',
  'gender',
  'phone',
  'email',
  'address',
  'occupation',
  'employer',
  'annualIncomeTwd',
  'sourceOfWealth',
  'status',
  'advisor',
  'notes',
];

/** The dossier as label and value pairs (the national ID masked, as every document shows it). */
function dossierPairs(client: Client, language: Language): [string, string][] {
  const labels = CLIENT_LABELS[language];
  const value = (key: ClientFieldKey): string => {
    switch (key) {
      case 'nationalId':
        return client.nationalIdMasked;
      case 'gender':
        return labels.gender[client.gender];
      case 'status':
        return labels.status[client.status];
      case 'annualIncomeTwd':
        return client.annualIncomeTwd === null ? '' : formatTwd(client.annualIncomeTwd, language);
      default: {
        const raw = client[key as keyof Client];
        return typeof raw === 'string' ? raw : '';
      }
    }
  };
  return DOSSIER_FIELDS.map((key) => [clientFieldLabel(key, language), value(key)]);
}

interface Tables {
  kyc: { header: string[]; rows: string[][] };
  goals: { header: string[]; rows: string[][] };
  complaints: { header: string[]; rows: string[][] };
  requests: { header: string[]; rows: string[][] };
}

function tables(data: ClientDataSet, language: Language, date: (day: string) => string): Tables {
  const text = COPY_MESSAGES[language];
  return {
    kyc: {
      header: text.kycHeader,
      rows: data.kycAssessments.map((a) => [
        date(a.takenOn),
        gradeLabel(a.grade, language),
        date(a.validUntil),
      ]),
    },
    goals: {
      header: text.goalsHeader,
      rows: data.goals.map((g) => [g.name, date(g.targetDate), formatTwd(g.amountTwd, language)]),
    },
    complaints: {
      header: text.complaintsHeader,
      rows: data.complaints.map((c) => [
        date(c.receivedOn),
        c.subject,
        COMPLAINT_STATE_WORDS[c.state][language],
        c.repliedOn === null ? '' : date(c.repliedOn),
      ]),
    },
    requests: {
      header: text.requestsHeader,
      rows: data.dataRequests.map((r) => [
        date(r.receivedOn),
        DATA_REQUEST_KIND_WORDS[r.kind][language],
        DATA_REQUEST_STATE_WORDS[r.state][language],
        r.closedOn === null ? '' : date(r.closedOn),
      ]),
    },
  };
}

function pdfBlocks(pairs: [string, string][], t: Tables, language: Language): Block[] {
  const text = COPY_MESSAGES[language];
  const section = (title: string, table: { header: string[]; rows: string[][] }): Block[] => [
    { kind: 'heading', text: title, level: 1 },
    table.rows.length === 0
      ? { kind: 'paragraph', text: text.none, muted: true }
      : { kind: 'table', columns: table.header.map((header) => ({ header, weight: 1 })), rows: table.rows },
  ];
  return [
    { kind: 'paragraph', text: text.intro },
    { kind: 'heading', text: text.dossier, level: 1 },
    {
      kind: 'keyValues',
      items: pairs.map(([label, value]) => ({ label, value: value || text.empty, maxLines: 4 })),
      columns: 1,
    },
    ...section(text.kyc, t.kyc),
    ...section(text.goals, t.goals),
    ...section(text.complaints, t.complaints),
    ...section(text.requests, t.requests),
  ];
}

/**
 * The answer to a copy request (製給複製本): the client's data as a PDF on the documents lane, one
 * JSON with everything, and a CSV per table, for the folder the user picks.
 */
export async function buildCopyPackage(
  data: ClientDataSet,
  options: {
    settings: Settings;
    language: Language;
    generatedAt: Date;
    receivedOn: string;
    documents: DocumentRenderer;
  },
): Promise<CopyPackage> {
  const { settings, language, generatedAt } = options;
  const text = COPY_MESSAGES[language];
  const dates = dateSettingsOf(settings, language);
  const date = (day: string) => formatDate(day, dates, 'compact');
  const pairs = dossierPairs(data.client, language);
  const t = tables(data, language, date);
  const pdf = await options.documents.render({
    language,
    branding: settings.branding,
    ...clientDocumentFrame(text, {
      clientName: data.client.name,
      subtitle: data.client.name,
      generatedAt,
      dates,
    }),
    blocks: pdfBlocks(pairs, t, language),
  });
  const { nationalIdMasked, ...client } = data.client;
  const json = {
    generatedAt: generatedAt.toISOString(),
    client: { ...client, nationalId: nationalIdMasked },
    kycAssessments: data.kycAssessments,
    goals: data.goals,
    holdings: data.holdings,
    complaints: data.complaints,
    dataRequests: data.dataRequests,
  };
  const csv = (table: { header: string[]; rows: string[][] }) => writeCsv(table.header, table.rows);
  const textFile = (name: string, content: string) => ({ name, text: content, base64: null });
  return {
    folderName: `${text.folder}_${fileNameDate(new Date(`${options.receivedOn}T12:00:00Z`), settings.dateFormat, 'UTC')}`,
    files: [
      { name: `${text.files.pdf}.pdf`, text: null, base64: pdf.toString('base64') },
      textFile(`${text.files.json}.json`, `${JSON.stringify(json, null, 2)}\n`),
      textFile(`${text.files.dossier}.csv`, writeCsv(text.dossierHeader, pairs)),
      textFile(`${text.files.kyc}.csv`, csv(t.kyc)),
      textFile(`${text.files.goals}.csv`, csv(t.goals)),
      textFile(`${text.files.complaints}.csv`, csv(t.complaints)),
      textFile(`${text.files.requests}.csv`, csv(t.requests)),
    ],
  };
}
