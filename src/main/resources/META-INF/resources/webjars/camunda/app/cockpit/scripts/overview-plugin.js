/*
 * Cockpit plugin of this application (Camunda 7's plugin format since 7.14: an ES module whose default export
 * lists plugins, loaded through `customScripts` in config.js). Two views of the managers' overview:
 *   - on the dashboard (plugin point cockpit.dashboard),
 *   - as a tab on the accession process definition (cockpit.processDefinition.runtime.tab).
 * Both read /intern/api/overview with the Cockpit login (the session cookie goes along: same origin; GET needs no
 * CSRF token) and link to the full overview /intern/oversikt. Everything is built with the DOM API and
 * textContent, so no value from the server is ever parsed as HTML. Texts in Swedish.
 */

const PROCESS_KEY = 'accession';

// Cockpit runs under <app root> (default /camunda); our own pages live at the root of the same application.
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const root = appRoot.replace(/\/[^/]*$/, '');
const OVERVIEW_PAGE = root + '/intern/oversikt';
const OVERVIEW_API = root + '/intern/api/overview';
const COVERAGE_SVG = root + '/intern/oversikt/tackning.svg';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function days(value) {
  return value === null || value === undefined ? '–' : value.toLocaleString('sv-SE', {minimumFractionDigits: 1, maximumFractionDigits: 1});
}

function table(caption, headers, rows) {
  return el('table', {class: 'cam-table jvg-table'},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, ...rows.map(cells => el('tr', {}, ...cells.map((c, i) => i === 0 ? el('th', {scope: 'row'}, String(c)) : el('td', {}, String(c)))))));
}

function overviewLink() {
  return el('p', {class: 'jvg-link'}, el('a', {href: OVERVIEW_PAGE, class: 'btn btn-default'}, 'Öppna hela översikten'));
}

function view(data, compact) {
  const c = data.coverage;
  const section = el('section', {class: 'jvg-overview', 'data-jvg-overview': 'true'});
  section.appendChild(el('h3', {}, 'Jämställt Västra Götaland – översikt över anslutningarna'));
  if (data.sampleData) {
    section.appendChild(el('p', {class: 'jvg-sample'}, 'Exempeldata: påhittade exempelorganisationer från demoprofilen.'));
  }
  section.appendChild(el('p', {class: 'jvg-coverage'},
    el('strong', {}, `${c.joined} av ${c.municipalities} kommuner anslutna`),
    `, ${c.underWay} med pågående ärende, ${c.notStarted} inte påbörjade.`));
  section.appendChild(el('img', {src: COVERAGE_SVG, alt: `Länets kommuner: ${c.joined} anslutna, ${c.underWay} med pågående ärende, ${c.notStarted} inte påbörjade`,
    class: 'jvg-grid'}));

  const range = `${data.range.from} – ${data.range.to}`;
  const flex = el('div', {class: 'jvg-columns'});
  flex.appendChild(table('Ärenden efter status', ['Status', 'Strategiperioden', range],
    data.casesByStatus.map(s => [s.label, s.inPeriod, s.inRange])));
  flex.appendChild(table('Anslutna organisationer efter typ', ['Typ', 'Strategiperioden', range],
    data.joinedByType.map(t => [t.label, t.inPeriod, t.inRange])));
  const lead = [data.leadTimes.total, ...data.leadTimes.steps];
  flex.appendChild(table(`Ledtider i dagar (${range})`, ['Sträcka', 'Antal', 'Median', '90:e percentilen'],
    lead.map(f => [f.label, f.cases, days(f.medianDays), days(f.percentile90Days)])));
  if (!compact) {
    flex.appendChild(table('Pågående arbete', ['', 'Antal'], [
      ['Öppna uppgifter', data.work.openTasks], ['Försenade uppgifter', data.work.overdueTasks],
      ['Öppna incidenter', data.work.openIncidents]]));
  }
  section.appendChild(flex);
  section.appendChild(overviewLink());
  return section;
}

function load(node, compact) {
  node.textContent = '';
  const status = el('p', {class: 'jvg-status'}, 'Hämtar översikten …');
  node.appendChild(status);
  fetch(OVERVIEW_API, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (!response.ok) {
        throw new Error(response.status === 401 || response.status === 403
          ? 'du saknar behörighet till översikten' : 'servern svarade ' + response.status);
      }
      return response.json();
    })
    .then(data => node.replaceChild(view(data, compact), status))
    .catch(error => {
      status.textContent = 'Översikten kunde inte hämtas: ' + error.message + '.';
      node.appendChild(overviewLink());
    });
}

const STYLE = `
.jvg-overview .jvg-columns { display: flex; flex-wrap: wrap; align-items: flex-start; }
.jvg-overview .jvg-table { width: auto; margin: 0 24px 16px 0; }
.jvg-overview .jvg-table caption { text-align: left; font-weight: bold; color: #333; }
.jvg-overview .jvg-grid { max-width: 100%; height: auto; margin: 8px 0 16px; }
.jvg-overview .jvg-sample { background: #fff4ce; border: 1px solid #b07d00; padding: 4px 8px; display: inline-block; }
`;

function addStyle() {
  if (!document.getElementById('jvg-overview-style')) {
    document.head.appendChild(el('style', {id: 'jvg-overview-style'}, STYLE));
  }
}

export default [
  {
    id: 'jvg.overview.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => {
      addStyle();
      load(node, false);
    }
  },
  {
    id: 'jvg.overview.processDefinitionTab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: {label: 'Anslutningsöversikt'},
    render: (node, {api, processDefinitionId}) => {
      addStyle();
      fetch(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => response.ok ? response.json() : {})
        .then(definition => {
          if (definition.key === PROCESS_KEY) {
            load(node, true);
          } else {
            node.textContent = '';
            node.appendChild(el('p', {}, 'Översikten gäller processen för anslutningar till Jämställt Västra Götaland.'));
            node.appendChild(overviewLink());
          }
        });
    }
  }
];
