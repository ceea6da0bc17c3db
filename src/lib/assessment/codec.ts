// The two saved formats of the assessment tool, both versioned JSON: what the browser keeps (the store), and
// the export file people download, mail and import. Decoding never throws: it answers with the value, or with
// a problem the interface turns into a message. Older versions are migrated step by step; newer ones refused.
import { isRecord, isVersion, readInitiative } from './validate.ts';
import { limits, type Initiative } from './state.ts';

/** The `format` field of what the browser keeps. */
export const storeFormat = 'ai-playbook-assessments';
/** The `format` field of an export file. */
export const fileFormat = 'ai-playbook-assessment-export';
/** The current version of both formats. */
export const formatVersion = 1;
/** The largest file the tool imports, in bytes. */
export const maxImportBytes = 1_000_000;

/** Why something could not be read: the interface says it in words. */
export type CodecProblem =
  | { code: 'empty' }
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'no-initiatives' }
  | { code: 'unreadable' };

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: CodecProblem };

/** A deleted initiative, remembered so that merging with an older copy does not bring it back. */
export interface Deletion {
  id: string;
  at: string;
}

/** Everything the browser keeps. */
export interface Store {
  initiatives: Initiative[];
  deleted: Deletion[];
  /** Saved items that could not be read, kept as they were so nothing is lost. */
  unreadable: unknown[];
}

export const emptyStore = (): Store => ({ initiatives: [], deleted: [], unreadable: [] });

/** One step from a format version to the next: takes and returns the whole parsed file. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first; when the format changes, add
 * `1: (doc) => ({ ...doc, version: 2, … })` here, raise `formatVersion`, and describe it in the README.
 */
export const formatMigrations: Readonly<Record<number, Migration>> = {};

/**
 * A parsed file brought up to `target`, one step at a time. Refuses a newer version (a newer tool wrote it)
 * and an older one with no path.
 */
export function migrateDocument(
  doc: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = formatMigrations,
  target = formatVersion,
): Decoded<Record<string, unknown>> {
  let current = doc;
  for (let steps = 0; steps <= target; steps++) {
    const version = current['version'];
    if (!isVersion(version)) return { ok: false, problem: { code: 'wrong-format' } };
    if (version === target) return { ok: true, value: current };
    if (version > target) return { ok: false, problem: { code: 'newer-version', version, supported: target } };
    const step = migrations[version];
    if (!step) return { ok: false, problem: { code: 'wrong-format' } };
    try {
      current = step(current);
    } catch {
      return { ok: false, problem: { code: 'unreadable' } };
    }
  }
  return { ok: false, problem: { code: 'wrong-format' } };
}

function parseJson(text: string): Decoded<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
}

/** Parses, checks the format name, and migrates. */
function openDocument(text: string, format: string, maxLength: number): Decoded<Record<string, unknown>> {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  if (text.length > maxLength) return { ok: false, problem: { code: 'too-large', size: text.length, limit: maxLength } };
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value) || parsed.value['format'] !== format) return { ok: false, problem: { code: 'wrong-format' } };
  return migrateDocument(parsed.value);
}

/** The store as the browser keeps it. */
export function encodeStore(store: Store): string {
  return JSON.stringify({ format: storeFormat, version: formatVersion, ...store });
}

/** Largest store the tool reads back (browsers keep about 5 MB per site). */
const maxStoreLength = 20_000_000;

/**
 * What the browser keeps, read back. Nothing saved yet is an empty store. An initiative that cannot be read is
 * kept aside in `unreadable`, so the rest still opens and nothing is lost.
 */
export function decodeStore(text: string | null): Decoded<Store> {
  if (text === null) return { ok: true, value: emptyStore() };
  const opened = openDocument(text, storeFormat, maxStoreLength);
  if (!opened.ok) return opened;
  const doc = opened.value;
  const store = emptyStore();
  const initiatives = doc['initiatives'];
  if (!Array.isArray(initiatives)) return { ok: false, problem: { code: 'wrong-format' } };
  for (const raw of initiatives) {
    const initiative = readInitiative(raw);
    if (initiative && !store.initiatives.some((i) => i.id === initiative.id)) store.initiatives.push(initiative);
    else store.unreadable.push(raw);
  }
  if (Array.isArray(doc['deleted'])) {
    for (const raw of doc['deleted']) {
      if (isRecord(raw) && typeof raw['id'] === 'string' && typeof raw['at'] === 'string' && raw['id'].length <= 64) {
        store.deleted.push({ id: raw['id'], at: raw['at'] });
      }
    }
  }
  if (Array.isArray(doc['unreadable'])) store.unreadable.push(...doc['unreadable']);
  return { ok: true, value: store };
}

/** An export file: the initiatives with the questionnaire they answered, pretty-printed for people to read. */
export function encodeExport(initiatives: readonly Initiative[], questionnaire: { title: string; version: number }, now: string): string {
  return `${JSON.stringify(
    {
      format: fileFormat,
      version: formatVersion,
      exportedAt: now,
      questionnaire: { title: questionnaire.title, version: questionnaire.version },
      initiatives,
    },
    null,
    2,
  )}\n`;
}

export interface ImportResult {
  initiatives: Initiative[];
  /** Items of the file that were not initiatives this tool can read. */
  skipped: number;
}

/** An export file, read for import: refuses what is not one, reads every initiative it can. */
export function decodeImport(text: string): Decoded<ImportResult> {
  const opened = openDocument(text, fileFormat, maxImportBytes);
  if (!opened.ok) return opened;
  const raw = opened.value['initiatives'];
  if (!Array.isArray(raw)) return { ok: false, problem: { code: 'wrong-format' } };
  const initiatives: Initiative[] = [];
  let skipped = 0;
  for (const item of raw.slice(0, limits.initiatives)) {
    const initiative = readInitiative(item);
    if (initiative) initiatives.push(initiative);
    else skipped++;
  }
  skipped += Math.max(0, raw.length - limits.initiatives);
  if (initiatives.length === 0) return { ok: false, problem: skipped > 0 ? { code: 'unreadable' } : { code: 'no-initiatives' } };
  return { ok: true, value: { initiatives, skipped } };
}

/**
 * The store after another copy of it (another tab's): initiatives merged one by one with `merge`, deletions
 * from both applied unless the initiative changed after it was deleted (an undo).
 */
export function mergeStores(ours: Store, theirs: Store, merge: (a: Initiative, b: Initiative) => Initiative): Store {
  const deleted = new Map<string, string>();
  for (const d of [...ours.deleted, ...theirs.deleted]) {
    const known = deleted.get(d.id);
    if (!known || Date.parse(d.at) > Date.parse(known)) deleted.set(d.id, d.at);
  }
  const byId = new Map<string, Initiative>();
  for (const initiative of [...ours.initiatives, ...theirs.initiatives]) {
    const known = byId.get(initiative.id);
    byId.set(initiative.id, known ? merge(known, initiative) : initiative);
  }
  const initiatives = [...byId.values()].filter((i) => {
    const at = deleted.get(i.id);
    return at === undefined || Date.parse(i.updatedAt) > Date.parse(at);
  });
  const kept = new Set(initiatives.map((i) => i.id));
  return {
    initiatives,
    deleted: [...deleted].filter(([id]) => !kept.has(id)).map(([id, at]) => ({ id, at })).slice(-500),
    unreadable: dedupe([...ours.unreadable, ...theirs.unreadable]),
  };
}

const dedupe = (items: unknown[]) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
