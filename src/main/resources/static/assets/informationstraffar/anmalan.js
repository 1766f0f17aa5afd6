/*
 * The public sign-up page for an information session: renders forms/session-signup.form with the form-js
 * viewer (as /anslutning does), sends JSON with the CSRF token and shows the server's Swedish errors.
 */
(function () {
  'use strict';
  var root = document.getElementById('public-form');
  if (!root || !window.FormViewer || !window.JvgSwedishForm) {
    return;
  }
  var button = document.getElementById('submit-button');
  var status = document.getElementById('submit-status');
  var summary = document.getElementById('error-summary');
  var summaryList = document.getElementById('error-summary-list');
  var summaryDetail = document.getElementById('error-summary-detail');
  var labels = {};
  var form;
  var busy = false;

  function csrfToken() {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
    return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : '';
  }

  function showSummary(detail, errors) {
    summaryDetail.textContent = detail;
    summaryList.textContent = '';
    Object.keys(errors).forEach(function (key) {
      var li = document.createElement('li');
      li.textContent = (labels[key] || key) + ': ' + errors[key];
      summaryList.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  function submit() {
    if (busy) {
      return;
    }
    summary.hidden = true;
    var result = form.submit();
    if (Object.keys(result.errors).length) {
      showSummary('Rätta uppgifterna nedan och skicka igen.', {});
      return;
    }
    busy = true;
    button.disabled = true;
    status.textContent = 'Skickar …';
    fetch(root.getAttribute('data-submit-url'), {
      method: 'POST', credentials: 'same-origin', body: JSON.stringify(result.data),
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        busy = false;
        button.disabled = false;
        status.textContent = '';
        if (response.ok) {
          document.getElementById('form-section').hidden = true;
          document.getElementById('receipt-message').textContent = body.message;
          document.getElementById('receipt-reference').textContent = body.reference;
          var receipt = document.getElementById('receipt');
          receipt.hidden = false;
          receipt.focus();
        } else {
          showSummary(body.detail || 'Något gick fel hos oss. Försök igen om en stund.', body.errors || {});
        }
      });
    }).catch(function () {
      busy = false;
      button.disabled = false;
      showSummary('Anmälan kunde inte skickas. Kontrollera anslutningen och försök igen.', {});
    });
  }

  fetch(root.getAttribute('data-form-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (schema) {
      (schema.components || []).forEach(function (c) { if (c.key) { labels[c.key] = c.label; } });
      root.textContent = '';
      // debounce off: form-js otherwise keeps a typed value 300 ms before storing it, and a re-render in that time
      // (another field stored, browser autofill filling several fields at once) empties the field again.
      form = new window.FormViewer.Form({ container: root, debounce: false });
      window.JvgSwedishForm.apply(form, root);
      return form.importSchema(schema, {});
    })
    .then(function () {
      button.addEventListener('click', submit);
      // The form is ready for input (what was typed before the import finished would be reset by it).
      root.setAttribute('data-ready', 'true');
    })
    .catch(function () { root.textContent = 'Formuläret kunde inte laddas. Ladda om sidan eller kontakta Länsstyrelsen.'; });
}());
