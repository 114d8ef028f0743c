#!/usr/bin/env python3
"""Validate holdout329 gold files: shape, keys, types, and that values occur in their document."""
import json, os, re, html, sys, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, 'documents'), os.path.join(H, 'gold')
errs = []
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'oe')
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(f):
    b = open(os.path.join(DOC, f), 'rb').read()
    try: s = b.decode('utf-8')
    except UnicodeDecodeError: s = b.decode('cp1252')
    if f.endswith('.html'): s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return fold(s)
def need(t, v, where):
    if v is not None and fold(str(v)) not in t: errs.append(f'{where}: {v!r} not found')
def spaced(e):
    n = int(e); return f'{n:,}'.replace(',', ' ')
PKEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
         'households','housing_units','duration','cost','funding','contacts'}
IKEYS = {'kind','key','section','localisation','organisme','page'}
docs = sorted(os.listdir(DOC)); golds = sorted(x for x in os.listdir(GOLD) if x != 'clusters.json')
if [d + '.json' for d in docs] != golds: errs.append(f'documents/gold mismatch {docs} {golds}')
keys = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    f = d.get('file'); t = load(f)
    if set(d) != {'file', 'records'} or not isinstance(d['records'], list) or not d['records']: errs.append(f'{g}: shape')
    for r in d['records']:
        w = f"{g}:{r.get('key')}"; keys.setdefault(f, set()).add(r.get('key'))
        if r['kind'] == 'index_row':
            if set(r) != IKEYS: errs.append(f'{w}: keys'); continue
            for k in ('section','localisation','organisme','page'): need(t, r[k], w)
            continue
        if r['kind'] != 'project' or set(r) != PKEYS: errs.append(f'{w}: keys {set(r) ^ PKEYS}'); continue
        need(t, r['title'], w); need(t, r['section'], w)
        for k in ('carriers', 'partners'):
            if not isinstance(r[k], list): errs.append(f'{w}: {k} type')
            for v in r[k]: need(t, v, w)
        tr = r['territory']
        if not (isinstance(tr, dict) and isinstance(tr['value'], str) and all(isinstance(x, str) for x in tr['departments'])): errs.append(f'{w}: territory')
        else:
            need(t, tr['value'], w)
            for c in tr['departments']: need(t, c, w)
        if r['year'] is not None:
            if not isinstance(r['year'], int): errs.append(f'{w}: year type')
            need(t, r['year'], w)
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance'): errs.append(f'{w}: mode')
        for k in ('households', 'housing_units'):
            q = r[k]
            if q is None: continue
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max'] and q['per'] in ('total', 'year') and isinstance(q['approximate'], bool)): errs.append(f'{w}: {k} shape')
            if not q['approximate']: need(t, q['min'], w)
            if 'unit' in q: need(t, q['unit'], w)
        du = r['duration']
        if not (isinstance(du['months'], int) and isinstance(du['renewable'], bool)): errs.append(f'{w}: duration')
        for k in ('start', 'end'): need(t, du[k], w)
        c = r['cost']
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: errs.append(f'{w}: cost keys')
        for v in c.values():
            if v is not None:
                if not re.fullmatch(r'\d+', v): errs.append(f'{w}: cost {v}')
                else: need(t, spaced(v), w)
        for fu in r['funding']:
            if set(fu) != {'source', 'eur', 'share_percent'}: errs.append(f'{w}: funding keys')
            need(t, fu['source'], w)
            if fu['eur']: need(t, spaced(fu['eur']), w)
            if fu['share_percent']: need(t, fu['share_percent'] + ' %', w)
        for ct in r['contacts']:
            if set(ct) != {'name', 'email', 'phone'}: errs.append(f'{w}: contact keys')
            for v in ct.values(): need(t, v, w)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not isinstance(c.get('why'), str) or len(c['records']) < 2: errs.append('clusters shape')
    for rec in c['records']:
        if rec['key'] not in keys.get(rec['file'], ()): errs.append(f'cluster record {rec} unknown')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
