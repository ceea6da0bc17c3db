// What the page hands the assessment island as JSON: the questionnaire, and the parts of the playbook its
// results link to (titles and paths only), the component catalogue and the sample use cases for foundations.
import type { Questionnaire } from '../../lib/assessment/model.ts';
import type { FoundationComponent } from '../../lib/assessment/foundations.ts';

export interface LinkedEntry {
  title: string;
  /** Root-relative path, without the base path. */
  path: string;
}

export interface AssessmentData {
  questionnaire: Questionnaire;
  /** Entries the results link to, by "collection/id". */
  entries: Record<string, LinkedEntry>;
  /** Singular and plural names of the collections, for grouping links. */
  collections: Record<string, { singular: string; plural: string }>;
  stallPatterns: { id: string; summary: string; countermeasures: { action: string; uses: string[] }[] }[];
  components: (FoundationComponent & { title: string; category: string })[];
  useCases: { id: string; title: string; requires: string[] }[];
  /** Labels of component statuses and categories. */
  labels: Record<string, string>;
}
