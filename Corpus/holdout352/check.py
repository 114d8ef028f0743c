#!/usr/bin/env python3
"""Validate holdout352 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    return f'{int(n):,}'.replace(',', ' ')
PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
                'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
def need(doc, s, where):
    if s is not None and fold(str(s)) not in doc:
        err(f'{where}: {s!r} not found in document')
def qty(q, doc, where, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict) or not {'min', 'max', 'per', 'approximate'} <= set(q):
        err(f'{where}: bad quantity shape'); return
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']):
        err(f'{where}: min/max')
    if q['per'] not in ('total', 'year'): err(f'{where}: per')
    if not isinstance(q['approximate'], bool): err(f'{where}: approximate')
    if not q['approximate'] and not re.search(r'(?<!\d)' + str(q['min']) + r'(?!\d)', doc):
        err(f'{where}: count {q["min"]} not found')
    if 'unit' in q: need(doc, q['unit'], where + '.unit')
files = sorted(f for f in os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != files: err(f'gold files {golds} do not match documents {files}')
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    name = g[:-5]
    if data.get('file') != name: err(f'{g}: file field')
    doc = load(name)
    recs = data.get('records')
    if not isinstance(recs, list) or not recs: err(f'{g}: records'); continue
    keys[name] = set()
    for r in recs:
        w = f'{g}[{r.get("key")}]'
        if r.get('key') in keys[name]: err(f'{w}: duplicate key')
        keys[name].add(r.get('key'))
        if r.get('kind') == 'index_row':
            if set(r) != INDEX_KEYS: err(f'{w}: keys {sorted(set(r) ^ INDEX_KEYS)}')
            if r['key'] != 'index ' + r['section']: err(f'{w}: index key')
            for k in ('section', 'localisation', 'organisme', 'page'): need(doc, r[k], f'{w}.{k}')
            continue
        if r.get('kind') != 'project': err(f'{w}: kind'); continue
        if set(r) != PROJECT_KEYS: err(f'{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}')
        need(doc, r['section'], w + '.section')
        need(doc, r['title'], w + '.title')
        for k in ('carriers', 'partners'):
            if not isinstance(r[k], list): err(f'{w}.{k}: not a list')
            for v in r[k]: need(doc, v, f'{w}.{k}')
        t = r['territory']
        if t is not None:
            need(doc, t['value'], w + '.territory')
            if not (isinstance(t['departments'], list) and all(re.fullmatch(r'\d\d\d?', d) for d in t['departments'])):
                err(f'{w}: departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(f'{w}: year type')
            need(doc, str(r['year']), w + '.year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{w}: mode')
        qty(r['households'], doc, w + '.households')
        qty(r['housing_units'], doc, w + '.housing_units')
        d = r['duration']
        if d is not None:
            if set(d) != {'months', 'start', 'end', 'renewable'} or not isinstance(d['renewable'], bool): err(f'{w}: duration shape')
            if d['months'] is not None and not isinstance(d['months'], int): err(f'{w}: months')
            for k in ('start', 'end'):
                if d[k] is not None: need(doc, d[k], f'{w}.duration.{k}')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f'{w}: cost shape')
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(f'{w}: {k} not a decimal string')
                else: need(doc, spaced(v), f'{w}.cost.{k}')
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}: err(f'{w}: funding shape')
            need(doc, f['source'], w + '.funding.source')
            if f['eur'] is not None: need(doc, spaced(f['eur']), w + '.funding.eur')
            if f['share_percent'] is not None: need(doc, f['share_percent'] + ' %', w + '.funding.share')
        if not isinstance(r['contacts'], list): err(f'{w}: contacts')
        for k in r['contacts']:
            if not {'name', 'email', 'phone'} <= set(k): err(f'{w}: contact shape')
            for x in ('name', 'email', 'phone'): need(doc, k.get(x), f'{w}.contact.{x}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters.json: clusters')
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters.json: cluster shape')
    for r in c.get('records', []):
        if r.get('key') not in keys.get(r.get('file'), set()): err(f'clusters.json: unknown record {r}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
