// Content rules of the questionnaire that compare fields with each other, so `npm run check` and the build
// refuse a questionnaire the tool could not score: a scale out of order, thresholds out of order, a gate
// minimum off the scale, a gate guarding a level that does not exist, the same level id twice.
import type { ContentProblem } from '../problems.ts';
import type { PlaybookEntry } from '../references.ts';

interface RawQuestionnaire {
  scale?: { value?: unknown }[];
  levels?: { id?: unknown; minScore?: unknown }[];
  dimensions?: { questions?: { gate?: { minimum?: unknown; blocks?: unknown } }[] }[];
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** Ids the questionnaire page uses for its own headings. */
const reservedAnchors = ['scale', 'levels'];

/** Problems of one questionnaire entry (its data as parsed; an entry that failed its schema has no data). */
export function questionnaireProblems(entry: PlaybookEntry): ContentProblem[] {
  const data = entry.data as RawQuestionnaire;
  const problems: ContentProblem[] = [];
  const problem = (path: (string | number)[], message: string, fix: string) => problems.push({ file: entry.file, path, message, fix });

  const scale = list(data.scale).map((p) => p.value);
  scale.forEach((value, i) => {
    const previous = scale[i - 1];
    if (i > 0 && typeof value === 'number' && typeof previous === 'number' && value <= previous) {
      problem(['scale', i, 'value'], `${value} is not above the value before it (${previous})`, 'list the answer scale lowest first, each value once');
    }
  });
  const values = scale.filter((v): v is number => typeof v === 'number');
  const lowest = values.length > 0 ? Math.min(...values) : undefined;

  const levels = list(data.levels);
  const levelIds = levels.map((l) => l.id).filter((id): id is string => typeof id === 'string');
  const firstAt = new Map<string, number>();
  levels.forEach((level, i) => {
    const id = level.id;
    if (typeof id === 'string') {
      if (firstAt.has(id)) problem(['levels', i, 'id'], `level id "${id}" is used twice (also at position ${firstAt.get(id)! + 1})`, 'give each level its own id');
      else firstAt.set(id, i);
    }
    const score = level.minScore;
    const previous = levels[i - 1]?.minScore;
    if (i === 0 && typeof score === 'number' && score !== 0) {
      problem(['levels', 0, 'minScore'], `the lowest level starts at ${score}, so a lower score would have no level`, 'set the first level\'s minScore to 0');
    }
    if (i > 0 && typeof score === 'number' && typeof previous === 'number' && score <= previous) {
      problem(['levels', i, 'minScore'], `${score} is not above the threshold of the level before it (${previous}): thresholds are out of order`, 'list the levels lowest first, each with a higher minScore than the one before');
    }
  });

  // Levels, dimensions and questions are anchors of one page: their ids must differ from each other's too.
  const anchors = new Map<string, string>([...reservedAnchors].map((id) => [id, 'a heading of the questionnaire page']));
  const claim = (id: unknown, what: string, path: (string | number)[]) => {
    if (typeof id !== 'string') return;
    const owner = anchors.get(id);
    if (owner && !owner.startsWith(what)) problem(path, `"${id}" is also the id of ${owner}: levels, dimensions and questions share the page's anchors`, 'give it an id of its own');
    else if (!owner) anchors.set(id, `${what} "${id}"`);
  };
  levels.forEach((level, i) => claim(level.id, 'a level', ['levels', i, 'id']));
  list(data.dimensions).forEach((dimension, di) => {
    claim((dimension as { id?: unknown }).id, 'a dimension', ['dimensions', di, 'id']);
    list(dimension.questions).forEach((question, qi) => claim((question as { id?: unknown }).id, 'a question', ['dimensions', di, 'questions', qi, 'id']));
  });

  list(data.dimensions).forEach((dimension, di) => {
    list(dimension.questions).forEach((question, qi) => {
      const gate = question.gate;
      if (!gate) return;
      const at = ['dimensions', di, 'questions', qi, 'gate'];
      if (typeof gate.minimum === 'number' && values.length > 0) {
        if (!values.includes(gate.minimum)) {
          problem([...at, 'minimum'], `${gate.minimum} is not on the answer scale (${values.join(', ')})`, 'use one of the scale\'s values');
        } else if (gate.minimum === lowest) {
          problem([...at, 'minimum'], `${gate.minimum} is the lowest answer, so the gate could never hold anything back`, 'raise the minimum, or remove the gate');
        }
      }
      if (typeof gate.blocks === 'string') {
        if (!levelIds.includes(gate.blocks)) {
          problem([...at, 'blocks'], `"${gate.blocks}" is not a level of this questionnaire`, `use one of: ${levelIds.slice(1).join(', ')}`);
        } else if (gate.blocks === levelIds[0]) {
          problem([...at, 'blocks'], `"${gate.blocks}" is the lowest level, which no gate can hold back`, `name a higher level: ${levelIds.slice(1).join(', ')}`);
        }
      }
    });
  });
  return problems;
}

/** Problems of every questionnaire in the playbook. */
export function assessmentRuleProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  return entries.filter((e) => e.collection === 'assessment').flatMap(questionnaireProblems);
}
