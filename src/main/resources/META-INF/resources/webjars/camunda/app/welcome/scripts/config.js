/*
 * Welcome configuration of this application (replaces the commented example in Camunda's webjar).
 * Swedish first: a browser whose first language is English still gets English, every other
 * browser gets Swedish (locales/sv.json, ours). See the README, "Webbapparna på svenska".
 */
export default {
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'sv'
  },
  // Tasklist's script, shared: <html lang> and the date pickers' names in Swedish.
  customScripts: ['../tasklist/scripts/swedish-locale']
};
