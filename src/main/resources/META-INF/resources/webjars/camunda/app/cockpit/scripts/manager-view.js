/*
 * Cockpit for managers, loaded as a custom script (config.js, customScripts); Camunda's files stay untouched.
 * See docs/process.md, "Cockpit för chefer".
 *
 * 1. Process-instance lists show the business key (the case number) as the first column: Cockpit 7.24 has no
 *    setting for the order of its columns, so the cells of the column headed th.business-key are moved first.
 * 2. A user without the Admin app (managers: group "managers", READ only) sees no actions that the engine would
 *    refuse: the variables' edit and delete buttons and the toolbars of the process definition and instance
 *    pages (cancel, suspend, add variable, retry, ...) are hidden through the class jvg-read-only on <body>
 *    (cockpit/styles/user-styles.css). Administrators keep them. Hiding is for clarity only: the engine's
 *    authorizations refuse the actions anyway.
 */

function businessKeyFirst() {
  document.querySelectorAll('th.business-key').forEach((th) => {
    // Cockpit's instance tables: <thead> holds the <th> cells directly; each <tbody> row has one cell per <th>.
    const table = th.closest('table');
    const head = th.parentElement;
    if (!table.dataset.jvgBusinessKeyFrom) {
      const index = Array.from(head.children).indexOf(th);
      if (index <= 0) {
        return;
      }
      table.dataset.jvgBusinessKeyFrom = String(index);
      head.insertBefore(th, head.firstElementChild);
    }
    const from = Number(table.dataset.jvgBusinessKeyFrom);
    table.querySelectorAll('tbody > tr:not([data-jvg-business-key-first])').forEach((row) => {
      const cells = Array.from(row.children);
      if (cells.length === head.children.length && cells[from]) {
        row.insertBefore(cells[from], cells[0]);
        row.dataset.jvgBusinessKeyFirst = 'on';
      }
    });
  });
}

/** The webapps' own "who am I" for this engine: <context>/api/admin/auth/user/<engine>. */
function authenticationUrl() {
  const m = window.location.pathname.match(/^(.*)\/app\/cockpit\/([^/]+)\//);
  return m ? m[1] + '/api/admin/auth/user/' + m[2] : null;
}

function markReadOnly() {
  const url = authenticationUrl();
  if (!url) {
    return;
  }
  fetch(url, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then((user) => {
      if (user && Array.isArray(user.authorizedApps)) {
        document.body.classList.toggle('jvg-read-only', !user.authorizedApps.includes('admin'));
      }
    })
    .catch(() => {});
}

let scheduled = false;
function onChange() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    businessKeyFirst();
  });
}

function start() {
  if (!document.body || document.body.dataset.jvgManagerView) {
    return;
  }
  document.body.dataset.jvgManagerView = 'on';
  new MutationObserver(onChange).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('hashchange', markReadOnly);
  markReadOnly();
  businessKeyFirst();
  // Rows that AngularJS fills in place (paging, sorting) do not always add nodes: look again now and then.
  setInterval(businessKeyFirst, 1000);
}

document.addEventListener('DOMContentLoaded', start);
start();
