import type { CustomBlock } from './document';
import { boxedText, lineHeight, type TextStyle } from './layout';

/** Room for one signer: the label, the line to sign on, and space to sign above it. */
const ROW_HEIGHT = 40;

/**
 * Lines to sign on, one row per signer: "客戶簽名：____  日期：____". Each row is the signer's label
 * and the label of the date beside it, both already in the document's language.
 */
export function signatureLines(rows: readonly (readonly [who: string, date: string])[]): CustomBlock {
  return {
    kind: 'custom',
    height: rows.length * ROW_HEIGHT,
    draw(doc, at, theme) {
      const style: TextStyle = { size: theme.sizes.body, color: theme.colors.text };
      const line = lineHeight(doc, style);
      const dateX = at.x + at.width * 0.62;
      rows.forEach(([who, date], index) => {
        const y = at.y + index * ROW_HEIGHT + 16;
        boxedText(doc, `${who}：`, at.x, y, at.width * 0.2, 1, style);
        boxedText(doc, `${date}：`, dateX, y, at.width * 0.1, 1, style);
        doc
          .moveTo(at.x + at.width * 0.2, y + line)
          .lineTo(dateX - 12, y + line)
          .moveTo(dateX + at.width * 0.1, y + line)
          .lineTo(at.x + at.width, y + line)
          .lineWidth(0.6)
          .stroke(theme.colors.muted);
      });
    },
  };
}
