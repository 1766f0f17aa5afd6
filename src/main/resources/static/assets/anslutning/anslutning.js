/*
 * The public accession and completion pages. Renders forms/accession-start.form (the same file Tasklist
 * uses) with the form-js viewer, validates in the browser with Swedish messages, sends JSON to the
 * public API with the CSRF token (XSRF-TOKEN cookie → X-XSRF-TOKEN header) and an Idempotency-Key, and
 * shows the server's Swedish field errors beside the fields and in an error summary that is announced.
 * No inline script anywhere (the pages' CSP forbids it).
 */
(function () {
  'use strict';

  var root = document.getElementById('public-form');
  if (!root || !window.FormViewer || !window.JvgSwedishForm) {
    return;
  }

  var MODE = root.getAttribute('data-mode');
  var FILE_FIELD = 'protokollsutdrag';
  var MAX_FILE_BYTES = 10 * 1024 * 1024;
  var SPECIAL_LABELS = { goals: 'Prioriterade regionala mål', protokollsutdrag: 'Protokollsutdrag' };

  var summary = document.getElementById('error-summary');
  var summaryList = document.getElementById('error-summary-list');
  var summaryDetail = document.getElementById('error-summary-detail');
  var submitButton = document.getElementById('submit-button');
  var submitStatus = document.getElementById('submit-status');
  var fileInput = document.getElementById(FILE_FIELD);
  var fileError = document.getElementById(FILE_FIELD + '-error');
  var fieldsByKey = {};
  var form;
  var busy = false;
  var idempotencyKey = randomKey();
  // Opened through an invitation's link: its token goes with the submission once the prefill has found it.
  var invitationToken = null;

  function randomKey() {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function csrfToken() {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
    return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : '';
  }

  function collectFields(components) {
    (components || []).forEach(function (c) {
      if (c.key) {
        fieldsByKey[c.key] = { id: c.id, label: c.label || c.dateLabel || c.key };
      }
      collectFields(c.components);
    });
  }



  /** The focusable input of a field: form-js ids end in the field id (date: "-date", options: "-0"). */
  function inputFor(fieldId) {
    var suffixes = ['', '-date', '-0'];
    for (var i = 0; i < suffixes.length; i++) {
      var element = document.querySelector('#public-form input[id$="-' + fieldId + suffixes[i] + '"], '
        + '#public-form textarea[id$="-' + fieldId + suffixes[i] + '"]');
      if (element) {
        return element;
      }
    }
    return null;
  }

  function labelFor(key) {
    return SPECIAL_LABELS[key] || (fieldsByKey[key] && fieldsByKey[key].label) || key;
  }

  function clearSummary() {
    summary.hidden = true;
    summaryList.textContent = '';
    summaryDetail.textContent = '';
    fileError.textContent = '';
  }

  /** errors: [{ key, message }] */
  function showSummary(detail, errors) {
    summaryList.textContent = '';
    summaryDetail.textContent = detail || '';
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var target = e.key === FILE_FIELD ? fileInput
        : fieldsByKey[e.key] ? inputFor(fieldsByKey[e.key].id)
        : e.key === 'goals' && fieldsByKey.goalsMakt ? inputFor(fieldsByKey.goalsMakt.id) : null;
      var text = labelFor(e.key) + ': ' + e.message;
      if (target && target.id) {
        var a = document.createElement('a');
        a.href = '#' + target.id;
        a.textContent = text;
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          target.focus();
        });
        li.appendChild(a);
      } else {
        li.textContent = text;
      }
      summaryList.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  function showFieldErrors(errorsByKey) {
    var byId = {};
    Object.keys(errorsByKey).forEach(function (key) {
      if (key === FILE_FIELD) {
        fileError.textContent = errorsByKey[key];
      } else if (fieldsByKey[key]) {
        byId[fieldsByKey[key].id] = [errorsByKey[key]];
      } else if (key === 'goals' && fieldsByKey.goalsMakt) {
        byId[fieldsByKey.goalsMakt.id] = [errorsByKey[key]];
      }
    });
    form._setState({ errors: byId });
  }

  function flattenClientErrors(errors) {
    var list = [];
    Object.keys(fieldsByKey).forEach(function (key) {
      var messages = errors[fieldsByKey[key].id];
      if (messages && messages.length) {
        list.push({ key: key, message: [].concat(messages)[0] });
      }
    });
    return list;
  }

  function checkFile() {
    var file = fileInput && fileInput.files && fileInput.files[0];
    if (!file) {
      return Promise.resolve(null);
    }
    if (file.size > MAX_FILE_BYTES) {
      return Promise.resolve('Filen är för stor. Den får vara högst 10 MB.');
    }
    return file.slice(0, 5).arrayBuffer().then(function (buffer) {
      var head = String.fromCharCode.apply(null, new Uint8Array(buffer));
      return head === '%PDF-' ? null : 'Filen är ingen PDF. Bifoga protokollsutdraget som PDF.';
    });
  }

  function setBusy(value, message) {
    busy = value;
    submitButton.disabled = value;
    submitButton.setAttribute('aria-busy', value ? 'true' : 'false');
    submitStatus.textContent = message || '';
  }

  function uploadFile(token) {
    var file = fileInput && fileInput.files && fileInput.files[0];
    if (!file || !token) {
      return Promise.resolve(null);
    }
    var body = new FormData();
    body.append(FILE_FIELD, file);
    return fetch(root.getAttribute('data-upload-url') + encodeURIComponent(token) + '/minutes-extract', {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'X-XSRF-TOKEN': csrfToken(), 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.ok) {
        return 'Protokollsutdraget är bifogat.';
      }
      return response.json().then(function (p) {
        var msg = p.errors && p.errors[FILE_FIELD] ? p.errors[FILE_FIELD] : p.detail;
        return 'Protokollsutdraget kunde inte bifogas: ' + msg + ' Ni kan bifoga det från statussidan.';
      }, function () {
        return 'Protokollsutdraget kunde inte bifogas. Ni kan bifoga det från statussidan.';
      });
    }, function () {
      return 'Protokollsutdraget kunde inte bifogas. Ni kan bifoga det från statussidan.';
    });
  }

  function showReceipt(caseNumber, statusUrl, uploadMessage) {
    document.getElementById('form-section').hidden = true;
    // What was asked for has been answered: the box would only confuse after sending.
    var missing = document.getElementById('missing-section');
    if (missing) {
      missing.hidden = true;
    }
    var receipt = document.getElementById('receipt');
    var number = document.getElementById('receipt-case-number');
    if (caseNumber) {
      number.textContent = caseNumber;
    }
    var link = document.getElementById('receipt-status-link');
    if (link && statusUrl) {
      link.href = statusUrl;
    }
    var upload = document.getElementById('receipt-upload');
    if (uploadMessage) {
      upload.textContent = uploadMessage;
      upload.hidden = false;
    }
    receipt.hidden = false;
    receipt.focus();
  }

  function messageForStatus(status) {
    switch (status) {
      case 403: return 'Sidan har varit öppen länge eller saknar säkerhetskaka. Ladda om sidan och försök igen.';
      case 404: return 'Länken gäller inte längre. Kompletteringen kan inte tas emot via den.';
      case 413: return 'Uppgifterna är för stora för att tas emot.';
      case 429: return 'Ni har skickat många förfrågningar på kort tid. Vänta en stund och försök igen.';
      default: return 'Något gick fel hos oss. Försök igen om en stund; kvarstår felet, kontakta Länsstyrelsen.';
    }
  }

  function submit() {
    if (busy) {
      return;
    }
    clearSummary();
    setBusy(true, 'Skickar …');
    checkFile().then(function (fileProblem) {
      var result = form.submit();
      var errors = flattenClientErrors(result.errors);
      if (fileProblem) {
        fileError.textContent = fileProblem;
        errors.push({ key: FILE_FIELD, message: fileProblem });
      }
      if (errors.length) {
        setBusy(false, '');
        showSummary('Rätta uppgifterna nedan och skicka igen.', errors);
        return null;
      }
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() };
      if (MODE === 'start') {
        headers['Idempotency-Key'] = idempotencyKey;
        if (invitationToken) {
          headers['X-Invitation-Token'] = invitationToken;
        }
      }
      return fetch(root.getAttribute('data-submit-url'), {
        method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(result.data)
      }).then(handleResponse);
    }).catch(function () {
      setBusy(false, '');
      showSummary(messageForStatus(0), []);
    });
  }

  function handleResponse(response) {
    if (response.ok) {
      return response.json().then(function (body) {
        var token = MODE === 'start' ? body.statusUrl.split('/').pop() : root.getAttribute('data-token');
        return uploadFile(token).then(function (uploadMessage) {
          setBusy(false, '');
          showReceipt(body.caseNumber, body.statusUrl, uploadMessage);
        });
      });
    }
    return response.json().catch(function () { return {}; }).then(function (problem) {
      setBusy(false, '');
      var fieldErrors = problem.errors || {};
      var list = Object.keys(fieldErrors).map(function (key) { return { key: key, message: fieldErrors[key] }; });
      if (list.length) {
        showFieldErrors(fieldErrors);
      }
      showSummary(problem.detail || messageForStatus(response.status), list);
    });
  }

  /**
   * The page has its own heading and introduction, so the form's opening text (a markdown heading, for
   * Tasklist) is left out here. In a completion the organisation number cannot change: read-only.
   */
  function adaptSchema(schema) {
    schema.components = (schema.components || []).filter(function (c) {
      return !(c.type === 'text' && /^\s*#\s/.test(c.text || ''));
    });
    if (MODE === 'completion') {
      (function walk(components) {
        (components || []).forEach(function (c) {
          if (c.key === 'organisationNumber') {
            c.readonly = true;
            c.description = 'Organisationsnumret kan inte ändras i en komplettering. Är det fel, kontakta Länsstyrelsen.';
          }
          walk(c.components);
        });
      }(schema.components));
    }
    return schema;
  }

  function start(schema, data) {
    schema = adaptSchema(schema);
    collectFields(schema.components);
    root.textContent = '';
    // debounce off: form-js otherwise keeps a typed value 300 ms before storing it, and a re-render in that time
    // (another field stored, browser autofill filling several fields at once) empties the field again.
    form = new window.FormViewer.Form({ container: root, debounce: false });
    window.JvgSwedishForm.apply(form, root);
    return form.importSchema(schema, data || {}).then(function () {
      submitButton.addEventListener('click', submit);
    });
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    });
  }

  var loads = [getJson(root.getAttribute('data-form-url'))];
  if (MODE === 'completion') {
    loads.push(getJson(root.getAttribute('data-prefill-url')));
  } else if (root.getAttribute('data-prefill-url')) {
    // A link from an invitation: the organisation's details prefilled; an unknown link leaves the form empty.
    loads.push(getJson(root.getAttribute('data-prefill-url')).then(function (prefill) {
      invitationToken = root.getAttribute('data-invitation');
      return prefill;
    }).catch(function () { return { data: {} }; }));
  }
  Promise.all(loads).then(function (results) {
    return start(results[0], results[1] ? results[1].data : {});
  }).catch(function () {
    root.textContent = 'Formuläret kunde inte laddas. Ladda om sidan eller kontakta Länsstyrelsen.';
  });
}());
