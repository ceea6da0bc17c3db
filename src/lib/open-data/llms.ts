// llms.txt and llms-full.txt: the playbook for AI assistants, following the llms.txt convention (a title, a
// summary, then linked lists of pages by section). Both are views of playbook.json; fields are written out
// generically, so fields the content model gains appear without a change here.
import { collectionNames, isCollectionName, refKey, type CollectionName, type EntryRef } from '../collections.ts';
import { shiftHeadings } from './markdown.ts';
import type { EntryDocument, PlaybookDocument } from '../../schemas/open-data.ts';

export interface LlmsText {
  /** Each collection's section heading, e.g. "Roles". */
  sections: Record<CollectionName, string>;
  /** One or two sentences after the summary: what the file lists and where the rest is. */
  intro: string;
  /** The heading of the llms.txt section that a reader may skip ("Optional" in the convention). */
  optional: string;
  /** The other open-data files, for the optional section. */
  files: readonly { title: string; url: string; description: string }[];
}

export interface LlmsFullText extends LlmsText {
  /** A field's label: "Accountable for"; fields without one are written from their name ("runCost" → "Run cost"). */
  fieldLabel: (field: string) => string | undefined;
  /** An enum value's label: "ml-platform" → "ML platform". */
  valueLabel: (value: string) => string | undefined;
  /** "Also known as". */
  aliases: string;
  /** "Page", before each entry's address. */
  page: string;
}

/** Text inside [link text]: brackets escaped, on one line. */
const linkText = (text: string) => oneLine(text).replace(/([[\]\\])/g, '\\$1');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const titleOf = (entry: EntryDocument) => entry.fields.title;
const summaryOf = (entry: EntryDocument) => entry.fields.summary;

function header({ playbook: about }: PlaybookDocument, text: LlmsText): string[] {
  return [`# ${oneLine(about.title)}`, '', `> ${oneLine(about.description)}`, '', text.intro, ''];
}

/** llms.txt: the playbook's title and summary, then every entry as a link with its summary, by collection. */
export function llmsTxt(playbook: PlaybookDocument, text: LlmsText): string {
  const lines = header(playbook, text);
  for (const collection of collectionNames) {
    const entries = playbook.entries[collection] as EntryDocument[];
    if (entries.length === 0) continue;
    lines.push(`## ${text.sections[collection]}`, '');
    for (const entry of entries) lines.push(`- [${linkText(titleOf(entry))}](${entry.url}): ${oneLine(summaryOf(entry))}`);
    lines.push('');
  }
  if (text.files.length > 0) {
    lines.push(`## ${text.optional}`, '');
    for (const file of text.files) lines.push(`- [${linkText(file.title)}](${file.url}): ${oneLine(file.description)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Fields written elsewhere in an entry's section (its heading, summary and other names) or only for ordering. */
const writtenApart = new Set(['title', 'summary', 'aliases', 'order']);
/** The keys that name an item of a list (a step, a question, an answer), shown first and in bold. */
const headlineKeys = ['title', 'prompt', 'action', 'label'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRef = (value: unknown): value is EntryRef =>
  isRecord(value) && Object.keys(value).length === 2 && isCollectionName(value['collection']) && typeof value['id'] === 'string';
const humanize = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

type Targets = ReadonlyMap<string, { title: string; url: string }>;

/** Markdown for the fields of one entry, as nested lists: references become links, lists of items sub-lists. */
function fieldLines(entry: EntryDocument, targets: Targets, text: LlmsFullText): string[] {
  const refLink = (ref: EntryRef) => {
    const target = targets.get(refKey(ref));
    return target ? `[${linkText(target.title)}](${target.url})` : refKey(ref);
  };
  const label = (field: string) => text.fieldLabel(field) ?? humanize(field);
  const scalar = (value: unknown) => {
    const plain = oneLine(String(value));
    return (typeof value === 'string' && text.valueLabel(value)) || plain;
  };
  const item = (value: unknown, depth: number): string[] => {
    const pad = '  '.repeat(depth);
    if (isRef(value)) return [`${pad}- ${refLink(value)}`];
    if (!isRecord(value)) return [`${pad}- ${scalar(value)}`];
    const headline = headlineKeys.find((key) => typeof value[key] === 'string');
    const anchor = typeof value['id'] === 'string' ? value['id'] : undefined;
    const title = headline ? oneLine(String(value[headline])) : '';
    const first = anchor && title ? `[${linkText(title)}](${entry.url}#${anchor})` : title;
    const rest = Object.entries(value).filter(([key]) => key !== headline && key !== 'id');
    return [`${pad}- ${first ? `**${first}**` : ''}`.trimEnd(), ...rest.flatMap(([key, v]) => field(key, v, depth + 1))];
  };
  const field = (key: string, value: unknown, depth: number): string[] => {
    const pad = '  '.repeat(depth);
    const name = `**${label(key)}**`;
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    if (isRef(value)) return [`${pad}- ${name}: ${refLink(value)}`];
    if (Array.isArray(value)) {
      if (value.every(isRef)) return [`${pad}- ${name}: ${value.map(refLink).join(', ')}`];
      return [`${pad}- ${name}:`, ...value.flatMap((v) => item(v, depth + 1))];
    }
    if (isRecord(value)) return [`${pad}- ${name}:`, ...Object.entries(value).flatMap(([k, v]) => field(k, v, depth + 1))];
    return [`${pad}- ${name}: ${scalar(value)}`];
  };
  return Object.entries(entry.fields as Record<string, unknown>)
    .filter(([key]) => !writtenApart.has(key))
    .flatMap(([key, value]) => field(key, value, 0));
}

/** llms-full.txt: every entry's title, address, summary, fields and text in one Markdown file. */
export function llmsFullTxt(playbook: PlaybookDocument, text: LlmsFullText): string {
  const lines = header(playbook, text);
  const all = collectionNames.flatMap((collection) => playbook.entries[collection] as EntryDocument[]);
  const targets: Targets = new Map(all.map((e) => [refKey(e), { title: titleOf(e), url: e.url }]));
  for (const collection of collectionNames) {
    const entries = playbook.entries[collection] as EntryDocument[];
    if (entries.length === 0) continue;
    lines.push(`## ${text.sections[collection]}`, '');
    for (const entry of entries) {
      lines.push(`### ${oneLine(titleOf(entry))}`, '', `${text.page}: ${entry.url}`, '', `> ${oneLine(summaryOf(entry))}`, '');
      const aliases = (entry.fields as { aliases?: string[] }).aliases ?? [];
      if (aliases.length > 0) lines.push(`${text.aliases}: ${aliases.join(', ')}`, '');
      const fields = fieldLines(entry, targets, text);
      if (fields.length > 0) lines.push(...fields, '');
      const body = shiftHeadings(entry.body.trim(), 2);
      if (body) lines.push(body, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
