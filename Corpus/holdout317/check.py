#!/usr/bin/env python3
"""Validate holdout317 gold files: shape, keys, types, and that each value's text occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in fn else b.decode('utf-8')
    if fn.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def has(doc, text, where):
    if text is not None and fold(str(text)) not in doc: err(f'{where}: {text!r} not found in document')
PKEYS = {'kind', 'key', 'section', 'title', 'carriers', 'partners', 'territory', 'year', 'mode', 'households',
         'housing_units', 'duration', 'cost', 'funding', 'contacts'}
def chkq(q, where, doc):
    if q is None: return
    if not isinstance(q, dict) or not {'min', 'max', 'per', 'approximate'} <= set(q): return err(f'{where}: bad quantity')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{where}: min/max')
    if q['per'] not in ('total', 'year'): err(f'{where}: per')
    if not isinstance(q['approximate'], bool): err(f'{where}: approximate')
    if not q['approximate'] and q['min'] == q['max']:
        if not re.search(r'(?<!\d)' + str(q['min']) + r'(?!\d)', doc): err(f'{where}: count {q["min"]} not found')
    if 'unit' in q: has(doc, q['unit'], where + '.unit')
def chkeur(v, where, doc):
    if v is None: return
    if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): return err(f'{where}: bad euro string {v!r}')
    if spaced(v) not in doc and v not in doc: err(f'{where}: amount {v} not found')
files = sorted(f for f in os.listdir(DOCS))
for fn in files:
    gp = os.path.join(GOLD, fn + '.json')
    if not os.path.exists(gp): err(f'missing gold for {fn}'); continue
    g = json.load(open(gp, encoding='utf-8')); doc = load(fn)
    if g.get('file') != fn: err(f'{fn}: file key')
    keys = set()
    for i, r in enumerate(g.get('records', [])):
        w = f'{fn}#{i}'
        if r.get('key') in keys: err(f'{w}: duplicate key')
        keys.add(r.get('key'))
        if r.get('kind') == 'index_row':
            for k in ('section', 'localisation', 'organisme', 'page'):
                if not isinstance(r.get(k), str): err(f'{w}: {k}')
                else: has(doc, r[k], f'{w}.{k}')
            if r['key'] != 'index ' + r['section']: err(f'{w}: index key')
            continue
        if r.get('kind') != 'project': err(f'{w}: kind'); continue
        miss = PKEYS - set(r)
        if miss: err(f'{w}: missing {sorted(miss)}')
        if r.get('section'): has(doc, r['section'] + '.', w + '.section')
        has(doc, r.get('title'), w + '.title')
        for k in ('carriers', 'partners'):
            if not isinstance(r.get(k), list): err(f'{w}: {k} not list')
            else:
                for v in r[k]: has(doc, v, f'{w}.{k}')
        t = r.get('territory')
        if t is not None:
            has(doc, t['value'], w + '.territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments']): err(f'{w}: departments')
        if r.get('year') is not None:
            if not isinstance(r['year'], int): err(f'{w}: year type')
            else: has(doc, str(r['year']), w + '.year')
        if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{w}: mode')
        chkq(r.get('households'), w + '.households', doc); chkq(r.get('housing_units'), w + '.housing_units', doc)
        d = r.get('duration')
        if d is not None:
            if not (isinstance(d.get('months'), (int, type(None))) and isinstance(d.get('renewable'), bool)): err(f'{w}: duration')
            for k in ('start', 'end'):
                if d.get(k) is not None: has(doc, d[k], f'{w}.duration.{k}')
        c = r.get('cost')
        if c is not None:
            for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
                if k not in c: err(f'{w}: cost.{k} missing')
                else: chkeur(c[k], f'{w}.cost.{k}', doc)
        for f in r.get('funding') or []:
            has(doc, f['source'], w + '.funding'); chkeur(f.get('eur'), w + '.funding.eur', doc)
            if f.get('share_percent') is not None: has(doc, f['share_percent'] + ' %', w + '.funding.share')
        for ct in r.get('contacts') or []:
            for k in ('name', 'email', 'phone'):
                if k not in ct: err(f'{w}: contact {k} missing')
                elif ct[k] is not None: has(doc, ct[k], f'{w}.contact.{k}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters: shape')
    for rec in c['records']:
        gp = os.path.join(GOLD, rec['file'] + '.json')
        if not os.path.exists(gp) or rec['key'] not in {r['key'] for r in json.load(open(gp, encoding='utf-8'))['records']}:
            err(f'clusters: unknown record {rec}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
