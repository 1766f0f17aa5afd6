/*
 * Cockpit configuration of this application (replaces the commented example in Camunda's webjar).
 * Swedish for everyone, whatever the browser's language (locales/sv.json, ours): the application
 * is Länsstyrelsen's, in Swedish throughout. See docs/drift.md, "Webbapparna på svenska".
 */
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  customScripts: [
    // Tasklist's script, shared: <html lang> and the date pickers' names in Swedish.
    '../tasklist/scripts/swedish-locale',
    // The managers' overview on the dashboard and as a tab of the process definition (reads /intern/api/overview).
    'scripts/overview-plugin',
    // Managers: the case number first in instance lists, no actions their rights refuse.
    'scripts/manager-view'
  ]
};
