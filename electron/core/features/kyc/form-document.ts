import { clientFieldLabel, nationalIdOnDocument, type Client } from '../../../../shared/features/clients';
import {
  CONFIRMATION_METHOD_WORDS,
  DIMENSION_WORDS,
  gradeLabel,
  GRADE_RULE_WORDS,
  questionnaireKey,
  questionsFor,
  type Assessment,
  type Questionnaire,
} from '../../../../shared/features/kyc';
import { dateSettingsOf, type Settings } from '../../../../shared/features/settings';
import { formatDate } from '../../../../shared/kernel/dates';
import type { Language } from '../../../../shared/i18n/messages';
import type { Block, CustomBlock, DocumentSpec } from '../../documents/document';
import { clientDocumentFrame } from '../../documents/client-frame';
import { signatureLines } from '../../documents/signature-lines';
import { DOCUMENT_MESSAGES } from '../../documents/messages';
import { KYC_FORM_MESSAGES, type KycFormMessages } from './form-messages';

export interface KycFormInput {
  client: Client;
  assessment: Assessment;
  questionnaire: Questionnaire;
  settings: Settings;
  generatedAt: Date;
  language: Language;
}

/** The confirmation section in body lines, at most: heading, statement, method and the lines to sign. */
const CONFIRMATION_LINES = 16;

/** Lines to sign on: the client and the date, the advisor, the reviewing supervisor. */
function kycSignatureLines(text: KycFormMessages, language: Language): CustomBlock {
  return signatureLines([
    [text.signatures.client, text.signatures.date],
    [clientFieldLabel('advisor', language), text.signatures.date],
    [text.signatures.supervisor, text.signatures.date],
  ]);
}

function answerRows(input: KycFormInput, text: KycFormMessages): string[][] {
  const { assessment, questionnaire, language } = input;
  return questionsFor(questionnaire, assessment.elderly).map((question) => {
    const option = question.options.find((o) => o.id === assessment.answers[question.id]);
    const number = questionnaire.questions.indexOf(question) + 1;
    const points = question.dimension === 'elderly' ? text.notScored : String(option?.points ?? '');
    return [String(number), question.text[language], option?.text[language] ?? '', points];
  });
}

/** The KYC form: who, every answer with its points, the result, flags, and the lines to sign. */
export function kycFormDocument(input: KycFormInput): DocumentSpec {
  const { client, assessment, settings, generatedAt, language } = input;
  const text = KYC_FORM_MESSAGES[language];
  const lane = DOCUMENT_MESSAGES[language];
  const dates = dateSettingsOf(settings, language);
  const day = (iso: string) => formatDate(iso, dates, 'long');
  const level = (value: number) => gradeLabel({ scale: assessment.grade.scale, level: value }, language);
  const birth = client.birthDate
    ? `${day(client.birthDate)}${assessment.age === null ? '' : text.age(assessment.age)}`
    : lane.empty;
  const confirmation = assessment.confirmation
    ? text.confirmedBy(
        CONFIRMATION_METHOD_WORDS[assessment.confirmation.method][language],
        day(assessment.confirmation.on),
      )
    : text.notConfirmed;

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: text.sections.client },
    {
      kind: 'keyValues',
      labelWidth: language === 'en' ? 84 : 70,
      items: [
        { label: text.labels.name, value: client.name },
        {
          label: clientFieldLabel('nationalId', language),
          value: nationalIdOnDocument(client.nationalIdMasked, language),
        },
        { label: clientFieldLabel('birthDate', language), value: birth },
        { label: text.labels.questionnaire, value: questionnaireKey(assessment.questionnaire) },
        { label: text.labels.takenOn, value: day(assessment.takenOn) },
        { label: text.labels.validUntil, value: day(assessment.validUntil) },
        { label: clientFieldLabel('advisor', language), value: assessment.advisor ?? lane.empty, wide: true },
      ],
    },
    ...(assessment.elderly
      ? [{ kind: 'paragraph' as const, text: text.elderlyNote(settings.kyc.elderlyValidityMonths) }]
      : []),
    { kind: 'heading', level: 1, text: text.sections.answers },
    {
      kind: 'table',
      columns: [
        { header: text.columns.number, weight: 0.9, align: 'center' },
        { header: text.columns.question, weight: 5 },
        { header: text.columns.answer, weight: 4 },
        { header: text.columns.points, weight: 1.1, align: 'center' },
      ],
      rows: answerRows(input, text),
    },
    { kind: 'heading', level: 1, text: text.sections.result },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: language === 'en' ? 110 : 90,
      items: [
        {
          label: DIMENSION_WORDS.tolerance[language],
          value: text.score(assessment.scores.tolerance, level(assessment.levels.tolerance)),
        },
        {
          label: DIMENSION_WORDS.capacity[language],
          value: text.score(assessment.scores.capacity, level(assessment.levels.capacity)),
        },
        { label: text.labels.grade, value: gradeLabel(assessment.grade, language) },
        { label: text.labels.gradeRule, value: GRADE_RULE_WORDS[assessment.gradeRule][language] },
      ],
    },
  ];
  if (assessment.flags.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, text: text.sections.flags },
      { kind: 'paragraph', text: text.flagsIntro },
      ...assessment.flags.map((flag) => ({
        kind: 'paragraph' as const,
        text: `• ${flag.message[language]}`,
      })),
    );
    if (assessment.review) {
      blocks.push({
        kind: 'paragraph',
        text: text.reviewedBy(assessment.review.reviewer, day(assessment.review.on)),
      });
    }
  }
  blocks.push(
    // The statement the client signs and the lines to sign on stay on one page.
    { kind: 'needSpace', lines: CONFIRMATION_LINES },
    { kind: 'heading', level: 1, text: text.sections.confirmation },
    { kind: 'paragraph', text: text.statement },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: 90,
      items: [{ label: text.labels.confirmation, value: confirmation }],
    },
    kycSignatureLines(text, language),
  );

  return {
    language,
    branding: settings.branding,
    largeType: assessment.elderly,
    ...clientDocumentFrame(text, {
      clientName: client.name,
      subtitle: questionnaireKey(assessment.questionnaire),
      generatedAt,
      dates,
    }),
    blocks,
  };
}
