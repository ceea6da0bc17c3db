// The names and versions of the open-data documents. A version goes up when a field is removed or changes
// meaning; fields the content model gains appear without one (the published JSON Schema always describes them).
export const openDataFormats = {
  playbook: { name: 'ai-operating-model-playbook', version: 1 },
  questionnaire: { name: 'ai-operating-model-questionnaire', version: 1 },
} as const;
