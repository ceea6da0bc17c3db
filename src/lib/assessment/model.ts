// The readiness questionnaire as the assessment tool uses it: plain data the page embeds as JSON, read by the
// scoring, the codecs and the island alike. Built once from the parsed content by `questionnaireModel`.
import { refKey, type EntryRef } from '../collections.ts';

/** One point on the answer scale. */
export interface ScalePoint {
  value: number;
  label: string;
  description?: string | undefined;
}

/** A hard gate on a question. */
export interface Gate {
  /** The lowest acceptable answer (a scale value). */
  minimum: number;
  /** Why it exists, shown when it is not met. */
  reason: string;
  /** Id of the level the gate guards: while it is not met, the result stays below that level. */
  blocks: string;
}

export interface Question {
  id: string;
  prompt: string;
  /** A short name: the content's `title`, or else the prompt. */
  title: string;
  help?: string | undefined;
  weight: number;
  /** Entries that help, as "collection/id". */
  learnMore: string[];
  /** Stall-pattern ids a low answer points to: the question's own, or else its dimension's. */
  addresses: string[];
  /** Whether "Don't know" is offered. */
  dontKnow: boolean;
  gate?: Gate | undefined;
}

export interface Dimension {
  id: string;
  title: string;
  summary: string;
  weight: number;
  addresses: string[];
  questions: Question[];
}

export interface Level {
  id: string;
  title: string;
  /** The lowest overall score (0–100) of the level. */
  minScore: number;
  meaning: string;
  learnMore: string[];
}

export interface Questionnaire {
  title: string;
  summary: string;
  version: number;
  /** Lowest first. */
  scale: ScalePoint[];
  /** Share of questions (0–1) that need a real answer for a confident result. */
  minimumEvidence: number;
  /** Lowest first. */
  levels: Level[];
  checkpoints: string[];
  dimensions: Dimension[];
}

/** The questionnaire as the content schema parses it (references as `{ collection, id }`). */
export interface QuestionnaireSource {
  title: string;
  summary: string;
  version: number;
  scale: readonly { value: number; label: string; description?: string | undefined }[];
  minimumEvidence: number;
  levels: readonly { id: string; title: string; minScore: number; meaning: string; learnMore: readonly EntryRef[] }[];
  checkpoints: readonly string[];
  dimensions: readonly {
    id: string;
    title: string;
    summary: string;
    weight: number;
    addresses: readonly EntryRef[];
    questions: readonly {
      id: string;
      prompt: string;
      title?: string | undefined;
      help?: string | undefined;
      weight: number;
      learnMore: readonly EntryRef[];
      addresses: readonly EntryRef[];
      dontKnow: boolean;
      gate?: { minimum: number; reason: string; blocks?: string | undefined } | undefined;
    }[];
  }[];
}

/** The tool's model of a parsed questionnaire: references as "collection/id", inherited fields filled in. */
export function questionnaireModel(source: QuestionnaireSource): Questionnaire {
  const defaultBlocks = source.levels[1]?.id ?? source.levels[0]?.id ?? '';
  return {
    title: source.title,
    summary: source.summary,
    version: source.version,
    scale: source.scale.map((p) => ({ value: p.value, label: p.label, ...(p.description ? { description: p.description } : {}) })),
    minimumEvidence: source.minimumEvidence,
    levels: source.levels.map((l) => ({ id: l.id, title: l.title, minScore: l.minScore, meaning: l.meaning, learnMore: l.learnMore.map(refKey) })),
    checkpoints: [...source.checkpoints],
    dimensions: source.dimensions.map((d) => {
      const dimensionAddresses = d.addresses.map((a) => a.id);
      return {
        id: d.id,
        title: d.title,
        summary: d.summary,
        weight: d.weight,
        addresses: dimensionAddresses,
        questions: d.questions.map((q) => ({
          id: q.id,
          prompt: q.prompt,
          title: q.title ?? q.prompt,
          ...(q.help ? { help: q.help } : {}),
          weight: q.weight,
          learnMore: q.learnMore.map(refKey),
          addresses: q.addresses.length > 0 ? q.addresses.map((a) => a.id) : dimensionAddresses,
          dontKnow: q.dontKnow,
          ...(q.gate ? { gate: { minimum: q.gate.minimum, reason: q.gate.reason, blocks: q.gate.blocks ?? defaultBlocks } } : {}),
        })),
      };
    }),
  };
}

/** Every question with its dimension, in the order they are asked. */
export function questionsOf(questionnaire: Questionnaire): { question: Question; dimension: Dimension }[] {
  return questionnaire.dimensions.flatMap((dimension) => dimension.questions.map((question) => ({ question, dimension })));
}

/** The lowest and highest scale values. */
export function scaleRange(questionnaire: Questionnaire): { min: number; max: number } {
  const values = questionnaire.scale.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The scale point of a value, if the scale has it. */
export const scalePoint = (questionnaire: Questionnaire, value: number) => questionnaire.scale.find((p) => p.value === value);

/**
 * How much each question counts in the overall score: its dimension's share of all dimension weight times its
 * share of its dimension's question weight. The shares add up to 1.
 */
export function questionShares(questionnaire: Questionnaire): Map<string, number> {
  const shares = new Map<string, number>();
  const totalDimensionWeight = questionnaire.dimensions.reduce((sum, d) => sum + d.weight, 0);
  for (const dimension of questionnaire.dimensions) {
    const totalQuestionWeight = dimension.questions.reduce((sum, q) => sum + q.weight, 0);
    for (const question of dimension.questions) {
      shares.set(question.id, (dimension.weight / totalDimensionWeight) * (question.weight / totalQuestionWeight));
    }
  }
  return shares;
}
