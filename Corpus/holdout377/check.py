#!/usr/bin/env python3
"""Validate holdout377 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
H = os.path.dirname(os.path.abspath(__file__)); DOC = os.path.join(H, 'documents'); GOLD = os.path.join(H, 'gold')
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())
def text(f):
    b = open(os.path.join(DOC, f), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n): return f"{int(n):,}".replace(',', ' ')
P = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"]
errs = []
def need(c, m):
    if not c: errs.append(m)
docs = sorted(os.listdir(DOC)); golds = sorted(g for g in os.listdir(GOLD) if g != 'clusters.json')
need(golds == sorted(d + '.json' for d in docs), 'gold files do not match documents')
keys = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8')); f = d.get('file'); need(f + '.json' == g, g + ': file')
    T = text(f); keys[f] = set()
    def found(v, where):
        need(fold(str(v)) in T, f'{g} {where}: {v!r} not found')
    for r in d['records']:
        k = r.get('key'); need(isinstance(k, str), g + ' key'); need(k not in keys[f], g + ' duplicate key'); keys[f].add(k)
        if r['kind'] == 'index_row':
            for x in ('section', 'localisation', 'organisme', 'page'):
                need(isinstance(r.get(x), str), f'{g} {k} {x}'); found(r[x], k)
            continue
        need(r['kind'] == 'project', g + ' kind')
        for x in P: need(x in r, f'{g} {k} missing {x}')
        if r['section']: found(r['section'], k)
        found(r['title'], k + ' title')
        for x in r['carriers'] + r['partners']: found(x, k + ' org')
        if r['territory']:
            found(r['territory']['value'], k + ' territory'); need(all(re.fullmatch(r'\d\d\d?', c) for c in r['territory']['departments']), k + ' deps')
        if r['year'] is not None: need(isinstance(r['year'], int), k + ' year'); found(r['year'], k + ' year')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), k + ' mode')
        for q in ('households', 'housing_units'):
            v = r[q]
            if v is None: continue
            need(set(v) >= {'min', 'max', 'per', 'approximate'} and v['per'] in ('total', 'year') and isinstance(v['min'], int) and v['min'] <= v['max'], f'{g} {k} {q} shape')
            if 'unit' in v: found(v['unit'], k + ' unit')
            if not v['approximate'] or v['min'] == v['max']: found(v['min'], k + ' ' + q)
        du = r['duration']
        if du:
            need(isinstance(du['months'], int) and isinstance(du['renewable'], bool), k + ' duration')
            for y in (du['start'], du['end']):
                if y: found(y, k + ' duration year')
        c = r['cost']
        if c:
            for x in ('total_eur', 'per_year_eur', 'per_household_eur'):
                need(x in c, k + ' cost key')
                if c[x] is not None: need(re.fullmatch(r'\d+(\.\d+)?', c[x]), k + ' cost decimal'); found(spaced(c[x]), k + ' ' + x)
        for fu in r['funding']:
            found(fu['source'], k + ' funder')
            if fu['eur']: found(spaced(fu['eur']), k + ' funding eur')
            if fu['share_percent']: found(fu['share_percent'] + ' %', k + ' share')
        for ct in r['contacts']:
            found(ct['name'], k + ' contact'); 
            if ct.get('email'): found(ct['email'], k + ' email')
            if ct.get('phone'): found(ct['phone'], k + ' phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(isinstance(c.get('why'), str) and len(c['records']) >= 2, 'cluster shape')
    for r in c['records']: need(r['key'] in keys.get(r['file'], ()), f'cluster record {r} unknown')
if errs: print('\n'.join(errs)); sys.exit(1)
print('OK')
