/**
 * The renderer's Content Security Policy, one string for every place that serves the renderer:
 * Electron's response header, the browser host's header, and (less frame-ancestors, which a meta
 * tag cannot carry) the meta tag in renderer/index.html, which a test keeps in step.
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
