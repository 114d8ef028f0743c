/*
 * Dossier report: the browser side of `dossier report`.
 *
 * The page embeds the run as JSON (`#dossier-data`) and each readable document as its own
 * JSON script element (`#dossier-doc-N`), parsed only when that document is opened. Every
 * string from the data is put in the page through DOM APIs and textContent, never as markup:
 * documents are untrusted text. Views are routed by the location hash:
 *   #summary  #documents  #projects  #clusters
 *   #doc=N  with optionally &line=L (1-based index into the document's lines),
 *           &record=ID (a record's first line) or &value=V (a value's mark).
 */
(function () {
  'use strict';

  const PAGE_SIZE = { documents: 50, projects: 100, clusters: 20, misses: 50, problems: 20, lines: 2000 };
  /** report.css defines the field colours .f0 … .f11; fields beyond twelve reuse them in turn. */
  const FIELD_COLOURS = 12;
  /** Scores under this are flagged in the evaluation table. */
  const LOW_SCORE = 0.95;
  /** How many parsed documents are kept; older ones are parsed again when reopened. */
  const DOCUMENT_CACHE_SIZE = 8;
  const TABS = [
    ['summary', 'Summary'],
    ['documents', 'Documents'],
    ['projects', 'Projects'],
    ['clusters', 'Clusters'],
  ];

  // ---------------------------------------------------------------------------------------
  // DOM helpers

  /**
   * Creates an element. `props`: `class`, `text` (textContent), `dataset` (object), `on`
   * (event type → listener); any other key is set as an attribute (skipped when null or false).
   * Children may be nodes, strings, numbers, nested arrays, or null (skipped).
   */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'on') Object.entries(value).forEach(([type, fn]) => node.addEventListener(type, fn));
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    const kids = children.flat(Infinity).filter((child) => child != null && child !== false);
    node.append(...kids.map((child) => (typeof child === 'number' ? String(child) : child)));
    return node;
  }

  function table(headers, rows, className) {
    return h('table', { class: className },
      h('thead', {}, h('tr', {}, headers.map((label) => h('th', { scope: 'col', text: label })))),
      h('tbody', {}, rows));
  }

  function link(href, label, title) {
    return h('a', { href, title }, label);
  }

  /** Marks the element a link led to (until the next one) and makes it flash once. */
  function markTarget(node) {
    document.querySelectorAll('[data-target]').forEach((old) => old.removeAttribute('data-target'));
    node.setAttribute('data-target', '');
    node.animate([{ backgroundColor: '#fbbf24' }, {}], { duration: 1500, easing: 'ease-out' });
  }

  // ---------------------------------------------------------------------------------------
  // Formatting

  /** Lower case without accents, so that "menages" finds "ménages". */
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /** A value as text: strings and numbers as they are, `{value: …}` objects by their value. */
  function displayText(value) {
    if (value == null) return null;
    if (Array.isArray(value)) return value.map(displayText).filter((text) => text != null).join(', ');
    if (typeof value === 'object') return 'value' in value ? displayText(value.value) : JSON.stringify(value);
    return String(value);
  }

  /** A value for display; "—" (marked as not found) when there is none. */
  function valueNode(value) {
    const text = displayText(value);
    return text == null || text === '' ? h('span', { class: 'none', title: 'not found', text: '—' }) : text;
  }

  function shortId(id) {
    const text = String(id ?? '');
    return text.length > 8 ? `${text.slice(0, 8)}…` : text;
  }

  function basename(path) {
    return String(path ?? '').split('/').pop();
  }

  function decimal(number, digits) {
    return typeof number === 'number' && Number.isFinite(number) ? number.toFixed(digits) : '—';
  }

  function pluralNoun(noun) {
    return noun.endsWith('s') ? `${noun}es` : `${noun}s`;
  }

  function plural(count, noun) {
    return `${count.toLocaleString('en')} ${count === 1 ? noun : pluralNoun(noun)}`;
  }

  // ---------------------------------------------------------------------------------------
  // Data

  /** Parses a JSON script element of the page; null when there is none. */
  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /** The run data with every list present, so that views never test for missing parts. */
  function readRun() {
    const raw = readJSON('dossier-data');
    if (raw == null || typeof raw !== 'object') throw new Error('no #dossier-data element');
    const run = {
      run: raw.run ?? '',
      summary: raw.summary || {},
      fields: raw.fields || [],
      coverage: raw.coverage || [],
      documents: (raw.documents || []).map((entry, position) => ({ ...entry, index: entry.index ?? position })),
      projects: raw.projects || [],
      clusters: raw.clusters || [],
      evaluation: raw.evaluation || null,
    };
    run.fieldIndex = new Map(run.fields.map((field, index) => [field, index]));
    run.documentByIndex = new Map(run.documents.map((entry) => [entry.index, entry]));
    run.documentByName = documentsByBasename(run.documents);
    return run;
  }

  /** Maps a file's base name to its document index, for names that only one document has. */
  function documentsByBasename(documents) {
    const byName = new Map();
    documents.forEach((entry) => {
      const name = basename(entry.file);
      byName.set(name, byName.has(name) ? null : entry.index);
    });
    return byName;
  }

  const documentCache = new Map();

  /** Document `n` parsed and indexed, from the cache when it was opened lately; null if absent. */
  function loadDocument(n) {
    if (documentCache.has(n)) {
      const cached = documentCache.get(n);
      documentCache.delete(n); // re-insert: the Map's order is the recency order
      documentCache.set(n, cached);
      return cached;
    }
    const raw = readJSON(`dossier-doc-${n}`);
    const doc = raw && indexDocument(raw);
    documentCache.set(n, doc);
    if (documentCache.size > DOCUMENT_CACHE_SIZE) documentCache.delete(documentCache.keys().next().value);
    return doc;
  }

  function indexDocument(raw) {
    const doc = {
      file: raw.file,
      lines: raw.lines || [],
      records: raw.records || [],
      values: raw.values || [],
    };
    doc.recordById = new Map(doc.records.map((record) => [record.id, record]));
    doc.recordsByLine = new Map();
    for (const record of doc.records) {
      const starting = doc.recordsByLine.get(record.line) || [];
      starting.push(record);
      doc.recordsByLine.set(record.line, starting);
    }
    doc.lineOfValue = firstMarkedLines(doc.lines);
    return doc;
  }

  /**
   * For each value index, the first line (1-based) where one of its marks is. Values missing
   * here are not placed in the text. (A value's own `line` is where its evidence is in the
   * original file, which is not a line of this view.)
   */
  function firstMarkedLines(lines) {
    const found = new Map();
    lines.forEach((line, i) => (line.cells || []).forEach((cell) => (cell.marks || []).forEach(([start, end, value]) => {
      if (start < end && !found.has(value)) found.set(value, i + 1);
    })));
    return found;
  }

  // ---------------------------------------------------------------------------------------
  // Shared pieces

  function fieldClass(run, field) {
    const index = run.fieldIndex.get(field);
    return index == null ? 'f-unknown' : `f${index % FIELD_COLOURS}`;
  }

  function fieldChip(run, field) {
    return h('span', { class: `chip ${fieldClass(run, field)}`, text: field });
  }

  function documentHref(n, params) {
    const extra = Object.entries(params || {}).map(([key, value]) => `&${key}=${encodeURIComponent(value)}`);
    return `#doc=${n}${extra.join('')}`;
  }

  /** A link to a document (optionally to a record in it), or the plain file name when unknown. */
  function documentLink(run, n, params, label) {
    const entry = run.documentByIndex.get(n);
    if (!entry) return h('span', { class: 'none', text: label ?? '—' });
    return link(documentHref(n, params), label ?? basename(entry.file), entry.file);
  }

  function statusBadge(status) {
    return h('span', { class: `badge status-${status}`, text: status });
  }

  function emptyNote(text) {
    return h('p', { class: 'empty', text });
  }

  function section(title, ...content) {
    return h('section', { class: 'panel' }, h('h2', { text: title }), content);
  }

  const searchIndexes = new WeakMap();

  /** The folded search text of each item of a list, computed on first use. */
  function searchIndex(items, textOf) {
    if (!searchIndexes.has(items)) searchIndexes.set(items, items.map((item) => fold(textOf(item))));
    return searchIndexes.get(items);
  }

  function pagerBar(state, pageCount, total, noun, refresh) {
    const go = (page) => () => { state.page = page; refresh(); };
    return h('nav', { class: 'pager', 'aria-label': 'pages' },
      h('button', { type: 'button', disabled: state.page === 0, on: { click: go(state.page - 1) } }, '‹ Previous'),
      h('span', { text: `Page ${state.page + 1} of ${pageCount} · ${plural(total, noun)}` }),
      h('button', { type: 'button', disabled: state.page >= pageCount - 1, on: { click: go(state.page + 1) } }, 'Next ›'));
  }

  /**
   * A filter box, optional extra controls and a pager over `items`; `renderPage(slice)` draws
   * the visible page (a node or an array of nodes). `state` ({query, page}) outlives the view,
   * so that coming back with the browser's back button finds the same page. Returns the
   * element and its `refresh`.
   */
  function pagedList({ state, items, pageSize, textOf, keep = () => true, controls = [], renderPage, noun, empty }) {
    if (!items.length) return { element: emptyNote(empty), refresh() {} };
    const body = h('div', { class: 'list-body' });
    const pagerTop = h('div');
    const pagerBottom = h('div');
    const input = h('input',
      { type: 'search', placeholder: 'Filter…', value: state.query, 'aria-label': `filter ${pluralNoun(noun)}` });
    input.addEventListener('input', () => { state.query = input.value; state.page = 0; refresh(); });

    function refresh() {
      const words = fold(state.query).split(/\s+/).filter(Boolean);
      const index = words.length ? searchIndex(items, textOf) : null; // built on the first query
      const visible = items.filter((item, i) => keep(item) && words.every((word) => index[i].includes(word)));
      const pageCount = Math.max(1, Math.ceil(visible.length / pageSize));
      state.page = Math.min(Math.max(state.page, 0), pageCount - 1);
      const from = state.page * pageSize;
      const content = visible.length ? renderPage(visible.slice(from, from + pageSize))
        : emptyNote(`No ${noun} matches the filter.`);
      body.replaceChildren(...[content].flat());
      pagerTop.replaceChildren(pagerBar(state, pageCount, visible.length, noun, refresh));
      pagerBottom.replaceChildren(pageCount > 1 ? pagerBar(state, pageCount, visible.length, noun, refresh) : '');
    }

    refresh();
    const toolbar = h('div', { class: 'toolbar' }, input, controls, pagerTop);
    return { element: h('div', { class: 'paged' }, toolbar, body, pagerBottom), refresh };
  }

  /** Filter state of each list, kept while the page is open. */
  const listStates = {
    documents: { query: '', page: 0, status: '' },
    projects: { query: '', page: 0, conflictsOnly: false },
    clusters: { query: '', page: 0 },
    problems: { query: '', page: 0 },
    misses: { query: '', page: 0, field: '' },
  };

  /** A <select> bound to `state[key]`; `options` are [value, label] pairs. */
  function selectFilter(state, key, label, options, refresh) {
    const select = h('select', { 'aria-label': label },
      options.map(([value, text]) => h('option', { value, selected: state[key] === value }, text)));
    select.addEventListener('change', () => { state[key] = select.value; state.page = 0; refresh(); });
    return select;
  }

  // ---------------------------------------------------------------------------------------
  // #summary

  const SUMMARY_COUNTS = [
    ['documents', 'documents'], ['records', 'records'], ['projects', 'projects'],
    ['index_rows', 'index rows'], ['conflicts', 'conflicts'], ['errors', 'errors'], ['skipped', 'skipped'],
  ];

  function summaryView(run) {
    return h('div', {},
      h('div', { class: 'counts' }, SUMMARY_COUNTS.map(([key, label]) => countCard(run.summary[key], label, key))),
      problemsSection(run),
      coverageSection(run),
      run.evaluation ? evaluationSection(run, run.evaluation) : null,
      run.evaluation ? missesSection(run, run.evaluation) : null);
  }

  function countCard(count, label, key) {
    const alarming = (key === 'errors' || key === 'skipped') && count > 0;
    return h('div', { class: `count${alarming ? ` alarm-${key}` : ''}` },
      h('strong', { text: typeof count === 'number' ? count.toLocaleString('en') : '—' }),
      h('span', { text: label }));
  }

  /** Documents not read, and documents read whose text the report cannot show (they have a reason). */
  function problemsSection(run) {
    const problems = run.documents.filter((entry) => entry.status !== 'ok' || entry.reason);
    if (!problems.length) {
      return section('Document problems', emptyNote(run.documents.length
        ? `All ${plural(run.documents.length, 'document')} were read.` : 'This run has no documents.'));
    }
    const list = pagedList({
      state: listStates.problems,
      items: problems,
      pageSize: PAGE_SIZE.problems,
      textOf: (entry) => `${entry.file} ${entry.status} ${entry.reason ?? ''}`,
      noun: 'problem',
      renderPage: (page) => h('ul', { class: 'problems' }, page.map((entry) => h('li', {},
        entry.status === 'ok' ? h('span', { class: 'badge status-skipped', text: 'text not shown' }) : statusBadge(entry.status),
        ' ', documentLink(run, entry.index), ' ',
        h('span', { class: 'reason', text: entry.reason ?? '' })))),
    });
    return section('Document problems', list.element);
  }

  function coverageSection(run) {
    if (!run.coverage.length) return section('Field coverage', emptyNote('No project records to cover.'));
    const rows = run.coverage.map((row) => {
      const share = row.of > 0 ? row.records / row.of : null;
      return h('tr', {},
        h('td', {}, fieldChip(run, row.field)),
        h('td', { class: 'num', text: `${row.records} / ${row.of}` }),
        h('td', { class: 'num', text: share == null ? '—' : `${Math.round(share * 100)} %` }),
        h('td', { class: 'bar-cell' }, h('div', { class: 'bar' },
          h('div', { class: `bar-fill ${fieldClass(run, row.field)}`, style: `width: ${(share ?? 0) * 100}%` }))));
    });
    return section('Field coverage (project records)',
      table(['field', 'records', 'share', ''], rows, 'coverage'));
  }

  function evaluationSection(run, evaluation) {
    const scores = evaluation.scores || [];
    const rows = scores.map((score) => scoreRow(fieldChip(run, score.field), score));
    if (scores.length) rows.push(scoreRow(h('strong', { text: 'all fields' }), microAverage(scores), 'total'));
    return section('Evaluation',
      h('p', { class: 'muted' }, 'Against gold ', h('code', { text: evaluation.gold ?? '' }),
        `; scores under ${LOW_SCORE} are flagged.`),
      scores.length ? table(['field', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], rows, 'scores')
        : emptyNote('No field was scored.'));
  }

  /** Precision, recall and F1 over the summed counts of all fields. */
  function microAverage(scores) {
    const sum = (key) => scores.reduce((total, score) => total + (score[key] || 0), 0);
    const tp = sum('tp');
    const fp = sum('fp');
    const fn = sum('fn');
    const precision = tp + fp ? tp / (tp + fp) : null;
    const recall = tp + fn ? tp / (tp + fn) : null;
    const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : null;
    return { tp, fp, fn, precision, recall, f1 };
  }

  function scoreRow(label, score, className) {
    const scoreCell = (value) => {
      const low = typeof value === 'number' && value < LOW_SCORE;
      return h('td', { class: `num${low ? ' low' : ''}`, title: low ? `under ${LOW_SCORE}` : null },
        low ? '▼ ' : '', decimal(value, 3));
    };
    return h('tr', { class: className }, h('td', {}, label),
      ['tp', 'fp', 'fn'].map((key) => h('td', { class: 'num', text: score[key] ?? '—' })),
      scoreCell(score.precision), scoreCell(score.recall), scoreCell(score.f1));
  }

  function missesSection(run, evaluation) {
    const misses = evaluation.misses || [];
    const state = listStates.misses;
    const fields = [...new Set(misses.map((miss) => miss.field))].sort();
    let list = null;
    const fieldSelect = selectFilter(state, 'field', 'field',
      [['', 'all fields'], ...fields.map((field) => [field, field])], () => list.refresh());
    list = pagedList({
      state,
      items: misses,
      pageSize: PAGE_SIZE.misses,
      textOf: (miss) => [miss.file, miss.key, miss.field, displayText(miss.expected), displayText(miss.found)]
        .join(' '),
      keep: (miss) => !state.field || miss.field === state.field,
      controls: [fieldSelect],
      noun: 'miss',
      empty: 'No misses: every gold value was found.',
      renderPage: (page) => table(['file', 'key', 'field', 'expected', 'found'],
        page.map((miss) => missRow(run, miss)), 'misses'),
    });
    return section('Misses', list.element);
  }

  function missRow(run, miss) {
    const n = run.documentByName.get(basename(miss.file));
    return h('tr', {},
      h('td', {}, n == null ? miss.file : documentLink(run, n, null, miss.file)),
      h('td', { text: miss.key ?? '' }),
      h('td', {}, fieldChip(run, miss.field)),
      h('td', {}, valueNode(miss.expected)),
      h('td', {}, valueNode(miss.found)));
  }

  // ---------------------------------------------------------------------------------------
  // #documents

  function documentsView(run) {
    const state = listStates.documents;
    let list = null;
    const statusSelect = selectFilter(state, 'status', 'status',
      [['', 'all statuses'], ['ok', 'ok'], ['error', 'error'], ['skipped', 'skipped']], () => list.refresh());
    list = pagedList({
      state,
      items: run.documents,
      pageSize: PAGE_SIZE.documents,
      textOf: (entry) => `${entry.file} ${entry.status} ${entry.encoding ?? ''} ${entry.reason ?? ''}`,
      keep: (entry) => !state.status || entry.status === state.status,
      controls: [statusSelect],
      noun: 'document',
      empty: 'This run has no documents.',
      renderPage: (page) => documentsTable(run, page),
    });
    return section('Documents', list.element);
  }

  function documentsTable(run, entries) {
    const rows = entries.map((entry) => h('tr', { class: 'clickable', dataset: { doc: entry.index } },
      h('td', { class: 'num', text: entry.index }),
      h('td', { class: 'file' }, documentLink(run, entry.index, null, entry.file),
        entry.reason ? h('div', { class: 'reason', text: entry.reason }) : null),
      h('td', {}, statusBadge(entry.status)),
      h('td', { text: entry.encoding ?? '—' }),
      h('td', { class: 'num', text: entry.records ?? '—' }),
      h('td', { class: 'num', text: entry.values ?? '—' })));
    const result = table(['#', 'file', 'status', 'encoding', 'records', 'values'], rows, 'documents');
    result.addEventListener('click', (event) => {
      const row = event.target.closest('tr[data-doc]');
      if (row && !event.target.closest('a')) location.hash = documentHref(row.dataset.doc);
    });
    return result;
  }

  // ---------------------------------------------------------------------------------------
  // #projects

  const PROJECT_COLUMNS = [
    ['title', 'title'], ['carriers', 'carriers'], ['territory', 'territory'], ['year', 'year'],
    ['households', 'households'], ['housing_units', 'housing units'], ['duration', 'duration'], ['cost', 'cost'],
  ];
  /** Projects whose details are open. */
  const expandedProjects = new WeakSet();

  function projectsView(run) {
    const state = listStates.projects;
    let list = null;
    const conflictsOnly = h('label', { class: 'check' },
      h('input', { type: 'checkbox', checked: state.conflictsOnly, on: {
        change: (event) => { state.conflictsOnly = event.target.checked; state.page = 0; list.refresh(); },
      } }), ' with conflicts only');
    list = pagedList({
      state,
      items: run.projects,
      pageSize: PAGE_SIZE.projects,
      textOf: (project) => [project.id, ...PROJECT_COLUMNS.map(([key]) => displayText(project[key]))].join(' '),
      keep: (project) => !state.conflictsOnly || conflictsOf(project).length > 0,
      controls: [conflictsOnly],
      noun: 'project',
      empty: 'This run has no projects.',
      renderPage: (page) => projectsTable(run, page),
    });
    return section('Projects', list.element);
  }

  function conflictsOf(project) {
    return project.conflicts || [];
  }

  function projectsTable(run, projects) {
    const headers = ['', ...PROJECT_COLUMNS.map(([, label]) => label), 'sources', 'conflicts'];
    const rows = projects.flatMap((project, position) => [projectRow(project, position),
      expandedProjects.has(project) ? detailsRow(run, project, headers.length) : null]);
    const result = table(headers, rows, 'projects');
    result.addEventListener('click', (event) => {
      const row = event.target.closest('tr[data-position]');
      if (row && !event.target.closest('a')) toggleProject(run, row, projects[row.dataset.position], headers.length);
    });
    return result;
  }

  /** A project's row; `position` is its place on the page. */
  function projectRow(project, position) {
    const conflicts = conflictsOf(project);
    const open = expandedProjects.has(project);
    const flagged = conflicts.length ? ' has-conflicts' : '';
    return h('tr', { class: `clickable${flagged}`, title: project.id, dataset: { position } },
      h('td', {}, h('button', { type: 'button', class: 'toggle', 'aria-expanded': String(open), 'aria-label': 'details' },
        open ? '▾' : '▸')),
      PROJECT_COLUMNS.map(([key]) => h('td', { class: key === 'title' ? 'title' : null }, valueNode(project[key]))),
      h('td', { class: 'num', text: (project.sources || []).length }),
      h('td', { class: 'num' }, conflicts.length
        ? h('span', { class: 'conflict-flag', title: conflicts.map((c) => c.field).join(', ') }, `⚠ ${conflicts.length}`)
        : '0'));
  }

  function detailsRow(run, project, columns) {
    return h('tr', { class: 'details' }, h('td', { colspan: columns }, projectDetails(run, project)));
  }

  /** Opens or closes a project's details row, in place. */
  function toggleProject(run, row, project, columns) {
    const open = !expandedProjects.has(project);
    if (open) {
      expandedProjects.add(project);
      row.after(detailsRow(run, project, columns));
    } else {
      expandedProjects.delete(project);
      row.nextElementSibling.remove();
    }
    const button = row.querySelector('button.toggle');
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '▾' : '▸';
  }

  function projectDetails(run, project) {
    const sources = project.sources || [];
    const conflicts = conflictsOf(project);
    const sourceByRecord = new Map(sources.map((source) => [source.record, source]));
    const recordLink = (record) => {
      const source = sourceByRecord.get(record);
      return source ? documentLink(run, source.document, { record }, shortId(record))
        : h('span', { text: shortId(record), title: record });
    };
    return h('div', { class: 'project-details' },
      h('div', {}, h('h3', { text: `Sources (${sources.length})` }),
        sources.length ? table(['record', 'document', 'layout', 'line'], sources.map((source) => h('tr', {},
          h('td', {}, recordLink(source.record)),
          h('td', {}, documentLink(run, source.document, { record: source.record })),
          h('td', { text: source.layout ?? '—' }),
          h('td', { class: 'num', text: source.line ?? '—' }))), 'compact') : emptyNote('No sources.')),
      h('div', {}, h('h3', { text: `Conflicts (${conflicts.length})` }),
        conflicts.length ? conflicts.map((conflict) => h('div', { class: 'conflict' },
          fieldChip(run, conflict.field),
          h('ul', {}, (conflict.values || []).map((item) => h('li', {},
            valueNode(item.value), ' ', h('span', { class: 'muted' }, '(', recordLink(item.record), ')'))))))
          : emptyNote('The sources agree.')));
  }

  // ---------------------------------------------------------------------------------------
  // #clusters

  function clustersView(run) {
    const list = pagedList({
      state: listStates.clusters,
      items: run.clusters,
      pageSize: PAGE_SIZE.clusters,
      textOf: (cluster) => (cluster.records || [])
        .map((member) => `${member.record} ${member.title ?? ''}`).join(' '),
      noun: 'cluster',
      empty: 'No duplicates: every record stands alone.',
      renderPage: (page) => page.map((cluster) => clusterCard(run, cluster)),
    });
    return section('Duplicate clusters', list.element);
  }

  function clusterCard(run, cluster) {
    const members = cluster.records || [];
    const pairs = cluster.pairs || [];
    return h('article', { class: 'cluster' },
      h('h3', { text: `Cluster ${cluster.id} · ${plural(members.length, 'record')}` }),
      table(['record', 'title', 'layout', 'document'], members.map((member) => h('tr', {},
        h('td', { class: 'mono', title: member.record, text: shortId(member.record) }),
        h('td', {}, valueNode(member.title)),
        h('td', { text: member.layout ?? '—' }),
        h('td', {}, documentLink(run, member.document, { record: member.record })))), 'compact'),
      pairsNote(pairs.length, cluster.pairs_total),
      pairs.length ? h('div', { class: 'pairs' }, pairs.map(pairCard)) : emptyNote('No scored pairs.'));
  }

  /** Says so when the report holds only the strongest of a cluster's scored pairs. */
  function pairsNote(shown, total) {
    if (typeof total !== 'number' || total <= shown) return null;
    const strongest = shown === 1 ? 'The strongest' : `The ${shown} strongest`;
    return h('p', { class: 'muted', text: `${strongest} of ${plural(total, 'scored pair')}:` });
  }

  function pairCard(pair) {
    const levels = pair.levels || {};
    const weights = pair.weights || {};
    const fields = [...new Set([...Object.keys(levels), ...Object.keys(weights)])];
    return h('div', { class: 'pair' },
      h('div', { class: 'pair-head' },
        h('span', { class: 'mono', title: pair.a, text: shortId(pair.a) }), ' ↔ ',
        h('span', { class: 'mono', title: pair.b, text: shortId(pair.b) }),
        h('span', { class: 'score', text: `score ${decimal(pair.score, 3)}` }),
        pair.linked ? h('span', { class: 'badge linked', text: 'linked' })
          : h('span', { class: 'badge unlinked', text: 'not linked' })),
      table(['field', 'level', 'weight'], fields.map((field) => {
        const weight = weights[field];
        const sign = weight > 0 ? 'pos' : weight < 0 ? 'neg' : '';
        return h('tr', {}, h('td', { text: field }), h('td', { text: levels[field] ?? '—' }),
          h('td', { class: `num ${sign}`, text: decimal(weight, 3) }));
      }), 'weights'));
  }

  // ---------------------------------------------------------------------------------------
  // #doc=N: marks

  /** Which fields' highlights are hidden, and whether alternatives are underlined (for all documents). */
  const highlights = { hidden: new Set(), alternatives: true };

  /**
   * Cuts a cell's text at every mark boundary. Each piece lists the values whose marks cover
   * it, innermost (shortest mark) first. Offsets are UTF-16 code units, as String#slice uses.
   */
  function cutPieces(text, marks, valueCount) {
    const valid = marks.filter(([start, end, value]) => start < end && value >= 0 && value < valueCount)
      .map(([start, end, value]) => [Math.max(0, start), Math.min(text.length, end), value])
      .sort((x, y) => (x[1] - x[0]) - (y[1] - y[0]));
    const cuts = new Set([0, text.length]);
    valid.forEach(([start, end]) => { cuts.add(start); cuts.add(end); });
    const points = [...cuts].sort((x, y) => x - y);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = valid.filter(([start, end]) => start <= from && end >= to).map(([, , value]) => value);
      pieces.push({ text: text.slice(from, to), values: [...new Set(covering)] });
    }
    return pieces;
  }

  /**
   * The classes of a piece: the colour of its innermost visible chosen value, and `alt` when a
   * visible alternative covers it.
   */
  function pieceClass(run, doc, values) {
    const visible = values.filter((v) => !highlights.hidden.has(doc.values[v].field));
    const chosen = visible.find((v) => doc.values[v].chosen);
    const alternative = highlights.alternatives && visible.some((v) => !doc.values[v].chosen);
    return [chosen == null ? '' : `chosen ${fieldClass(run, doc.values[chosen].field)}`, alternative ? 'alt' : '']
      .filter(Boolean).join(' ');
  }

  // ---------------------------------------------------------------------------------------
  // #doc=N: lines

  /**
   * Renders lines [from, to) of a document. Consecutive "row" lines make one table; a record's
   * start gets a marker above its line (and starts a new table). Every mark is recorded in
   * `marks` so that highlights can be restyled and values found.
   */
  function renderLines(doc, from, to, marks) {
    const fragment = document.createDocumentFragment();
    let rows = null;
    for (let i = from; i < to; i++) {
      const number = i + 1;
      const line = doc.lines[i] || { kind: 'paragraph', cells: [] };
      const starting = doc.recordsByLine.get(number);
      if (starting) {
        rows = null;
        starting.forEach((record) => fragment.append(recordMarker(record)));
      }
      if (line.kind === 'row') {
        if (!rows) {
          rows = h('tbody');
          fragment.append(h('div', { class: 'table-wrap' }, h('table', { class: 'doc-table' }, rows)));
        }
        rows.append(h('tr', { id: `line-${number}` }, h('th', { class: 'ln', text: number }),
          (line.cells || []).map((cell) => h('td', {}, renderCell(doc, cell, marks)))));
      } else {
        rows = null;
        fragment.append(h('div', { class: `line k-${line.kind}`, id: `line-${number}` },
          h('span', { class: 'ln', text: number }),
          h('div', { class: 'text' }, (line.cells || []).map((cell) => renderCell(doc, cell, marks)))));
      }
    }
    return fragment;
  }

  function renderCell(doc, cell, marks) {
    const text = cell.text ?? '';
    return cutPieces(text, cell.marks || [], doc.values.length).map((piece) => {
      if (!piece.values.length) return piece.text;
      const node = h('mark', { tabindex: 0, dataset: { mark: marks.length } }, piece.text);
      marks.push({ node, values: piece.values });
      return node;
    });
  }

  function recordMarker(record) {
    const kind = record.kind && record.kind !== 'project' ? record.kind : null;
    const parts = [`record ${shortId(record.id)}`, kind, record.layout, record.section, record.title]
      .filter((part) => part != null && part !== '');
    return h('div', { class: 'record-start', id: `record-${record.id}`, title: record.id, text: parts.join(' — ') });
  }

  // ---------------------------------------------------------------------------------------
  // #doc=N: evidence panel and tooltip

  function valueSummary(value) {
    return [value.field, displayText(value.display) ?? '—', value.rule, decimal(value.confidence, 2),
      value.chosen ? 'chosen' : 'alternative'].join(' · ');
  }

  function evidenceCard(run, n, doc, index) {
    const value = doc.values[index];
    const record = doc.recordById.get(value.record);
    const others = (value.others || []).filter((other) => doc.values[other]);
    const status = value.chosen ? 'chosen' : 'alternative';
    return h('article', { class: 'evidence-card' },
      h('header', {}, fieldChip(run, value.field), h('span', { class: `badge ${status}`, text: status })),
      h('p', { class: 'display' }, valueNode(value.display)),
      h('dl', {},
        h('dt', { text: 'rule' }), h('dd', { class: 'mono', text: value.rule ?? '—' }),
        h('dt', { text: 'confidence' }), h('dd', { text: decimal(value.confidence, 2) }),
        h('dt', { text: 'in file' }), h('dd', {}, value.line == null ? '—' : `line ${value.line}:${value.column ?? '?'}`),
        h('dt', { text: 'record' }), h('dd', {}, record
          ? [link(documentHref(n, { record: record.id }), shortId(record.id), record.id), ' ', record.title ?? '']
          : shortId(value.record)),
        value.text != null ? [h('dt', { text: 'text' }), h('dd', { class: 'quote', text: value.text })] : null),
      others.length ? h('div', { class: 'others' }, h('h4', { text: `Other candidates (${others.length})` }),
        h('ul', {}, others.map((other) => otherCandidate(n, doc, other)))) : null);
  }

  function otherCandidate(n, doc, index) {
    const other = doc.values[index];
    return h('li', { class: other.chosen ? 'is-chosen' : null },
      h('strong', {}, valueNode(other.display)), ' ',
      h('span', { class: 'muted', text: `${other.rule ?? '—'} · ${decimal(other.confidence, 2)}` }), ' ',
      other.chosen ? h('span', { class: 'badge chosen', text: 'chosen' }) : null, ' ',
      doc.lineOfValue.has(index) ? link(documentHref(n, { value: index }), 'show', 'scroll to this candidate')
        : h('span', { class: 'muted', text: '(not placed in the text)' }));
  }

  /** The values that have no mark in the text (their evidence could not be placed), if any. */
  function unplacedValues(run, doc) {
    const unplaced = doc.values.map((value, index) => index).filter((index) => !doc.lineOfValue.has(index));
    if (!unplaced.length) return null;
    return h('details', { class: 'unplaced' },
      h('summary', { text: `${plural(unplaced.length, 'value')} not placed in the text` }),
      h('ul', {}, unplaced.map((index) => {
        const value = doc.values[index];
        return h('li', {}, fieldChip(run, value.field), ' ', h('strong', {}, valueNode(value.display)), ' ',
          h('span', { class: 'muted', text: `${value.rule ?? '—'} · ${value.chosen ? 'chosen' : 'alternative'}` +
            (value.line == null ? '' : ` · file line ${value.line}`) }));
      })));
  }

  /** One tooltip for the whole page, filled for the mark under the pointer or the focus. */
  function createTooltip() {
    const node = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
    return {
      node,
      show(anchor, lines) {
        node.replaceChildren(...lines.map((text) => h('div', { text })));
        node.hidden = false;
        const box = anchor.getBoundingClientRect();
        const width = node.offsetWidth;
        node.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - width - 4))}px`;
        node.style.top = `${box.bottom + 6}px`;
      },
      hide() {
        node.hidden = true;
      },
    };
  }

  // ---------------------------------------------------------------------------------------
  // #doc=N: the view

  function documentView(run, n, tooltip) {
    const entry = run.documentByIndex.get(n);
    if (!entry) {
      return { element: section('Document', emptyNote(`This run has no document "${n}".`), link('#documents', 'All documents')) };
    }
    const header = documentHeader(run, n, entry);
    const withHeader = (title, ...content) => ({ element: h('div', {}, header, section(title, content)) });
    if (entry.status !== 'ok') {
      return withHeader('Not read',
        h('p', {}, statusBadge(entry.status), ' ', h('span', { class: 'reason', text: entry.reason ?? 'no reason given' })));
    }
    let doc;
    try {
      doc = loadDocument(n);
    } catch (error) {
      return withHeader('Unreadable', emptyNote(`This document's data could not be read: ${error.message}`));
    }
    if (!doc) return withHeader('Missing', emptyNote("This document's data is not in the report."));
    return documentBody(run, n, doc, header, tooltip);
  }

  function documentHeader(run, n, entry) {
    const neighbour = (m, label) => (run.documentByIndex.has(m) ? link(documentHref(m), label)
      : h('span', { class: 'disabled', text: label }));
    const counts = [entry.encoding ?? 'encoding unknown', plural(entry.records ?? 0, 'record'),
      plural(entry.values ?? 0, 'value')];
    return h('header', { class: 'doc-header' },
      h('nav', { class: 'neighbours' }, neighbour(n - 1, '‹ previous document'), neighbour(n + 1, 'next document ›')),
      h('h2', { title: entry.file, text: basename(entry.file) }),
      h('p', { class: 'muted' }, `#${n} · `, h('span', { class: 'mono', text: entry.file ?? '' }), ' · ',
        statusBadge(entry.status), ` · ${counts.join(' · ')}`));
  }

  function documentBody(run, n, doc, header, tooltip) {
    const view = { page: null, marks: [], pinned: null }; // the first focus() shows a page
    const pageCount = Math.max(1, Math.ceil(doc.lines.length / PAGE_SIZE.lines));
    const linesBox = h('div', { class: 'doc-lines' });
    const pagers = [h('div'), h('div')];
    const panel = h('aside', { class: 'evidence', 'aria-live': 'polite' },
      emptyNote('Click a highlighted value to pin its evidence here.'));

    function restyle() {
      view.marks.forEach((mark) => { mark.node.className = pieceClass(run, doc, mark.values); });
    }

    function showPage(page) {
      view.page = page;
      view.marks = [];
      view.pinned = null;
      const from = page * PAGE_SIZE.lines;
      const to = Math.min(doc.lines.length, from + PAGE_SIZE.lines);
      linesBox.replaceChildren(to > from ? renderLines(doc, from, to, view.marks) : emptyNote('This document has no text.'));
      restyle();
      const state = { page };
      const turn = () => { showPage(state.page); linesBox.scrollIntoView(); };
      pagers.forEach((pager) => pager.replaceChildren(pageCount > 1
        ? pagerBar(state, pageCount, doc.lines.length, 'line', turn) : ''));
    }

    function pin(node) {
      if (view.pinned) view.pinned.removeAttribute('data-pinned');
      view.pinned = node;
      node.setAttribute('data-pinned', '');
      panel.replaceChildren(...valuesOf(node).map((index) => evidenceCard(run, n, doc, index)));
    }

    /** The line and, once that line's page is shown, the element a hash points at. */
    function target(params) {
      if (params.has('value')) {
        const index = Number(params.get('value'));
        const line = doc.lineOfValue.get(index);
        return line == null ? null : { line, find: () => view.marks.find((mark) => mark.values.includes(index))?.node };
      }
      if (params.has('record')) {
        const record = doc.recordById.get(params.get('record'));
        return record ? { line: record.line, find: () => document.getElementById(`record-${record.id}`) } : null;
      }
      if (params.has('line')) {
        const line = Number(params.get('line'));
        return { line, find: () => document.getElementById(`line-${line}`) };
      }
      return null;
    }

    function focus(params) {
      const goal = target(params);
      const line = goal && Number.isInteger(goal.line) ? Math.min(Math.max(goal.line, 1), doc.lines.length) : 1;
      const page = Math.max(0, Math.floor((line - 1) / PAGE_SIZE.lines));
      if (page !== view.page) showPage(page);
      const node = goal && goal.find();
      if (node) {
        node.scrollIntoView({ block: 'center' });
        markTarget(node);
      }
    }

    const markOf = (event) => event.target.closest('mark[data-mark]');
    const valuesOf = (node) => view.marks[node.dataset.mark].values;
    const showTip = (event) => {
      const node = markOf(event);
      if (node) tooltip.show(node, valuesOf(node).map((index) => valueSummary(doc.values[index])));
    };
    linesBox.addEventListener('mouseover', showTip);
    linesBox.addEventListener('focusin', showTip);
    linesBox.addEventListener('mouseout', tooltip.hide);
    linesBox.addEventListener('focusout', tooltip.hide);
    linesBox.addEventListener('click', (event) => { const node = markOf(event); if (node) pin(node); });
    linesBox.addEventListener('keydown', (event) => {
      const node = markOf(event);
      if (node && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); pin(node); }
    });

    const element = h('div', {}, header,
      h('div', { class: 'doc-tools' }, fieldLegend(run, doc, restyle), recordList(n, doc), unplacedValues(run, doc)),
      h('div', { class: 'doc-layout' }, h('div', { class: 'doc-main' }, pagers[0], linesBox, pagers[1]), panel));
    return { element, focus };
  }

  /** The field colours, each with a checkbox that shows or hides its highlights. */
  function fieldLegend(run, doc, onChange) {
    const counts = new Map();
    doc.values.forEach((value) => { if (value.chosen) counts.set(value.field, (counts.get(value.field) || 0) + 1); });
    const toggle = (checked, apply) => h('input', { type: 'checkbox', checked, on: {
      change: (event) => { apply(event.target.checked); onChange(); },
    } });
    const showField = (field) => (on) => (on ? highlights.hidden.delete(field) : highlights.hidden.add(field));
    return h('div', { class: 'legend', role: 'group', 'aria-label': 'highlighted fields' },
      run.fields.map((field) => h('label', { class: `legend-item${counts.get(field) ? '' : ' absent'}` },
        toggle(!highlights.hidden.has(field), showField(field)),
        h('span', { class: `swatch ${fieldClass(run, field)}` }), field,
        h('span', { class: 'muted', text: ` ${counts.get(field) || 0}` }))),
      h('label', { class: 'legend-item' },
        toggle(highlights.alternatives, (on) => { highlights.alternatives = on; }),
        h('span', { class: 'swatch alt-swatch' }), 'alternatives'));
  }

  function recordList(n, doc) {
    if (!doc.records.length) return h('p', { class: 'muted', text: 'No records in this document.' });
    return h('details', { class: 'records' },
      h('summary', { text: `Records (${doc.records.length})` }),
      h('ol', {}, doc.records.map((record) => h('li', {},
        link(documentHref(n, { record: record.id }), shortId(record.id), record.id),
        ` ${[record.layout, record.section, record.title].filter(Boolean).join(' — ')}`))));
  }

  // ---------------------------------------------------------------------------------------
  // Routing

  /** The `doc` parameter as a document index, or its text as given when it is not a number. */
  function documentNumber(params) {
    const text = params.get('doc') ?? '';
    return /^\d+$/.test(text) ? Number(text) : text;
  }

  /** `#doc=3&line=9` → view "doc" and the parameters; an empty hash is the summary. */
  function parseHash(hash) {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    const first = params.keys().next();
    return { name: first.done ? 'summary' : first.value, params };
  }

  function createApp(run) {
    const app = document.getElementById('app');
    const tooltip = createTooltip();
    const tabs = TABS.map(([name, label]) => h('a', { href: `#${name}`, dataset: { tab: name } }, label));
    const main = h('main', { id: 'view' });
    app.replaceChildren(
      h('header', { class: 'top' },
        h('h1', {}, 'Dossier report', run.run ? h('span', { class: 'run', text: run.run }) : null),
        h('nav', { class: 'tabs' }, tabs)),
      main, tooltip.node);

    let current = { key: null, view: null };

    function render(name, params) {
      if (name === 'doc') {
        const n = documentNumber(params);
        return { key: `doc:${n}`, tab: 'documents', title: `document ${n}`, view: documentView(run, n, tooltip) };
      }
      const views = { summary: summaryView, documents: documentsView, projects: projectsView, clusters: clustersView };
      const known = name in views ? name : 'summary';
      return { key: known, tab: known, title: known, view: { element: views[known](run) } };
    }

    function route() {
      const { name, params } = parseHash(location.hash);
      tooltip.hide();
      const sameDocument = name === 'doc' && current.key === `doc:${documentNumber(params)}` && current.view.focus;
      if (!sameDocument) {
        current = render(name, params);
        main.replaceChildren(current.view.element);
        main.dataset.view = name === 'doc' ? 'doc' : current.key;
        tabs.forEach((tab) => tab.toggleAttribute('aria-current', tab.dataset.tab === current.tab));
        document.title = `Dossier report · ${current.title}`;
        window.scrollTo(0, 0);
      }
      if (current.view.focus) current.view.focus(params);
    }

    return route;
  }

  function showFailure(message) {
    const main = h('main', { id: 'view', dataset: { view: 'error' } },
      section('This report cannot be shown', h('p', { text: message })));
    document.getElementById('app').replaceChildren(main);
  }

  function start() {
    let run;
    try {
      run = readRun();
    } catch (error) {
      showFailure(`The run data could not be read: ${error.message}`);
      return;
    }
    const route = createApp(run);
    window.addEventListener('hashchange', route);
    route();
  }

  start();
})();
