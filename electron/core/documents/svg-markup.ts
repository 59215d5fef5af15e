/**
 * Trims a chart's SVG markup to what draws, before svg-to-pdfkit reads it. recharts wraps every
 * mark in layers of <g class="recharts-…"> and writes attributes for the browser (class, role,
 * tabindex, data-*, its own props such as orientation and radius): svg-to-pdfkit builds an object
 * with computed styles for each of them, which is most of its time on a chart. A <g> left with no
 * attribute changes nothing in the drawing, so it is removed and its children kept in its place.
 */

const IGNORED_ATTRIBUTE = / (?:class|role|tabindex|name|orientation|radius|angle|data-[\w-]+)="[^"]*"/g;
const TAG = /<[a-zA-Z][^>]*>/g;
const GROUP_TAG = /<(\/?)g\b([^>]*)>/g;
/** An empty <title/> or <desc/>, or one with its text: not drawn. */
const NO_TEXT = /<(title|desc)(?:\s*\/>|>[^<]*<\/\1>)/g;

export function drawnSvg(svg: string): string {
  const stripped = svg.replace(NO_TEXT, '').replace(TAG, (tag) => tag.replace(IGNORED_ATTRIBUTE, ''));
  // One entry per open <g>: whether its tags were kept.
  const open: boolean[] = [];
  return stripped.replace(GROUP_TAG, (tag, closing: string, attributes: string) => {
    if (closing) return open.pop() === false ? '' : tag;
    const selfClosing = attributes.trimEnd().endsWith('/');
    const kept = attributes.replace('/', '').trim() !== '';
    if (!selfClosing) open.push(kept);
    return kept ? tag : '';
  });
}
