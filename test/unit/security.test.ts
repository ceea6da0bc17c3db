import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { azureStaticWebAppConfig, contentSecurityPolicy, netlifyHeaders } from '../../src/lib/security.ts';
import { projectRoot } from '../helpers/astro.ts';

describe('the Content-Security-Policy', () => {
  it('allows no inline script and no eval, only WebAssembly for search', () => {
    const script = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('ships as Netlify/Cloudflare _headers and an Azure Static Web Apps config, under the base path', () => {
    expect(netlifyHeaders('/playbook/')).toBe(
      `/playbook/*\n  Content-Security-Policy: ${contentSecurityPolicy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    );
    const azure = JSON.parse(azureStaticWebAppConfig('/')) as { globalHeaders: Record<string, string>; responseOverrides: Record<string, { rewrite: string }> };
    expect(azure.globalHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(azure.responseOverrides['404']!.rewrite).toBe('/404.html');
  });

  it('is the policy the README tells nginx users to send', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy}" always;`);
  });
});
