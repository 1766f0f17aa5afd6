/*
 * form-js in Swedish, for every public form page (/anslutning, the completion, the information-session
 * sign-up, the yearly follow-up): form-js 1.8.7 writes its validation messages in English and has no locale
 * option, so the validator's messages are translated to the server's Swedish texts, and the date picker and
 * the searchable select are switched to Swedish as they appear. Load after form-viewer.umd.js.
 */
window.JvgSwedishForm = (function () {
  'use strict';

  /** form-js writes its validation messages in English; these are the server's Swedish texts. */
  var TRANSLATIONS = [
    [/^Field is required\.$/, function () { return 'Fältet måste fyllas i.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Minst ' + m[1] + ' tecken.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Högst ' + m[1] + ' tecken.'; }],
    [/^Field must match pattern/, function () { return 'Uppgiften har fel format.'; }],
    [/^Field must be a valid email\.$/, function () { return 'Ange en giltig e-postadress, t.ex. namn@kommun.se.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Lägsta tillåtna värde är ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Högsta tillåtna värde är ' + m[1] + '.'; }]
  ];

  /** flatpickr (form-js's date picker) in Swedish, Monday first. */
  var SWEDISH_CALENDAR = {
    firstDayOfWeek: 1,
    weekdays: {
      shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
      longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
        'november', 'december']
    },
    rangeSeparator: ' till ',
    weekAbbreviation: 'v',
    scrollTitle: 'Skrolla för att ändra',
    toggleTitle: 'Klicka för att växla',
    yearAriaLabel: 'År',
    monthAriaLabel: 'Månad',
    hourAriaLabel: 'Timme',
    minuteAriaLabel: 'Minut',
    time_24hr: true,
    ordinal: function () { return ''; }
  };

  /**
   * form-js 1.8.7 has no locale option: its date picker (flatpickr, reachable as input._flatpickr) is
   * switched to Swedish once it exists, and the searchable select's hard-coded "Search" placeholder is
   * replaced. Runs whenever form-js adds elements (conditional fields mount later).
   */
  function localize(root) {
    Array.prototype.forEach.call(root.querySelectorAll('input'), function (input) {
      var picker = input._flatpickr;
      if (picker && !picker.swedish) {
        picker.swedish = true;
        // showMonths rebuilds the month navigation, so the month names are Swedish too.
        picker.set({ locale: SWEDISH_CALENDAR, showMonths: 1 });
      }
      if (input.getAttribute('placeholder') === 'Search') {
        input.setAttribute('placeholder', 'Sök');
      }
    });
  }

  function swedish(message) {
    for (var i = 0; i < TRANSLATIONS.length; i++) {
      var m = TRANSLATIONS[i][0].exec(message);
      if (m) {
        return TRANSLATIONS[i][1](m);
      }
    }
    return 'Kontrollera uppgiften.';
  }

  function translateValidator(validator) {
    ['validateField', 'validateFieldInstance'].forEach(function (name) {
      var original = validator[name];
      if (typeof original === 'function') {
        validator[name] = function () {
          return original.apply(validator, arguments).map(swedish);
        };
      }
    });
  }
  /** Swedish validation messages for this form, and Swedish pickers in its container from now on. */
  function apply(form, root) {
    translateValidator(form.get('validator'));
    localize(root);
    if (window.MutationObserver) {
      new MutationObserver(function () { localize(root); }).observe(root, { childList: true, subtree: true });
    }
  }

  return { apply: apply, message: swedish };
}());
