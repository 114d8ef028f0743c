#!/usr/bin/env python3
"""Validate holdout342 gold: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'oe')): s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def spaced(d): return f"{int(d):,}".replace(',', ' ')
errs = []
def need(c, m):
    if not c: errs.append(m)
PK = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"]
for f in sorted(os.listdir(os.path.join(H, 'documents'))):
    g = json.load(open(os.path.join(H, 'gold', f + '.json'), encoding='utf-8'))
    raw = open(os.path.join(H, 'documents', f), 'rb').read()
    txt = fold(raw.decode('cp1252' if 'cp1252' in f else 'utf-8'))
    need(g.get('file') == f and isinstance(g.get('records'), list) and g['records'], f + ': shape')
    keys = [r['key'] for r in g['records']]; need(len(keys) == len(set(keys)), f + ': duplicate keys')
    def has(v, what): need(fold(str(v)) in txt, f'{f}: {what} {v!r} not found')
    for r in g['records']:
        if r['kind'] == 'index_row':
            for k in ('section','localisation','organisme','page'): need(isinstance(r.get(k), str), f'{f}: index {k}'); has(r[k], k)
            continue
        need(r['kind'] == 'project', f + ': kind')
        for k in PK: need(k in r, f'{f} {r.get("key")}: missing {k}')
        if r['section']: has(r['section'], 'section')
        if r['title']: has(r['title'], 'title')
        for k in ('carriers','partners'):
            need(isinstance(r[k], list), f + ': ' + k)
            for v in r[k]: has(v, k)
        if r['territory']: has(r['territory']['value'], 'territory'); need(all(isinstance(d, str) for d in r['territory']['departments']), f + ': depts')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), f + ': mode')
        if r['year'] is not None: need(isinstance(r['year'], int), f + ': year'); has(r['year'], 'year')
        for k in ('households','housing_units'):
            q = r[k]
            if q is None: continue
            need(isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max'] and q['per'] in ('total','year') and isinstance(q['approximate'], bool), f'{f}: {k} shape')
            if not q['approximate']: has(q['min'], k)
            if 'unit' in q: has(q['unit'], k + ' unit')
        d = r['duration']
        if d:
            need(isinstance(d['months'], int) and isinstance(d['renewable'], bool), f + ': duration')
            for k in ('start','end'):
                if d[k]: has(d[k], 'duration ' + k)
        c = r['cost']
        if c:
            for k in ('total_eur','per_year_eur','per_household_eur'):
                if c[k] is not None: need(re.fullmatch(r'\d+', c[k]) is not None, f + ': eur'); has(spaced(c[k]), k)
        for fu in r['funding']:
            has(fu['source'], 'funder')
            if fu['eur']: has(spaced(fu['eur']), 'funding eur')
            if fu['share_percent']: has(fu['share_percent'] + ' %', 'share')
        for ct in r['contacts']:
            has(ct['name'], 'contact'); 
            if ct['email']: has(ct['email'], 'email')
            if ct.get('phone'): has(ct['phone'], 'phone')
cl = json.load(open(os.path.join(H, 'gold', 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(isinstance(c.get('why'), str) and len(c['records']) >= 2, 'clusters shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(H, 'gold', rec['file'] + '.json'), encoding='utf-8'))
        need(rec['key'] in [r['key'] for r in g['records']], 'cluster key ' + rec['key'])
if errs: print('\n'.join(errs)); sys.exit(1)
print('OK')
