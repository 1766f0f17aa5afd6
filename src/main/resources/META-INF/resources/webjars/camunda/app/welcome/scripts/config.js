/*
 * Welcome configuration of this application (replaces the commented example in Camunda's webjar).
 * Swedish for everyone, whatever the browser's language (locales/sv.json, ours): the application
 * is Länsstyrelsen's, in Swedish throughout. See docs/drift.md, "Webbapparna på svenska".
 */
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  // Tasklist's script, shared: <html lang> and the date pickers' names in Swedish.
  customScripts: ['../tasklist/scripts/swedish-locale']
};
