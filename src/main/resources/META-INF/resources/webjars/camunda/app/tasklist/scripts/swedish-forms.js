/*
 * Swedish texts for the Camunda Forms that Tasklist renders (form-js 1.8.7, bundled in Camunda's deps.js).
 * Loaded by Tasklist as a custom script (config.js, customScripts).
 *
 * Why a DOM observer: Tasklist creates the form-js Form inside its own directive
 * (new Form({ container })) without additional modules, keeps the instance in a closure and fires no
 * event that hands it out; form-js 1.8.7 has no translation module, and its validator returns fixed
 * English sentences. So the only supported hook is the page itself: a MutationObserver watches
 * form-js containers (.fjs-container) and replaces the known English strings in place (text nodes are
 * changed, not replaced, so Preact keeps its references). The date picker (flatpickr, reachable as
 * input._flatpickr) gets a Swedish locale with Monday first.
 *
 * A pattern error names no regular expression: a known pattern gets its own sentence (PATTERNS);
 * otherwise the field's description (the form's hint, e.g. "10 siffror, t.ex. 212000-1355") follows
 * "Uppgiften har fel format.".
 */

const VALIDATION = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Minst ${m[1]} tecken.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Högst ${m[1]} tecken.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Lägsta tillåtna värde är ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Högsta tillåtna värde är ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress, t.ex. namn@kommun.se.'],
  [/^Field must be a valid\s+international phone number\./, () => 'Ange ett giltigt telefonnummer med landsnummer, t.ex. +46102244000.'],
  [/^Value is not a number\.$/, () => 'Ange ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Ange ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Ange högst ${m[1]} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Ange ett giltigt värde. De närmaste giltiga värdena är ${m[1]} och ${m[2]}.`]
];

/** Swedish sentences for the patterns our forms use (forms/*.form), by the pattern as written there. */
const PATTERNS = {
  '^(16)?[0-9]{6}-?[0-9]{4}$': 'Ange organisationsnumret med 10 siffror, t.ex. 212000-1355.',
  '^\\+?[0-9 ()-]{6,20}$': 'Ange ett telefonnummer med riktnummer, t.ex. 010-224 40 00.'
};

const PATTERN_PREFIX = 'Field must match pattern ';

/** Other English texts of form-js, by where they appear. */
const TEXTS = {
  Select: 'Välj',
  Search: 'Sök',
  'No results': 'Inga träffar',
  'All values selected': 'Alla värden är valda',
  'Remove tag': 'Ta bort',
  Increment: 'Öka',
  Decrement: 'Minska',
  'Previous page': 'Föregående sida',
  'Next page': 'Nästa sida'
};

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

/*
 * A rule the server refuses (our Swedish sentence) reaches Tasklist wrapped by the engine REST API as
 * "Cannot submit task form <id>: <sentence>"; the notification shows the sentence alone.
 */
const SERVER_PREFIX = /^(?:Cannot submit task form|Cannot complete task|Cannot instantiate process definition|Cannot submit form)\s+\S+:\s+([\s\S]+)$/;

function translateNotification(node) {
  const match = SERVER_PREFIX.exec(node.data.trim());
  if (match && node.parentElement && node.parentElement.closest('.notifications')) {
    node.data = match[1];
  }
}

function translateNotifications(root) {
  const boxes = root.closest && root.closest('.notifications') ? [root]
    : (root.querySelectorAll ? [...root.querySelectorAll('.notifications')] : []);
  for (const box of boxes) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      translateNotification(text);
    }
  }
}

/** flatpickr's locale object, in Swedish, with the week starting on Monday. */
const FLATPICKR_SV = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => ':e',
  rangeSeparator: ' till ',
  weekAbbreviation: 'v.',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  amPM: ['fm', 'em'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

function fieldDescription(node) {
  const field = node.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  return description ? description.textContent.trim() : '';
}

/** The Swedish sentence for one form-js validation message, or null when it is not one we know. */
function validationMessage(message, node) {
  if (message.startsWith(PATTERN_PREFIX)) {
    const pattern = message.slice(PATTERN_PREFIX.length).replace(/\.$/, '');
    if (PATTERNS[pattern]) {
      return PATTERNS[pattern];
    }
    const description = fieldDescription(node);
    return description ? `Uppgiften har fel format. ${description.replace(/\.?$/, '.')}` : 'Uppgiften har fel format.';
  }
  for (const [english, swedish] of VALIDATION) {
    const match = english.exec(message);
    if (match) {
      return swedish(match);
    }
  }
  return null;
}

function translateTextNode(node) {
  const parent = node.parentElement;
  const text = node.data.trim();
  if (!parent || !text || !parent.closest('.fjs-container')) {
    return;
  }
  let swedish = null;
  if (parent.closest('.fjs-form-field-error')) {
    swedish = validationMessage(text, parent);
  } else if (parent.classList.contains('fjs-select-display') || parent.closest('.fjs-dropdownlist')) {
    swedish = TEXTS[text] || null;
  }
  if (swedish && swedish !== node.data) {
    node.data = swedish;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && TEXTS[value]) {
      element.setAttribute(name, TEXTS[value]);
    }
  }
}

function localiseDatePicker(input) {
  const picker = input._flatpickr;
  if (picker && !picker.swedish) {
    picker.swedish = true;
    picker.set('locale', FLATPICKR_SV);
  }
}

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    translateNotification(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateNotifications(root);
  const inForm = root.closest('.fjs-container') || root.querySelector('.fjs-container');
  if (!inForm) {
    return;
  }
  const elements = [root, ...root.querySelectorAll('*')].filter((e) => e.closest('.fjs-container'));
  for (const element of elements) {
    translateAttributes(element);
    if (element.tagName === 'INPUT') {
      localiseDatePicker(element);
    }
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        translateTextNode(child);
      }
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateTextNode(mutation.target);
      translateNotification(mutation.target);
    } else if (mutation.type === 'attributes') {
      if (mutation.target.closest('.fjs-container')) {
        translateAttributes(mutation.target);
      }
    } else {
      mutation.addedNodes.forEach(translate);
    }
  }
}).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

// The date picker is attached after the input is in the page: look for it when a date field gets focus too.
document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.closest('.fjs-container')) {
    localiseDatePicker(event.target);
  }
});

translate(document.body);
