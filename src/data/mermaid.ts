// The address of Mermaid's browser module in this build (copied there by src/integrations/mermaid.ts), for the
// diagram island, which reads it from the page.
import mermaidPackage from 'mermaid/package.json';
import { mermaidModulePath } from '../lib/routes.ts';
import { url } from './build-settings.ts';

export const mermaidModuleUrl = url(mermaidModulePath(mermaidPackage.version));
