import type { Block, DocumentSpec } from '../../electron/core/documents/document';
import { documentTheme } from '../../electron/core/documents/theme';

/**
 * A document of the documents lane as one HTML page with the same text and the same charts (inline
 * SVG), A4 with the firm's colour: what headless Chromium prints for the benchmark's comparison.
 * Custom blocks (the cover, the lines to sign) draw on a PDF page, so their text is collected by
 * running them against a stand-in document that records what they write.
 */

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const lines = (text: string) => escape(text).replaceAll('\n', '<br>');

/** The text a custom block writes, in order. */
function customText(block: Extract<Block, { kind: 'custom' }>, spec: DocumentSpec): string[] {
  const written: string[] = [];
  const recorder: Record<string, unknown> = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === 'text') return (text: string) => (written.push(text), recorder);
        if (key === 'heightOfString' || key === 'widthOfString' || key === 'currentLineHeight')
          return () => 10;
        return () => recorder;
      },
    },
  );
  const theme = documentTheme(spec.branding, { largeType: spec.largeType });
  block.draw(recorder as unknown as PDFKit.PDFDocument, { x: 0, y: 0, width: 500 }, theme);
  return written;
}

function blockHtml(block: Block, spec: DocumentSpec): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? `<h1>${escape(block.text)}</h1>` : `<h2>${escape(block.text)}</h2>`;
    case 'paragraph':
      return `<p class="${block.prominent ? 'prominent' : ''}">${lines(block.text)}</p>`;
    case 'keyValues':
      return `<dl>${block.items.map((i) => `<dt>${escape(i.label)}</dt><dd>${lines(i.value)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${block.columns.map((c) => `<th>${escape(c.header)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'svg':
      return `<figure style="width:${block.width}pt;height:${block.height}pt">${block.svg}</figure>`;
    case 'custom':
      return `<div class="custom">${customText(block, spec)
        .map((t) => `<div>${escape(t)}</div>`)
        .join('')}</div>`;
    case 'toc': {
      const entries = spec.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
      return `<nav><h1>Contents</h1>${entries.map((b) => `<div>${escape((b as { text: string }).text)}</div>`).join('')}</nav>`;
    }
    case 'pageBreak':
      return '<div class="break"></div>';
    case 'needSpace':
    case 'spacer':
      return '';
  }
}

export function documentHtml(spec: DocumentSpec): string {
  const color = spec.branding.primaryColor;
  const header = `<header><b>${escape(spec.branding.firmName)}</b><span>${escape(spec.header.title)} ${escape(spec.header.subtitle ?? '')}</span></header>`;
  return `<!doctype html><html lang="${spec.language}"><head><meta charset="utf-8"><title>${escape(spec.metadata.title)}</title><style>
@page { size: A4; margin: 70pt 40pt 50pt; }
body { font-family: 'Noto Sans CJK TC', sans-serif; font-size: 9.5pt; color: #222; }
header { position: fixed; top: -62pt; left: -40pt; right: -40pt; height: 56pt; background: ${color}; color: #fff; display: flex; justify-content: space-between; align-items: center; padding: 0 40pt; }
h1 { color: ${color}; font-size: 13pt; border-bottom: 1px solid ${color}; break-after: avoid; }
h2 { font-size: 11pt; break-after: avoid; }
table { width: 100%; border-collapse: collapse; } th { color: ${color}; text-align: left; background: #eef2f7; }
td, th { padding: 3pt 5pt; border-bottom: 0.5pt solid #d0d0d0; } tr { break-inside: avoid; }
dl { display: grid; grid-template-columns: 120pt 1fr; gap: 4pt; } dt { color: #666; }
.prominent { font-weight: bold; font-size: 11pt; border: 1.2pt solid #c00000; padding: 7pt; }
.break { break-after: page; } figure { margin: 0 0 8pt; }
</style></head><body>${header}${spec.blocks.map((block) => blockHtml(block, spec)).join('\n')}</body></html>`;
}
