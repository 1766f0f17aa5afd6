/*
 * Tasklist configuration of this application (replaces the commented example in Camunda's webjar).
 * Swedish for everyone, whatever the browser's language (locales/sv.json, ours): the application
 * is Länsstyrelsen's, in Swedish throughout. swedish-forms.js puts Camunda Forms (form-js)
 * into Swedish; see docs/drift.md, "Webbapparna på svenska".
 */
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  customScripts: ['scripts/swedish-locale', 'scripts/swedish-forms', 'scripts/caseworker-tools'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valda uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar fokus till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar fokus till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar fokus till det första fältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen för att starta en process'
    }
  }
};
