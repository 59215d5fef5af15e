// fontkit 2 (pdfkit's font parser) ships no types: only what fonts.ts needs.
declare module 'fontkit' {
  /** A parsed font. pdfkit accepts it wherever it takes a font source. */
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
