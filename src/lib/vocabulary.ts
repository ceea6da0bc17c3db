// The closed lists of values the playbook's fields take. The schemas validate against them and the interface
// labels are typed by them, so a new value without a label fails `astro check`. Zod-free.

/** Where a role sits in the organization; the roles index groups by it. */
export const roleGroups = ['leadership', 'business', 'delivery', 'data', 'platform', 'governance'] as const;
export type RoleGroup = (typeof roleGroups)[number];

/** Kinds of reusable platform component; the component index groups by it. */
export const componentCategories = ['data', 'security', 'ml-platform', 'generative-ai', 'observability', 'governance'] as const;
export type ComponentCategory = (typeof componentCategories)[number];

/** Where the organization stands with a component today, from least to most ready. */
export const componentStatuses = ['planned', 'building', 'available'] as const;
export type ComponentStatus = (typeof componentStatuses)[number];

/** The kind of value a use case creates. */
export const valueDrivers = ['cost', 'revenue', 'customer-experience', 'risk'] as const;
export type ValueDriver = (typeof valueDrivers)[number];

/** Where a use case is in the lifecycle, in order. */
export const useCaseStages = ['idea', 'discovery', 'pilot', 'production', 'scaled', 'retired'] as const;
export type UseCaseStage = (typeof useCaseStages)[number];

/** What a metric measures; a technical metric serves a business outcome. */
export const metricKinds = ['business-outcome', 'adoption', 'operational', 'technical'] as const;
export type MetricKind = (typeof metricKinds)[number];

/** Which way is better for a metric. */
export const metricDirections = ['increase', 'decrease', 'hold'] as const;
export type MetricDirection = (typeof metricDirections)[number];

/** Every enum value an entry page may show. */
export type VocabularyValue = RoleGroup | ComponentCategory | ComponentStatus | ValueDriver | UseCaseStage | MetricKind | MetricDirection;
