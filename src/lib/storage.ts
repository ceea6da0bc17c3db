// Names under which the site keeps things in the reader's browser (localStorage). One list, so two features
// never share a key and a reader's data can be found and cleared.
export const storageKeys = {
  /** The chosen colour theme: "light" or "dark" (absent: follow the system). */
  theme: 'playbook-theme',
  /** Ticked checklist items, by page: `{ "/guides/x/": ["item key", …] }`. */
  checklists: 'playbook-checklists',
} as const;

/** The assessment tool's keys (see src/lib/assessment/codec.ts for what is kept under them). */
export const assessmentStorageKeys = {
  /** Every saved assessment: a versioned JSON store. */
  assessments: 'playbook-assessments',
  /** Prefix of saved stores that could not be read, moved aside (key + ISO time) when the user starts afresh. */
  unreadable: 'playbook-assessments-unreadable-',
} as const;
