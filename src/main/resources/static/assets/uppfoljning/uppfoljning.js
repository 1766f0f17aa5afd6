/*
 * The public yearly follow-up page (/uppfoljning/{token}). Renders forms/annual-follow-up.form with the form-js
 * viewer, prefilled with the organisation's goals, sends the answers as JSON with the CSRF token
 * (XSRF-TOKEN cookie → X-XSRF-TOKEN header) and shows the server's Swedish errors in the error summary.
 * No inline script (the public pages' CSP forbids it).
 */
(function () {
  'use strict';

  var root = document.getElementById('follow-up-form');
  if (!root || !window.FormViewer || !window.JvgSwedishForm) {
    return;
  }
  var submitButton = document.getElementById('submit-button');
  var submitStatus = document.getElementById('submit-status');
  var form;

  function xsrf() {
    var m = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('Formuläret kunde inte hämtas (' + r.status + ').');
      }
      return r.json();
    });
  }

  function showSummary(detail, messages) {
    var summary = document.getElementById('error-summary');
    document.getElementById('error-summary-detail').textContent = detail;
    var list = document.getElementById('error-summary-list');
    list.textContent = '';
    messages.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = m;
      list.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  /** "goals[1].done" → "Mål 2: ..." so the person knows where. */
  function describe(key, message) {
    var m = key.match(/^goals\[(\d+)\]\.(\w+)$/);
    var names = { done: 'Vad ni har gjort', changed: 'Vad som har förändrats', supportWanted: 'Önskat stöd',
      newContactName: 'Ny kontaktpersons namn', newContactEmail: 'E-postadress', newContactPhone: 'Telefonnummer',
      newContactTitle: 'Titel eller roll' };
    if (m) {
      return 'Mål ' + (Number(m[1]) + 1) + ', ' + (names[m[2]] || m[2]).toLowerCase() + ': ' + message;
    }
    return (names[key] ? names[key] + ': ' : '') + message;
  }

  function busy(value, message) {
    submitButton.disabled = value;
    submitButton.setAttribute('aria-busy', value ? 'true' : 'false');
    submitStatus.textContent = message || '';
  }

  function submit() {
    var result = form.submit();
    if (Object.keys(result.errors).length) {
      showSummary('Rätta uppgifterna som är markerade och skicka igen.', ['Några obligatoriska fält saknas eller är för långa.']);
      return;
    }
    busy(true, 'Skickar …');
    fetch(root.getAttribute('data-submit-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrf() },
      body: JSON.stringify(result.data)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        busy(false);
        if (response.ok) {
          document.getElementById('form-section').hidden = true;
          var receipt = document.getElementById('receipt');
          document.getElementById('receipt-message').textContent = body.message || '';
          receipt.hidden = false;
          receipt.focus();
          return;
        }
        var errors = body.errors || {};
        showSummary(body.detail || 'Uppföljningen kunde inte skickas. Försök igen om en stund.',
          Object.keys(errors).map(function (k) { return describe(k, errors[k]); }));
      });
    }).catch(function () {
      busy(false);
      showSummary('Uppföljningen kunde inte skickas. Kontrollera anslutningen och försök igen.', []);
    });
  }

  Promise.all([getJson(root.getAttribute('data-form-url')), getJson(root.getAttribute('data-prefill-url'))])
    .then(function (results) {
      var schema = results[0];
      var prefill = results[1].data;
      // One entry per goal, fixed: the list shows exactly the organisation's goals.
      schema.components.forEach(function (c) {
        if (c.type === 'dynamiclist') {
          c.defaultRepetitions = prefill.goals.length;
        }
      });
      root.textContent = '';
      // debounce off: form-js otherwise keeps a typed value 300 ms before storing it, and a re-render in that time
      // (another field stored, browser autofill filling several fields at once) empties the field again.
      form = new window.FormViewer.Form({ container: root, debounce: false });
      window.JvgSwedishForm.apply(form, root);
      return form.importSchema(schema, prefill);
    })
    .then(function () {
      submitButton.addEventListener('click', submit);
    })
    .catch(function (e) {
      root.textContent = e.message || 'Formuläret kunde inte visas.';
    });
}());
