#!/usr/bin/env python3
"""Validate holdout263 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('‘', "'"), ('œ', 'oe'), ('Œ', 'OE'),
                 ('æ', 'ae'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    if 'cp1252' in name:
        try:
            raw.decode('utf-8'); err(name + ': expected Windows-1252, is valid UTF-8')
        except UnicodeDecodeError:
            pass
        text = raw.decode('cp1252')
    else:
        text = raw.decode('utf-8')
    if name.endswith('.html'):
        text = re.sub(r'<[^>]+>', ' ', text)
    return fold(text)

def found(doc, value, what, fn):
    if value is None: return
    if fold(str(value)) not in doc:
        err(f'{fn}: {what} {value!r} not found in document')

def amount_found(doc, eur, what, fn):
    if eur is None: return
    if not re.fullmatch(r'\d+', eur):
        err(f'{fn}: {what} {eur!r} is not a plain decimal string'); return
    n = int(eur); spaced = f'{n:,}'.replace(',', ' ')
    if spaced not in doc and eur not in doc:
        err(f'{fn}: {what} {eur} not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
MODES = {'access', 'maintenance', 'access_and_maintenance'}

def check_q(q, what, fn, doc):
    if q is None: return
    if not isinstance(q, dict): err(f'{fn}: {what} not an object'); return
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q: err(f'{fn}: {what} lacks {k}')
    if not (isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] <= q['max']):
        err(f'{fn}: {what} bad min/max')
    if q.get('per') not in ('total', 'year'): err(f'{fn}: {what} bad per')
    if not isinstance(q.get('approximate'), bool): err(f'{fn}: {what} approximate not bool')
    if 'unit' in q: found(doc, q['unit'], what + ' unit', fn)
    if not q.get('approximate') and q.get('min') == q.get('max'):
        n = q['min']
        words = {9: 'neuf'}
        if not re.search(r'(?<!\d)' + str(n) + r'(?![\d ]\d)', doc) and words.get(n, '#') not in doc:
            err(f'{fn}: {what} count {n} not found')
    for b in q.get('breakdown', []):
        found(doc, b['label'], what + ' breakdown label', fn)
        if not re.search(r'(?<!\d)' + str(b['min']) + r'(?!\d)', doc): err(f'{fn}: {what} breakdown {b} not found')

def check_project(r, fn, doc):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f'{fn} {r.get("key")}: missing keys {sorted(missing)}')
    key = r.get('key')
    if not isinstance(key, str): err(f'{fn}: key not a string')
    found(doc, r.get('section'), 'section', fn)
    if r.get('title') is not None: found(doc, r['title'], 'title', fn)
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): err(f'{fn} {key}: {k} not a list'); continue
        for v in r[k]: found(doc, v, k, fn)
    t = r.get('territory')
    if t is not None:
        found(doc, t.get('value'), 'territory', fn)
        if not (isinstance(t.get('departments'), list) and all(re.fullmatch(r'\d{2,3}', d) for d in t['departments'])):
            err(f'{fn} {key}: bad departments')
    y = r.get('year')
    if y is not None:
        if not isinstance(y, int): err(f'{fn} {key}: year not int')
        found(doc, str(y), 'year', fn)
    if r.get('mode') is not None and r['mode'] not in MODES: err(f'{fn} {key}: bad mode')
    check_q(r.get('households'), key + ' households', fn, doc)
    check_q(r.get('housing_units'), key + ' housing_units', fn, doc)
    d = r.get('duration')
    if d is not None:
        for k in ('months', 'start', 'end', 'renewable'):
            if k not in d: err(f'{fn} {key}: duration lacks {k}')
        if d.get('months') is not None and not isinstance(d['months'], int): err(f'{fn} {key}: months not int')
        for k in ('start', 'end'): found(doc, d.get(k), 'duration ' + k, fn)
    c = r.get('cost')
    if c is not None:
        for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
            if k not in c: err(f'{fn} {key}: cost lacks {k}')
            amount_found(doc, c.get(k), 'cost ' + k, fn)
    if not isinstance(r.get('funding'), list): err(f'{fn} {key}: funding not a list')
    for f in r.get('funding') or []:
        for k in ('source', 'eur', 'share_percent'):
            if k not in f: err(f'{fn} {key}: funding lacks {k}')
        found(doc, f.get('source'), 'funder', fn)
        amount_found(doc, f.get('eur'), 'funding eur', fn)
        if f.get('share_percent') is not None and not re.search(re.escape(f['share_percent']) + r' ?%', doc):
            err(f'{fn} {key}: share {f["share_percent"]} % not found')
    if not isinstance(r.get('contacts'), list): err(f'{fn} {key}: contacts not a list')
    for p in r.get('contacts') or []:
        if 'name' not in p: err(f'{fn} {key}: contact without name')
        for k in ('name', 'email', 'phone', 'role', 'organisation'):
            found(doc, p.get(k), 'contact ' + k, fn)

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f'expected 7 documents, found {len(docs)}')
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + '.json')
        if not os.path.exists(gp): err('no gold for ' + name); continue
        g = json.load(open(gp, encoding='utf-8'))
        if g.get('file') != name: err(gp + ': file field mismatch')
        doc = load_doc(name)
        recs = g.get('records')
        if not isinstance(recs, list) or not recs: err(gp + ': no records'); continue
        keys = [r.get('key') for r in recs]
        if len(set(keys)) != len(keys): err(gp + ': duplicate keys')
        keys_by_file[name] = set(keys)
        for r in recs:
            if r.get('kind') == 'project':
                check_project(r, name, doc)
            elif r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS: err(f'{name} {r.get("key")}: index row keys {sorted(r)}')
                if r.get('key') != 'index ' + str(r.get('section')): err(f'{name}: index key mismatch')
                row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
                raw = open(os.path.join(DOCS, name), encoding='utf-8').read()
                if row not in raw: err(f'{name}: index row {row!r} not found as a line')
            else:
                err(f'{name}: bad kind {r.get("kind")}')
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters.json: no clusters')
    for c in cl.get('clusters', []):
        if not c.get('why'): err('clusters.json: cluster without why')
        if len(c.get('records', [])) < 2: err('clusters.json: cluster with fewer than 2 records')
        for rec in c.get('records', []):
            if rec.get('key') not in keys_by_file.get(rec.get('file'), set()):
                err(f'clusters.json: unknown record {rec}')
    extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
    if extra: err(f'unexpected gold files {sorted(extra)}')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
