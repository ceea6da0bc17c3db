// Modules the playbook integration provides to the build (src/integrations/playbook.ts).
declare module 'virtual:playbook/settings' {
  /** The validated site settings, with paths resolved from the project root. */
  const settings: import('./schemas/playbook-config.ts').ProjectSettings;
  export default settings;
}
