#!/usr/bin/env python3
"""Validate holdout321 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, 'documents'), os.path.join(H, 'gold')
errs = []
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r'\s+', ' ', s)
def read(f):
    b = open(os.path.join(DOC, f), 'rb').read()
    return b.decode('cp1252' if 'cp1252' in f else 'utf-8')
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
        "mode", "households", "housing_units", "duration", "cost", "contacts"]
docs = sorted(os.listdir(DOC))
for f in docs:
    p = os.path.join(GOLD, f + '.json')
    if not os.path.exists(p): errs.append('missing gold ' + f); continue
    g = json.load(open(p, encoding='utf-8'))
    if g.get('file') != f: errs.append(f + ': file field')
    t = fold(read(f)); tr = read(f)
    if 'cp1252' in f and open(os.path.join(DOC, f), 'rb').read().decode('utf-8', 'ignore') == tr: errs.append(f + ': not cp1252')
    def has(v, what):
        if fold(str(v)) not in t: errs.append(f'{f}: {what} {v!r} not found')
    keys = set()
    for r in g['records']:
        k = r.get('key'); 
        if k in keys: errs.append(f'{f}: duplicate key {k}')
        keys.add(k)
        if r['kind'] == 'index_row':
            for kk in ('section', 'localisation', 'organisme', 'page'):
                if not isinstance(r.get(kk), str): errs.append(f'{f} {k}: {kk}')
                else: has(r[kk], kk)
            if k != 'index ' + r['section']: errs.append(f'{f} {k}: index key')
            continue
        if r['kind'] != 'project': errs.append(f'{f} {k}: kind'); continue
        for kk in KEYS:
            if kk not in r: errs.append(f'{f} {k}: missing {kk}')
        if r['section']: has(r['section'] + '.', 'section')
        if r['title']: has(r['title'], 'title')
        for kk in ('carriers', 'partners'):
            if not isinstance(r[kk], list): errs.append(f'{f} {k}: {kk} type')
            for v in r[kk]: has(v, kk)
        if r['territory']:
            has(r['territory']['value'], 'territory')
            if not all(isinstance(d, str) for d in r['territory']['departments']): errs.append(f'{f} {k}: depts')
        if r['year'] is not None:
            if not isinstance(r['year'], int): errs.append(f'{f} {k}: year type')
            has('- ' + str(r['year']), 'year')
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance', None): errs.append(f'{f} {k}: mode')
        for kk in ('households', 'housing_units'):
            qv = r[kk]
            if qv is None: continue
            if not (isinstance(qv['min'], int) and isinstance(qv['max'], int) and qv['min'] <= qv['max']): errs.append(f'{f} {k}: {kk} ints')
            if qv['per'] not in ('total', 'year') or not isinstance(qv['approximate'], bool): errs.append(f'{f} {k}: {kk} per/approx')
            if not qv['approximate']: has(str(qv['min']), kk)
            if 'unit' in qv: has(qv['unit'], kk + ' unit')
        d = r['duration']
        if d:
            if not isinstance(d['months'], int) or not isinstance(d['renewable'], bool): errs.append(f'{f} {k}: duration types')
            for kk in ('start', 'end'):
                if d[kk]: has(d[kk], 'duration ' + kk)
        cst = r['cost']
        if cst:
            for kk in ('total_eur', 'per_year_eur', 'per_household_eur'):
                v = cst[kk]
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): errs.append(f'{f} {k}: {kk} format')
                else: has(spaced(int(v)), kk)
        for fu in r.get('funding', []):
            has(fu['source'], 'funder')
            if fu['eur']: has(spaced(int(fu['eur'])), 'funding eur')
            if fu['share_percent']: has(fu['share_percent'] + ' %', 'share')
        if not isinstance(r['contacts'], list): errs.append(f'{f} {k}: contacts')
        for ct in r['contacts']:
            has(ct['name'], 'contact name')
            if ct['email']: has(ct['email'], 'email')
            if ct['phone']: has(ct['phone'], 'phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not isinstance(c.get('why'), str) or len(c['records']) < 2: errs.append('cluster shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in {r['key'] for r in g['records']}: errs.append('cluster key ' + str(rec))
extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
if extra: errs.append('extra gold ' + str(extra))
if errs: print('\n'.join(errs)); sys.exit(1)
print('OK')
