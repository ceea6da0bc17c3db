import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { pageCollections } from '../../src/lib/collections.ts';
import { idFromTitle } from '../../src/lib/scaffold.ts';
import { projectRoot } from '../helpers/astro.ts';
import { brokenFixture } from '../helpers/fixtures.ts';
import { runNew } from '../helpers/cli.ts';

describe('npm run new', () => {
  it('derives the id from the title', () => {
    expect(idFromTitle('Chief Data Officer')).toBe('chief-data-officer');
    expect(idFromTitle('  LLM gateway (v2)! ')).toBe('llm-gateway-v2');
  });

  it('creates a valid entry in every collection, with every field present and commented', () => {
    const dir = brokenFixture('scaffold', []);
    for (const collection of pageCollections) {
      const result = runNew(dir, collection, 'Chief Data Officer');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`${collection}/chief-data-officer.mdx`);
    }
    expect(checkContentFolder(projectRoot, dir).problems).toEqual([]);
    const process = readFileSync(path.join(dir, 'processes', 'chief-data-officer.mdx'), 'utf8');
    for (const field of ['title', 'summary', 'owner', 'trigger', 'cadence', 'steps', 'accountable', 'responsible', 'exitCriteria', 'addresses', 'metrics']) {
      expect(process).toMatch(new RegExp(`^\\s*(# |- )?${field}:`, 'm'));
    }
    expect(process).toContain('# The one role that answers for the step');
  });

  it('refuses an id that exists, and an unknown collection, with a message', () => {
    const dir = brokenFixture('scaffold-clash', []);
    const clash = runNew(dir, 'roles', 'Owner');
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('There is already an entry "owner" in roles');
    const unknown = runNew(dir, 'teams', 'Owner');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"teams" is not a collection');
  });
});
