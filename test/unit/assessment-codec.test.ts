// The formats the assessment reads from outside the page: browser storage, export files and share links.
// Whatever arrives, the decoders answer with a value or a problem; they never throw and never change saved work.
import { describe, expect, it } from 'vitest';
import {
  decodeImport,
  decodeStore,
  emptyStore,
  encodeExport,
  encodeStore,
  fileFormat,
  formatVersion,
  maxImportBytes,
  mergeStores,
  migrateDocument,
  storeFormat,
  type Decoded,
  type Store,
} from '../../src/lib/assessment/codec.ts';
import { decodeShareLink, encodeShareLink, isShareFragment, type SharedAssessment } from '../../src/lib/assessment/share-link.ts';
import { mergeInitiatives, newInitiative, setAnswer } from '../../src/lib/assessment/state.ts';
import { forSeeds, hostileString, humanText, initiative, iso, problemOfEachCode, questionnaire, type Random } from './assessment-generators.ts';

const q = { title: 'Readiness', version: 2 };
const now = '2026-11-20T10:00:00.000Z';

/** Every problem a decoder can answer with is a known one (decoder-messages.test.ts: each has words in every language). */
const problemCodes: string[] = Object.keys(problemOfEachCode);
function expectAnswer<T>(decoded: Decoded<T>) {
  expect(typeof decoded.ok).toBe('boolean');
  if (!decoded.ok) expect(problemCodes).toContain(decoded.problem.code);
}

function randomStore(r: Random): Store {
  const qn = questionnaire(r);
  const initiatives = Array.from({ length: r.int(0, 4) }, () => initiative(r, qn));
  return { initiatives: initiatives.filter((i, n) => initiatives.findIndex((j) => j.id === i.id) === n), deleted: r.bool(0.3) ? [{ id: 'gone', at: iso(r) }] : [], unreadable: r.bool(0.2) ? [{ broken: true }] : [] };
}

/** Hostile variations of a valid encoding: cut, garbled, fields swapped for wrong types, nested deeply. */
function tamper(r: Random, valid: string): string {
  switch (r.int(0, 6)) {
    case 0:
      return valid.slice(0, r.int(0, valid.length));
    case 1: {
      const at = r.int(0, Math.max(0, valid.length - 1));
      return `${valid.slice(0, at)}${hostileString(r)}${valid.slice(at + 1)}`;
    }
    case 2:
      return valid.replace(/"(at|value|id|name|version|answers|note|takenAt|format)":/g, (m) => (r.bool(0.3) ? `"${r.pick(['__proto__', 'constructor', 'x'])}":` : m));
    case 3:
      return valid.replace(/:\s*("[^"]*"|\d+|true|false|null|\[\]|\{\})/g, (m) => (r.bool(0.2) ? `: ${r.pick(['null', '[]', '{}', '"x"', '-5', '1e400', 'true', '"2026-13-45T99:99:99Z"'])}` : m));
    case 4:
      return `${'['.repeat(r.int(1, 5000))}${']'.repeat(r.int(0, 5000))}`;
    case 5:
      return hostileString(r);
    default:
      return JSON.stringify(JSON.parse(valid), (key, value) => (key === 'version' && r.bool(0.5) ? r.pick([0, 2, 99, -1, 1.5, '1']) : value));
  }
}

describe('the browser store', () => {
  it('reads back what it wrote: decode(encode(x)) equals x', () => {
    forSeeds(200, (r) => {
      const store = randomStore(r);
      const decoded = decodeStore(encodeStore(store));
      expect(decoded).toEqual({ ok: true, value: store });
    });
  });

  it('is empty before anything is saved', () => {
    expect(decodeStore(null)).toEqual({ ok: true, value: emptyStore() });
  });

  it('refuses storage that is not its own, with the reason, rather than guessing', () => {
    expect(decodeStore('{"theme":"dark"}')).toEqual({ ok: false, problem: { code: 'wrong-format' } });
    expect(decodeStore('{not json')).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(decodeStore(JSON.stringify({ format: storeFormat, version: formatVersion + 1, initiatives: [] }))).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: formatVersion + 1, supported: formatVersion },
    });
  });

  it('keeps an initiative it cannot read aside, as it was, and opens the rest', () => {
    const good = newInitiative('Good', '', { version: 1 } as never, now, 'good');
    const broken = { id: 'broken', name: 42 };
    const decoded = decodeStore(JSON.stringify({ format: storeFormat, version: 1, initiatives: [good, broken], deleted: [] }));
    expect(decoded).toEqual({ ok: true, value: { initiatives: [good], deleted: [], unreadable: [broken] } });
    // Written back, the unreadable item is still there.
    expect(decodeStore(encodeStore(decoded.ok ? decoded.value : emptyStore()))).toEqual(decoded);
  });

  it('never throws on random or tampered input, and always answers with a value or a known problem', () => {
    forSeeds(400, (r) => {
      const valid = encodeStore(randomStore(r));
      for (const input of [hostileString(r), tamper(r, valid)]) expectAnswer(decodeStore(input));
    });
  });

  it('merges another tab\'s copy: both tabs\' answers survive, deletions stick unless undone later', () => {
    const base = newInitiative('A', '', { version: 1 } as never, now, 'one');
    const other = newInitiative('B', '', { version: 1 } as never, now, 'two');
    const ours: Store = { initiatives: [setAnswer(base, 'x', 1, '2026-11-20T10:01:00.000Z'), other], deleted: [], unreadable: [] };
    const theirs: Store = { initiatives: [setAnswer(base, 'y', 2, '2026-11-20T10:02:00.000Z')], deleted: [{ id: 'two', at: '2026-11-20T10:03:00.000Z' }], unreadable: [] };
    const merged = mergeStores(ours, theirs, mergeInitiatives);
    expect(merged.initiatives.map((i) => i.id)).toEqual(['one']);
    expect(Object.keys(merged.initiatives[0]!.answers).sort()).toEqual(['x', 'y']);
    // Undo: the initiative comes back with a later change, and wins over the deletion.
    const undone = { ...other, updatedAt: '2026-11-20T10:04:00.000Z' };
    expect(mergeStores({ ...merged, initiatives: [...merged.initiatives, undone] }, theirs, mergeInitiatives).initiatives.map((i) => i.id)).toEqual(['one', 'two']);
  });
});

