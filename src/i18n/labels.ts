import type { CollectionName } from '../lib/collections.ts';
import type { VocabularyValue } from '../lib/vocabulary.ts';

/** How each collection is named (one name everywhere: navigation, titles, breadcrumbs) and introduced. */
export const collectionLabels: Record<CollectionName, { plural: string; singular: string; intro: string }> = {
  guides: {
    plural: 'Guides',
    singular: 'Guide',
    intro: 'The chapters of the playbook: why AI strategies stall and how the operating model carries them to results.',
  },
  roles: {
    plural: 'Roles',
    singular: 'Role',
    intro: 'Who answers for what in AI development and operations, and who decides what.',
  },
  processes: {
    plural: 'Processes',
    singular: 'Process',
    intro: 'How use cases are proposed, prioritized, approved, reviewed and retired; each step with its RACI.',
  },
  components: {
    plural: 'Components',
    singular: 'Component',
    intro: 'Reusable building blocks, built once and shared, so each new use case costs less than the last.',
  },
  'use-cases': {
    plural: 'Use cases',
    singular: 'Use case',
    intro: 'The sample portfolio: business problems, their owners, the components they need and the outcomes they must move.',
  },
  metrics: {
    plural: 'Metrics',
    singular: 'Metric',
    intro: 'Business outcomes first: cost, revenue and customer experience, with the adoption, operational and technical metrics that serve them.',
  },
  'stall-patterns': {
    plural: 'Stall patterns',
    singular: 'Stall pattern',
    intro: 'The five reasons AI strategies stall, the signs that show them early, and what prevents them.',
  },
  assessment: {
    plural: 'Readiness check',
    singular: 'Questionnaire',
    intro: 'Assess an initiative before money is spent.',
  },
};

/** Labels of enum values and fields shown on entry pages. */
export const fieldLabels = {
  group: 'Group',
  accountabilities: 'Accountable for',
  decisionRights: 'Also decides, day to day',
  reportsTo: 'Reports to',
  staffing: 'Staffing',
  owner: 'Owner',
  trigger: 'Trigger',
  cadence: 'Cadence',
  steps: 'Steps',
  addresses: 'Prevents',
  metrics: 'Metrics',
  category: 'Category',
  dependsOn: 'Depends on',
  setupCost: 'Setup cost',
  runCost: 'Run cost per year',
  buildOrder: 'What it needs, in build order',
  decision: 'Decision',
  onboardingCost: 'Onboarding cost per use case',
  status: 'Status',
  businessUnit: 'Business unit',
  businessOwner: 'Business owner',
  requires: 'Requires',
  outcomeMetrics: 'Outcome metrics',
  valueDriver: 'Value driver',
  stage: 'Stage',
  kind: 'Kind',
  unit: 'Unit',
  direction: 'Direction',
  definition: 'Definition',
  baseline: 'Setting the baseline',
  target: 'Setting the target',
  supports: 'Serves',
  warningSigns: 'Warning signs',
  countermeasures: 'Countermeasures',
  responsible: 'Responsible',
  accountable: 'Accountable',
  consulted: 'Consulted',
  informed: 'Informed',
  inputs: 'Inputs',
  outputs: 'Outputs',
  exitCriteria: 'Exit criteria',
  aliases: 'Also known as',
} as const;

/** Labels of every enum value; a value without a label fails `astro check`. */
export const valueLabels: Record<VocabularyValue, string> = {
  leadership: 'Leadership',
  business: 'Business',
  delivery: 'Delivery',
  data: 'Data',
  platform: 'Platform',
  governance: 'Governance',
  security: 'Security',
  'ml-platform': 'ML platform',
  'generative-ai': 'Generative AI',
  observability: 'Observability',
  planned: 'Planned',
  building: 'Being built',
  available: 'Available',
  cost: 'Cost',
  revenue: 'Revenue',
  'customer-experience': 'Customer experience',
  risk: 'Risk',
  idea: 'Idea',
  discovery: 'Discovery',
  pilot: 'Pilot',
  production: 'Production',
  scaled: 'Scaled',
  retired: 'Retired',
  'business-outcome': 'Business outcome',
  adoption: 'Adoption',
  operational: 'Operational',
  technical: 'Technical',
  increase: 'Higher is better',
  decrease: 'Lower is better',
  hold: 'Hold within a range',
};

/** The order of backlink groups on an entry page: the RACI letters first, in R, A, C, I order. */
export const backlinkOrder = [
  'processes.steps.responsible',
  'processes.steps.accountable',
  'processes.steps.consulted',
  'processes.steps.informed',
  'processes.owner',
  'components.owner',
  'metrics.owner',
  'use-cases.businessOwner',
  'roles.reportsTo',
];

/**
 * What a backlink means, by the field it comes from (`collection.field.path`), said from the target's side.
 * Used on entry pages under "Referenced by".
 */
export const backlinkLabels: Record<string, string> = {
  'roles.reportsTo': 'Roles that report to it',
  'processes.owner': 'Processes it owns',
  'processes.steps.accountable': 'Accountable in',
  'processes.steps.responsible': 'Responsible in',
  'processes.steps.consulted': 'Consulted in',
  'processes.steps.informed': 'Informed in',
  'processes.addresses': 'Processes that prevent it',
  'processes.metrics': 'Processes that use it',
  'components.owner': 'Components it owns',
  'components.dependsOn': 'Components built on it',
  'use-cases.businessOwner': 'Use cases it owns',
  'use-cases.requires': 'Use cases that need it',
  'use-cases.outcomeMetrics': 'Use cases measured by it',
  'metrics.owner': 'Metrics it owns',
  'metrics.supports': 'Metrics that serve it',
  'stall-patterns.countermeasures.uses': 'Countermeasure against',
  'assessment.dimensions.addresses': 'Assessed in',
  'assessment.dimensions.questions.learnMore': 'Assessment questions',
  'assessment.dimensions.questions.addresses': 'Assessment questions that look for it',
  'assessment.levels.learnMore': 'Readiness levels',
};
