/**
 * The renderer's Content-Security-Policy, sent by the web harness and by Electron's session. It
 * matches the <meta> in src-renderer/index.html (a test checks both): scripts and styles only from
 * the app itself, never inline, never eval; nothing framed, nothing posted elsewhere.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
