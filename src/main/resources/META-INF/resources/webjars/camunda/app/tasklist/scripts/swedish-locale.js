/*
 * What the webapps' locale files cannot reach, for the Swedish locale. Loaded as a custom script by all
 * four apps (config.js, customScripts), before the app starts.
 *
 * - Camunda's index.html says lang="en" whatever language is shown: say lang="sv", so screen readers
 *   read the Swedish labels as Swedish.
 * - The date pickers of the webapps themselves (e.g. Tasklist's follow-up and due dates, AngularJS UI
 *   Bootstrap) take their day and month names and the first day of the week from AngularJS's $locale,
 *   which is English: give it Swedish names and Monday first.
 *
 * The webapps choose the language from the browser's first language (config.js: availableLocales
 * ['sv', 'en'], fallbackLocale 'sv'); so does this script.
 */
const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const swedish = first.split('-')[0].toLowerCase() !== 'en';

document.documentElement.lang = swedish ? 'sv' : 'en';

const SWEDISH_DATES = {
  MONTH: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
    'november', 'december'],
  SHORTMONTH: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  STANDALONEMONTH: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
    'oktober', 'november', 'december'],
  DAY: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  SHORTDAY: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
  // AngularJS counts from Monday = 0.
  FIRSTDAYOFWEEK: 0,
  WEEKENDRANGE: [5, 6]
};

const base = document.querySelector('base[app-name]');
if (swedish && window.angular && base) {
  try {
    window.angular.module('cam.' + base.getAttribute('app-name')).run(['$locale', ($locale) => {
      Object.assign($locale.DATETIME_FORMATS, SWEDISH_DATES);
    }]);
  } catch (e) {
    console.warn('Swedish date names not applied', e);
  }
}
