// The Content-Security-Policy the built site works under: no inline scripts, no eval. One source for the
// deployment files the build writes (_headers, staticwebapp.config.json), the README's nginx snippet and the
// browser test that serves the site with it.

/** Each directive of the policy, in order. */
export const contentSecurityPolicyDirectives = [
  "default-src 'self'",
  // Pagefind's search runs WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Diagrams and islands set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind runs its search in a worker made from a blob.
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** The header value. */
export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/** Other headers every page should carry. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Netlify and Cloudflare Pages: a `_headers` file at the root of the published folder. */
export function netlifyHeaders(base: string): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `${base.replace(/\/?$/, '/')}*\n${lines.join('\n')}\n`;
}

/** Azure Static Web Apps: `staticwebapp.config.json` at the root of the published folder. */
export function azureStaticWebAppConfig(base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  return `${JSON.stringify(
    {
      globalHeaders: securityHeaders,
      responseOverrides: { '404': { rewrite: `${prefix}404.html` } },
    },
    null,
    2,
  )}\n`;
}
