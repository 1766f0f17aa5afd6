/*
 * Tasklist helpers for caseworkers, loaded as a custom script (config.js, customScripts); Camunda's files
 * stay untouched. See docs/process.md, "Tasklist för handläggare".
 *
 * 1. A header link to /intern/vantar, the cases waiting for the organisation's completion: those cases
 *    have no user task, so no Tasklist filter can list them.
 * 2. The start dialog keeps what was typed: a click on the backdrop or Escape would close the AngularJS UI
 *    Bootstrap modal and lose the form (Tasklist opens it with a closable backdrop, and there is no
 *    setting). While a field in the dialog has a value, such clicks and Escape are stopped before the
 *    modal sees them; "Stäng" and the close button still close it.
 * 3. After a failed "Starta" (or "Slutför"), the first field with an error is scrolled into view and
 *    focused, instead of staying far above the button.
 * 4. Logging out removes the form drafts Tasklist keeps in the browser's localStorage ("Spara"), which
 *    may hold personal data.
 */

const WAITING_URL = '/intern/vantar';
const WAITING_LINK_ID = 'jvg-waiting-link';

/** localStorage keys of Tasklist's form drafts: camunda-form:<id> (Camunda Forms), camForm:<id> (embedded forms). */
const DRAFT_KEY = /^(camForm|camunda-form):/;

function addWaitingLink() {
  if (document.getElementById(WAITING_LINK_ID)) {
    return;
  }
  // Only once logged in (Camunda's header shows the account menu, li.account). The link is not put into the
  // header's own list: AngularJS compiles and links that list asynchronously, and a node added meanwhile shifts
  // the node indices it links by and can stop the app from starting. It is appended to <body> instead (after
  // every node AngularJS knows) and placed in the header bar by tasklist/styles/user-styles.css.
  if (!document.querySelector('[cam-widget-header] li.account')) {
    return;
  }
  const link = document.createElement('a');
  link.id = WAITING_LINK_ID;
  link.href = WAITING_URL;
  link.textContent = 'Väntar på organisationen';
  link.title = 'Ärenden där Länsstyrelsen väntar på organisationens komplettering';
  document.body.appendChild(link);
}

/** The open modal's dialog element when the event's target is the modal's backdrop area itself. */
function backdropOf(event) {
  const target = event.target;
  return target instanceof Element && target.classList.contains('modal') ? target : null;
}

function hasInput(modal) {
  return Array.from(modal.querySelectorAll('input, textarea, select')).some((field) => {
    if (field.type === 'hidden' || field.readOnly || field.disabled) {
      return false;
    }
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked;
    }
    return field.value !== '';
  });
}

function keepDialogOnBackdrop(event) {
  const modal = backdropOf(event);
  if (modal && hasInput(modal)) {
    event.stopPropagation();
    event.preventDefault();
  }
}

function keepDialogOnEscape(event) {
  if (event.key !== 'Escape' && event.keyCode !== 27) {
    return;
  }
  const modal = document.querySelector('.modal.in, .modal[modal-render]');
  // Bubble phase on <body>: handlers inside the dialog (a date picker, a select) have seen the key already;
  // only the modal's own listener on the document is kept from closing the dialog.
  if (modal && hasInput(modal)) {
    event.stopPropagation();
  }
}

const ERROR_SELECTOR = '.fjs-has-errors, .fjs-form-field-error, .has-error, [aria-invalid="true"]';

// The input this script focused last: a later attempt may move the focus from there, never from a field the
// caseworker has gone to in the meantime (typing right after a failed start must land where they typed).
let focusedByUs = null;

function scrollToFirstError(container, button) {
  const active = document.activeElement;
  if (active && active !== document.body && active !== button && active !== focusedByUs) {
    return;
  }
  const error = container.querySelector(ERROR_SELECTOR);
  if (!error) {
    return;
  }
  const field = error.closest('.fjs-form-field') || error;
  field.scrollIntoView({ block: 'center' });
  const input = field.querySelector('input, textarea, select, button');
  if (input) {
    input.focus({ preventScroll: true });
    focusedByUs = input;
  }
}

function onSubmitClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) {
    return;
  }
  const modal = button.closest('.modal');
  const container = modal || button.closest('[cam-tasklist-task], .task-details, form') || document;
  if (!button.matches('.modal-footer .btn-primary, [ng-click*="complete"], [ng-click*="submit"]')) {
    return;
  }
  // form-js marks the fields after its validation, in the same tick or the next.
  focusedByUs = null;
  setTimeout(() => scrollToFirstError(container, button), 100);
  setTimeout(() => scrollToFirstError(container, button), 400);
}

function clearDrafts() {
  try {
    Object.keys(window.localStorage).filter((key) => DRAFT_KEY.test(key))
      .forEach((key) => window.localStorage.removeItem(key));
  } catch (e) {
    console.warn('Form drafts not cleared', e);
  }
}

/** The header's "Logga ut" (Camunda's header widget: <li class="logout"><a ng-click="logout()">). */
function onLogoutClick(event) {
  const target = event.target instanceof Element ? event.target.closest('li.logout a, [ng-click="logout()"]') : null;
  if (target) {
    clearDrafts();
  }
}

document.addEventListener('mousedown', keepDialogOnBackdrop, true);
document.addEventListener('click', keepDialogOnBackdrop, true);
document.addEventListener('click', onSubmitClick, false);
document.addEventListener('click', onLogoutClick, true);
let watching = false;
function watchPage() {
  if (watching || !document.body) {
    return;
  }
  watching = true;
  document.body.addEventListener('keydown', keepDialogOnEscape, false);
  new MutationObserver(addWaitingLink).observe(document.body, { childList: true, subtree: true });
  addWaitingLink();
}
document.addEventListener('DOMContentLoaded', watchPage);
watchPage();
