import { nationalIdOnDocument } from '../../../../../shared/features/clients';
import { isProfessional } from '../../../../../shared/features/investor-classes';
import { riskRatingLabel } from '../../../../../shared/features/products';
import type { Block } from '../../../documents/document';
import { signatureLines } from '../../../documents/signature-lines';
import type { ProposalWriter } from './format';

/** The closing sections: complaint channels, the page the client signs, and the assumptions appendix. */

/** The acknowledgement in body lines at most (heading, statement, the two lines to sign). */
const ACKNOWLEDGEMENT_LINES = 16;

export function complaintsSection(w: ProposalWriter): Block[] {
  const { text, facts } = w;
  const c = text.complaints;
  const contact = facts.firm.contact;
  const professional = isProfessional(facts.client.investorClass);
  return [
    { kind: 'heading', level: 1, text: text.sections.complaints },
    { kind: 'paragraph', text: c.intro },
    { kind: 'paragraph', text: contact ? c.firm(contact) : c.firmNoContact },
    professional ? { kind: 'paragraph', text: c.professional } : { kind: 'paragraph', text: c.ombudsman },
  ];
}

export function acknowledgementSection(w: ProposalWriter): Block[] {
  const { text, facts } = w;
  const a = text.acknowledgement;
  const licence = facts.advisor.licenceNumber;
  return [
    // The statement the client signs and the lines to sign on stay on one page.
    { kind: 'needSpace', lines: ACKNOWLEDGEMENT_LINES },
    { kind: 'heading', level: 1, text: text.sections.acknowledgement },
    { kind: 'paragraph', text: a.statement },
    {
      kind: 'keyValues',
      columns: 1,
      labelWidth: w.labelWidth(90, 110),
      items: [
        { label: text.cover.number, value: text.withNote(facts.number, text.cover.revision(facts.revision)) },
        {
          label: text.labels.name,
          value: `${facts.client.name}  ${nationalIdOnDocument(facts.client.nationalIdMasked, w.language)}`,
        },
        {
          label: w.field('advisor'),
          value: licence
            ? text.withNote(facts.advisor.name, `${text.cover.licence} ${licence}`)
            : facts.advisor.name,
        },
      ],
    },
    signatureLines([
      [a.client, a.date],
      [a.advisor, a.date],
    ]),
  ];
}

export function assumptionsSection(w: ProposalWriter): Block[] {
  const { text, facts, language } = w;
  const { assumptions, analysis } = facts;
  const l = text.labels;
  const c = text.columns;
  const name = (asset: (typeof assumptions.assets)[number]) =>
    (language === 'en' ? asset.name : asset.nameZh) ?? w.assetClass(asset.id);
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: text.sections.assumptions },
    {
      kind: 'keyValues',
      columns: 2,
      labelWidth: w.labelWidth(70, 70),
      items: [
        { label: l.assumptionsVersion, value: assumptions.version },
        { label: l.assumptionsAsOf, value: w.day(assumptions.asOf) },
        { label: l.source, value: assumptions.source, wide: true, maxLines: 4 },
        { label: l.method, value: assumptions.method, wide: true, maxLines: 8 },
      ],
    },
    {
      kind: 'table',
      dense: !facts.largeType,
      columns: [
        { header: c.assetClass, weight: 3.2 },
        { header: c.currency, weight: 1, align: 'center' },
        { header: c.expectedReturn, weight: 1.6, align: 'right' },
        { header: c.volatility, weight: 1.6, align: 'right' },
        { header: c.riskRating, weight: 1.3, align: 'center' },
      ],
      rows: assumptions.assets.map((asset) => [
        name(asset),
        asset.currency,
        w.percent(asset.expectedReturn),
        w.percent(asset.volatility),
        asset.riskRating === undefined ? w.lane.empty : riskRatingLabel(asset.riskRating),
      ]),
    },
    {
      kind: 'paragraph',
      small: true,
      text: l.simulation(analysis.monteCarlo.paths, analysis.monteCarlo.seed, analysis.monteCarlo.months),
    },
  ];
}
