#!/usr/bin/env python3
"""Validate the holdout300 gold files: shape, keys, types, and that each value is found in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents')
GOLD = os.path.join(HERE, 'gold')
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    if 'cp1252' in name:
        try:
            raw.decode('utf-8')
            err(f'{name}: should not be valid UTF-8')
        except UnicodeDecodeError:
            pass
        t = raw.decode('cp1252')
    else:
        t = raw.decode('utf-8')
    if name.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return fold(t)

def spaced(n):
    s = str(n)
    out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out
        s = s[:-3]
    return s + out

def found(text, value, where):
    if not isinstance(value, str) or not value:
        err(f'{where}: empty or non-string value {value!r}')
        return
    if fold(value) not in text:
        err(f'{where}: {value!r} not found in document')

def number_found(text, n, where):
    pat = r'(?<![0-9])' + re.escape(spaced(n)) + r'(?![0-9])'
    if not re.search(pat, text):
        err(f'{where}: number {n} not found in document')

PROJECT_KEYS = ['kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
                'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts']
INDEX_KEYS = ['kind', 'key', 'section', 'localisation', 'organisme', 'page']

def check_q(text, q, where, unit_expected):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f'{where}: quantity must be an object or null'); return
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q:
            err(f'{where}: missing {k}')
    if not (isinstance(q.get('min'), int) and isinstance(q.get('max'), int)) or q['min'] > q['max']:
        err(f'{where}: min/max must be ints with min <= max')
    if q.get('per') not in ('total', 'year'):
        err(f'{where}: per must be total or year')
    if not isinstance(q.get('approximate'), bool):
        err(f'{where}: approximate must be bool')
    if 'unit' in q:
        if not unit_expected:
            err(f'{where}: unit not expected')
        found(text, q['unit'], where + '.unit')
    if q.get('min') == q.get('max') and isinstance(q.get('min'), int):
        number_found(text, q['min'], where)

def check_project(text, r, where, is_guide):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f'{where}: missing key {k}')
    extra = set(r) - set(PROJECT_KEYS)
    if extra:
        err(f'{where}: unexpected keys {sorted(extra)}')
    if is_guide:
        if r['key'] != r['section'] or not re.fullmatch(r'\d+(\.\d+)+', r['section'] or ''):
            err(f'{where}: guide key must equal a numbered section')
        found(text, r['section'] + '. ' + r['title'], where + '.section+title')
    elif r['section'] is not None:
        err(f'{where}: section must be null outside the guide')
    if r['title'] is not None:
        found(text, r['title'], where + '.title')
    for f in ('carriers', 'partners'):
        if not isinstance(r[f], list):
            err(f'{where}: {f} must be a list')
        for v in r[f]:
            found(text, v, f'{where}.{f}')
    if not r['carriers']:
        err(f'{where}: carriers empty')
    t = r['territory']
    if t is not None:
        found(text, t['value'], where + '.territory')
        if not t['departments'] or not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments']):
            err(f'{where}: bad departments {t["departments"]!r}')
        for d in t['departments']:
            if f'({d})' not in text and f', {d})' not in text and f' {d})' not in text:
                # a territory may be named without its code (the <div> case): then the name must be in the text
                pass
    if r['year'] is not None:
        if not isinstance(r['year'], int):
            err(f'{where}: year must be int')
        elif f'- {r["year"]}' not in text:
            err(f'{where}: year bullet - {r["year"]} not found')
    if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'):
        err(f'{where}: bad mode {r["mode"]!r}')
    check_q(text, r['households'], where + '.households', True)
    check_q(text, r['housing_units'], where + '.housing_units', False)
    d = r['duration']
    if d is not None:
        for k in ('months', 'start', 'end', 'renewable'):
            if k not in d:
                err(f'{where}: duration missing {k}')
        if not (d['months'] is None or isinstance(d['months'], int)):
            err(f'{where}: months must be int or null')
        if not isinstance(d['renewable'], bool):
            err(f'{where}: renewable must be bool')
        for k in ('start', 'end'):
            if d[k] is not None:
                if not re.fullmatch(r'\d{4}', d[k]):
                    err(f'{where}: duration {k} must be a year string')
                elif d[k] not in text:
                    err(f'{where}: duration {k} {d[k]} not found')
        if isinstance(d['months'], int):
            m = d['months']
            forms = [f'{m} mois', f'{m // 12} ans' if m % 12 == 0 else None, 'trois ans' if m == 36 else None]
            if not any(x and x in text for x in forms) and not (d['start'] and d['end']):
                err(f'{where}: duration {m} months not found as written')
    c = r['cost']
    if c is not None:
        for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
            if k not in c:
                err(f'{where}: cost missing {k}')
            v = c.get(k)
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)):
                    err(f'{where}: cost {k} must be a decimal string')
                else:
                    number_found(text, int(v), f'{where}.cost.{k}')
    if not isinstance(r['funding'], list):
        err(f'{where}: funding must be a list')
    for f in r['funding']:
        if set(f) != {'source', 'eur', 'share_percent'}:
            err(f'{where}: funding keys {sorted(f)}')
        found(text, f['source'], where + '.funding.source')
        if f['eur'] is not None:
            number_found(text, int(f['eur']), where + '.funding.eur')
        if f['share_percent'] is not None:
            if not re.search(re.escape(f['share_percent']) + r' ?%', text):
                err(f'{where}: share {f["share_percent"]} % not found')
    if not isinstance(r['contacts'], list):
        err(f'{where}: contacts must be a list')
    for k in r['contacts']:
        if set(k) != {'name', 'email', 'phone'}:
            err(f'{where}: contact keys {sorted(k)}')
        found(text, k['name'], where + '.contact.name')
        for f in ('email', 'phone'):
            if k[f] is not None:
                found(text, k[f], f'{where}.contact.{f}')

def check_index(text, r, where):
    if set(r) != set(INDEX_KEYS):
        err(f'{where}: index row keys {sorted(r)}')
    if r['key'] != 'index ' + r['section']:
        err(f'{where}: index key must be "index " + section')
    row = '\x00'.join(fold(v) for v in [r['section'], r['localisation'], r['organisme'], r['page']]).replace('\x00', '\t')
    if row not in text:
        err(f'{where}: index row {row!r} not found in document')

docs = sorted(os.listdir(DOCS))
if len(docs) != 7:
    err(f'expected 7 documents, found {len(docs)}')
for name in docs:
    gp = os.path.join(GOLD, name + '.json')
    if not os.path.exists(gp):
        err(f'{name}: no gold file'); continue
    g = json.load(open(gp, encoding='utf-8'))
    if g.get('file') != name or not isinstance(g.get('records'), list) or not g['records']:
        err(f'{name}: bad top-level shape'); continue
    raw = open(os.path.join(DOCS, name), 'rb').read()
    text = doc_text(name)
    # index rows are tab-separated: keep tabs for them
    raw_t = fold(raw.decode('cp1252' if 'cp1252' in name else 'utf-8').replace('\t', '\x00')).replace('\x00', '\t')
    keys = [r.get('key') for r in g['records']]
    if len(keys) != len(set(keys)):
        err(f'{name}: duplicate keys')
    is_guide = name.startswith('guide')
    for r in g['records']:
        where = f'{name}[{r.get("key")}]'
        if r.get('kind') == 'project':
            check_project(text, r, where, is_guide)
            if not is_guide and len([x for x in g['records'] if x['kind'] == 'project']) == 1 and r['key'] != 'document':
                err(f'{where}: one-project document must use key "document"')
            if name.startswith('brochure') and r['key'] != r['title']:
                err(f'{where}: brochure key must be the title')
        elif r.get('kind') == 'index_row':
            check_index(raw_t, r, where)
        else:
            err(f'{where}: bad kind')
    if is_guide:
        n_p = sum(1 for r in g['records'] if r['kind'] == 'project')
        n_i = sum(1 for r in g['records'] if r['kind'] == 'index_row')
        if (n_p, n_i) != (4, 4):
            err(f'{name}: expected 4 projects and 4 index rows, got {n_p}, {n_i}')

cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
all_keys = {}
for name in docs:
    gp = os.path.join(GOLD, name + '.json')
    if os.path.exists(gp):
        all_keys[name] = {r['key'] for r in json.load(open(gp, encoding='utf-8'))['records']}
if not isinstance(cl.get('clusters'), list) or not cl['clusters']:
    err('clusters.json: no clusters')
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c['why']) < 20:
        err('clusters.json: missing why')
    if len(c.get('records', [])) < 2:
        err('clusters.json: cluster with fewer than 2 records')
    for rec in c.get('records', []):
        if rec.get('key') not in all_keys.get(rec.get('file'), set()):
            err(f'clusters.json: unknown record {rec}')

if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