describe('export files', () => {
  it('round-trips every initiative with its notes, snapshots and foundations', () => {
    forSeeds(200, (r) => {
      const qn = questionnaire(r);
      const list = Array.from({ length: r.int(1, 3) }, () => initiative(r, qn));
      const text = encodeExport(list, q, now);
      expect(JSON.parse(text)).toMatchObject({ format: fileFormat, version: formatVersion, exportedAt: now, questionnaire: q });
      expect(decodeImport(text)).toEqual({ ok: true, value: { initiatives: list, skipped: 0 } });
    });
  });

  it('refuses the wrong file with the reason: not JSON, another format, a newer version, too large, nothing inside', () => {
    expect(decodeImport('')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(decodeImport('%PDF-1.7')).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(decodeImport('{"format":"ai-playbook-assessments","version":1,"initiatives":[]}')).toEqual({ ok: false, problem: { code: 'wrong-format' } });
    expect(decodeImport(JSON.stringify({ format: fileFormat, version: 7, initiatives: [] }))).toEqual({ ok: false, problem: { code: 'newer-version', version: 7, supported: 1 } });
    expect(decodeImport(JSON.stringify({ format: fileFormat, version: 1, initiatives: [] }))).toEqual({ ok: false, problem: { code: 'no-initiatives' } });
    expect(decodeImport(JSON.stringify({ format: fileFormat, version: 1, initiatives: [{ id: 'x' }] }))).toEqual({ ok: false, problem: { code: 'unreadable' } });
    const big = ' '.repeat(maxImportBytes) + '{}';
    expect(decodeImport(big)).toMatchObject({ ok: false, problem: { code: 'too-large', limit: maxImportBytes } });
  });

  it('reads what it can of a partly damaged file and counts what it skipped', () => {
    const good = newInitiative('Good', '', { version: 1 } as never, now, 'good');
    const decoded = decodeImport(JSON.stringify({ format: fileFormat, version: 1, initiatives: [good, { id: '../etc' }, 'x'] }));
    expect(decoded).toEqual({ ok: true, value: { initiatives: [good], skipped: 2 } });
  });

  it('never throws on random or tampered files', () => {
    forSeeds(400, (r) => {
      const qn = questionnaire(r);
      const valid = encodeExport([initiative(r, qn)], q, now);
      for (const input of [hostileString(r), tamper(r, valid)]) expectAnswer(decodeImport(input));
    });
  });

  it('migrates an older format version step by step, and refuses one it has no path for', () => {
    const migrations = { 1: (doc: Record<string, unknown>) => ({ ...doc, version: 2, renamed: doc['old'] }), 2: (doc: Record<string, unknown>) => ({ ...doc, version: 3 }) };
    expect(migrateDocument({ version: 1, old: 'x' }, migrations, 3)).toEqual({ ok: true, value: { version: 3, old: 'x', renamed: 'x' } });
    expect(migrateDocument({ version: 1 }, {}, 3)).toEqual({ ok: false, problem: { code: 'wrong-format' } });
    expect(migrateDocument({ version: 4 }, migrations, 3)).toMatchObject({ ok: false, problem: { code: 'newer-version' } });
    expect(migrateDocument({ version: 1 }, { 1: () => { throw new Error('bug'); } }, 2)).toEqual({ ok: false, problem: { code: 'unreadable' } });
  });
});

describe('share links', () => {
  const shared = (r: Random): SharedAssessment => {
    const qn = questionnaire(r);
    const i = initiative(r, qn);
    const answers = Object.fromEntries(
      Object.entries(i.answers).map(([id, a]) => [id, { ...(a.value !== undefined ? { value: a.value } : {}), ...(a.note ? { note: a.note } : {}) }]),
    );
    return {
      name: i.name,
      answeredBy: i.answeredBy,
      version: i.version,
      ...(r.bool(0.5) ? { updatedAt: i.updatedAt } : {}),
      answers,
      ...(r.bool(0.5) ? { foundations: { useCase: 'claims-triage', inPlace: ['data-platform'] } } : {}),
    };
  };

  it('read back what they carry: decode(encode(x)) equals x', () => {
    forSeeds(300, (r) => {
      const value = shared(r);
      const fragment = encodeShareLink(value);
      expect(isShareFragment(`#${fragment}`)).toBe(true);
      expect(fragment).toMatch(/^share=1\.[A-Za-z0-9_-]*$/);
      expect(decodeShareLink(`#${fragment}`)).toEqual({ ok: true, value });
    });
  });

  it('carry names and notes in any script, and markup as plain text', () => {
    const value: SharedAssessment = { name: '<img src=x onerror=alert(1)> 数据 🚀', answeredBy: 'Ünal', version: 1, answers: { owner: { value: 2, note: '"quoted"\nline two' } } };
    expect(decodeShareLink(encodeShareLink(value))).toEqual({ ok: true, value });
  });

  it('refuse a garbled, cut or tampered link, and one from a newer version, without throwing', () => {
    const fragment = encodeShareLink({ name: 'A', answeredBy: '', version: 1, answers: { owner: { value: 2 } } });
    expect(decodeShareLink(fragment.slice(0, 20))).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
    expect(decodeShareLink('share=1.%%%')).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
    expect(decodeShareLink(fragment.replace('share=1.', 'share=9.'))).toMatchObject({ ok: false, problem: { code: 'newer-version', version: 9 } });
    expect(decodeShareLink('#named-business-owner')).toMatchObject({ ok: false, problem: { code: 'wrong-format' } });
    const link = (json: string) => `share=1.${btoa(json).replace(/=+$/, '')}`;
    expect(decodeShareLink(link('{"n":"x","v":1,"a":{"__proto__":3}}'))).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
    expect(decodeShareLink(link('{"n":"x","v":1,"a":{"owner":1e9}}'))).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throw on random strings or tampered links', () => {
    forSeeds(500, (r) => {
      const valid = encodeShareLink(shared(r));
      const cut = valid.slice(0, r.int(0, valid.length));
      const flipped = valid.split('').map((c) => (r.bool(0.02) ? r.pick(['A', '-', '_', '.', '=', '%']) : c)).join('');
      for (const input of [hostileString(r), `share=${hostileString(r)}`, `share=1.${hostileString(r)}`, cut, flipped, humanText(r)]) {
        expectAnswer(decodeShareLink(input));
      }
    });
  });
});
