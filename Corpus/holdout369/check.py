#!/usr/bin/env python3
"""Validate holdout369 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s)
def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in name else b.decode('utf-8')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(d):
    s = str(int(d)); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def found(text, val, what, f):
    if not isinstance(val, str) or fold(val) not in text:
        err(f'{f}: {what} {val!r} not found in document')
QKEYS = {'min': int, 'max': int, 'per': str, 'approximate': bool}
PROJ = ['kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
        'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts']
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != docs: err(f'gold files {golds} do not match documents {docs}')
keys = {}
for g in golds:
    f = g[:-5]
    try: data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    except Exception as e: err(f'{g}: bad JSON {e}'); continue
    if data.get('file') != f: err(f'{g}: file is {data.get("file")!r}')
    if f not in docs: continue
    text = load(f); keys[f] = set()
    recs = data.get('records')
    if not isinstance(recs, list) or not recs: err(f'{g}: no records'); continue
    for r in recs:
        k = r.get('key'); keys[f].add(k)
        if r.get('kind') == 'index_row':
            for kk in ('section', 'localisation', 'organisme', 'page'):
                if not isinstance(r.get(kk), str): err(f'{g} {k}: {kk} missing')
                else: found(text, r[kk], kk, f)
            if k != 'index ' + r.get('section', ''): err(f'{g} {k}: index key')
            continue
        if r.get('kind') != 'project': err(f'{g} {k}: kind'); continue
        for kk in PROJ:
            if kk not in r: err(f'{g} {k}: missing {kk}')
        if r.get('section'): found(text, r['section'] + '.', 'section', f)
        if r.get('title') is not None: found(text, r['title'], 'title', f)
        for kk in ('carriers', 'partners'):
            if not isinstance(r.get(kk), list): err(f'{g} {k}: {kk} not a list'); continue
            for v in r[kk]: found(text, v, kk, f)
        t = r.get('territory')
        if t is not None:
            found(text, t.get('value'), 'territory', f)
            if not isinstance(t.get('departments'), list) or not all(re.fullmatch(r'\d\d\d?', d) for d in t['departments']):
                err(f'{g} {k}: departments')
        if r.get('year') is not None:
            if not isinstance(r['year'], int): err(f'{g} {k}: year type')
            else: found(text, str(r['year']), 'year', f)
        if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{g} {k}: mode')
        for qk in ('households', 'housing_units'):
            q = r.get(qk)
            if q is None: continue
            for kk, ty in QKEYS.items():
                if not isinstance(q.get(kk), ty): err(f'{g} {k}: {qk}.{kk} type')
            if q.get('per') not in ('total', 'year'): err(f'{g} {k}: {qk}.per')
            if q.get('min', 0) > q.get('max', 0): err(f'{g} {k}: {qk} min>max')
            if not q.get('approximate'): found(text, str(q['min']), qk, f)
            if 'unit' in q: found(text, q['unit'], qk + '.unit', f)
        d = r.get('duration')
        if d is not None:
            if not (d.get('months') is None or isinstance(d['months'], int)): err(f'{g} {k}: months')
            if not isinstance(d.get('renewable'), bool): err(f'{g} {k}: renewable')
            for kk in ('start', 'end'):
                if d.get(kk) is not None: found(text, d[kk], 'duration.' + kk, f)
        c = r.get('cost')
        if c is not None:
            for kk in ('total_eur', 'per_year_eur', 'per_household_eur'):
                v = c.get(kk, 'missing')
                if v == 'missing': err(f'{g} {k}: cost.{kk} missing'); continue
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(f'{g} {k}: cost.{kk} {v!r}')
                else: found(text, spaced(v), 'cost.' + kk, f)
        for fu in r.get('funding') or []:
            found(text, fu.get('source'), 'funding.source', f)
            if fu.get('eur') is not None: found(text, spaced(fu['eur']), 'funding.eur', f)
            if fu.get('share_percent') is not None: found(text, fu['share_percent'] + ' %', 'funding.share', f)
        if not isinstance(r.get('contacts'), list): err(f'{g} {k}: contacts')
        for ct in r.get('contacts') or []:
            found(text, ct.get('name'), 'contact.name', f)
            for kk in ('email', 'phone'):
                if ct.get(kk) is not None: found(text, ct[kk], 'contact.' + kk, f)
try:
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl['clusters']:
        if len(c['records']) < 2 or not isinstance(c.get('why'), str): err('clusters: shape')
        for rr in c['records']:
            if rr['key'] not in keys.get(rr['file'], set()): err(f'clusters: unknown record {rr}')
except Exception as e: err(f'clusters.json: {e}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
