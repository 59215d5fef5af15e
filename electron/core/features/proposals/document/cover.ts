import { nationalIdOnDocument } from '../../../../../shared/features/clients';
import { PROPOSAL_KIND_WORDS } from '../../../../../shared/features/proposals/schema';
import type { CustomBlock } from '../../../documents/document';
import { boxedText, lineHeight, type TextStyle } from '../../../documents/layout';
import type { ProposalWriter } from './format';

/** The cover's height: most of the first page's body, so the table of contents starts a new page. */
const COVER_HEIGHT = 560;

/** The cover: what the document is, for whom, by whom, when, and its number and revision. */
export function coverBlock(w: ProposalWriter): CustomBlock {
  const { facts, text, language } = w;
  const licence = facts.advisor.licenceNumber;
  const rows: [string, string][] = [
    [text.cover.preparedFor, facts.client.name],
    [w.field('nationalId'), nationalIdOnDocument(facts.client.nationalIdMasked, language)],
    [
      w.field('advisor'),
      licence ? text.withNote(facts.advisor.name, `${text.cover.licence} ${licence}`) : facts.advisor.name,
    ],
    [text.cover.firm, facts.firm.branding.firmName],
    [text.cover.date, w.day(facts.day)],
    [text.cover.number, text.withNote(facts.number, text.cover.revision(facts.revision))],
  ];
  return {
    kind: 'custom',
    height: COVER_HEIGHT,
    draw(doc, at, theme) {
      const { colors, sizes } = theme;
      let y = at.y + 70;
      const kind: TextStyle = { size: sizes.h1 * 2, color: colors.primary, bold: true };
      y += boxedText(doc, PROPOSAL_KIND_WORDS[facts.content.kind][language], at.x, y, at.width, 2, kind) + 10;
      const title: TextStyle = { size: sizes.h1 + 2, color: colors.text };
      y += boxedText(doc, facts.content.title, at.x, y, at.width, 2, title) + 18;
      doc.rect(at.x, y, at.width * 0.35, 4).fill(colors.primary);
      y += 50;

      const label: TextStyle = { size: sizes.body, color: colors.muted };
      const value: TextStyle = { size: sizes.h2 + 1, color: colors.text, bold: true };
      const labelWidth = at.width * 0.28;
      const rowHeight = Math.max(lineHeight(doc, value), lineHeight(doc, label)) + 14;
      for (const [name, shown] of rows) {
        boxedText(doc, name, at.x, y + 2, labelWidth - 8, 1, label);
        boxedText(doc, shown, at.x + labelWidth, y, at.width - labelWidth, 1, value);
        doc
          .moveTo(at.x, y + rowHeight - 6)
          .lineTo(at.x + at.width, y + rowHeight - 6)
          .lineWidth(0.5)
          .stroke(colors.rule);
        y += rowHeight;
      }
      y += 24;
      const note: TextStyle = { size: sizes.small, color: colors.muted };
      if (facts.state === 'draft') {
        y += boxedText(doc, text.cover.draftNote, at.x, y, at.width, 2, {
          ...note,
          color: '#c00000',
          bold: true,
        });
        y += 6;
      }
      boxedText(doc, text.cover.validity, at.x, y, at.width, 2, note);
    },
  };
}
