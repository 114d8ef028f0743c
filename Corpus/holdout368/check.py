#!/usr/bin/env python3
"""Validate holdout368 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    return re.sub(r'\s+', ' ', ''.join(c for c in s if not unicodedata.combining(c)).lower())
def text(f):
    b = open(os.path.join(H, 'documents', f), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
err = []
def need(c, m):
    if not c: err.append(m)
def amt(e): return f"{int(e):,}".replace(',', ' ')
PK = ["kind", "key", "title", "carriers", "partners", "territory", "mode", "households", "housing_units", "duration", "cost", "contacts"]
docs = sorted(os.listdir(os.path.join(H, 'documents')))
for d in docs:
    g = json.load(open(os.path.join(H, 'gold', d + '.json'), encoding='utf-8'))
    need(g.get('file') == d, d + ': file'); T = text(d)
    keys = [r['key'] for r in g['records']]; need(len(keys) == len(set(keys)), d + ': dup keys')
    for r in g['records']:
        k = d + ' ' + r.get('key', '?')
        if r['kind'] == 'index_row':
            for f in ('section', 'localisation', 'organisme', 'page'):
                need(isinstance(r.get(f), str) and fold(r[f]) in T, k + ': ' + f)
            continue
        need(r['kind'] == 'project', k + ': kind')
        for f in PK: need(f in r, k + ': missing ' + f)
        need(fold(r['title']) in T, k + ': title')
        for f in ('carriers', 'partners'):
            need(isinstance(r[f], list), k + f)
            for v in r[f]: need(fold(v) in T, k + ': ' + f + ' ' + v)
        need(fold(r['territory']['value']) in T, k + ': territory')
        need(all(isinstance(x, str) for x in r['territory']['departments']), k + ': deps')
        need(r['mode'] in ('access', 'maintenance', 'access_and_maintenance'), k + ': mode')
        if 'section' in r and r['section']: need(fold(r['section']) in T, k + ': section')
        for q in ('households', 'housing_units'):
            v = r[q]
            if v is None: continue
            need(set(v) >= {'min', 'max', 'per', 'approximate'} and v['per'] in ('total', 'year') and isinstance(v['min'], int) and v['min'] <= v['max'], k + ': ' + q)
            if not v['approximate']: need(re.search(r'(?<!\d)' + str(v['min']) + r'(?!\d)', T), k + ': ' + q + ' count')
            if v.get('unit'): need(fold(v['unit']) in T, k + ': unit')
        du = r['duration']
        if du:
            need(isinstance(du['months'], int) and set(du) >= {'months', 'start', 'end', 'renewable'}, k + ': duration')
            for y in (du['start'], du['end']):
                if y: need(y in T, k + ': year ' + y)
        c = r['cost']
        if c:
            for f in ('total_eur', 'per_year_eur', 'per_household_eur'):
                need(f in c, k + ': cost key')
                if c[f]: need(re.fullmatch(r'\d+', c[f]) and amt(c[f]) in T, k + ': cost ' + c[f])
        for fu in r.get('funding', []):
            need(fold(fu['source']) in T, k + ': funder')
            if fu['eur']: need(amt(fu['eur']) in T, k + ': funding eur')
            if fu['share_percent']: need(fu['share_percent'] + ' %' in T, k + ': share')
        if r.get('year'): need(str(r['year']) in T, k + ': year')
        for ct in r['contacts']:
            need(fold(ct['name']) in T, k + ': contact ' + ct['name'])
            if ct.get('email'): need(ct['email'].lower() in T, k + ': email')
            if ct.get('phone'): need(fold(ct['phone']) in T, k + ': phone')
cl = json.load(open(os.path.join(H, 'gold', 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(isinstance(c.get('why'), str) and len(c['records']) >= 2, 'cluster shape')
    for rr in c['records']:
        g = json.load(open(os.path.join(H, 'gold', rr['file'] + '.json'), encoding='utf-8'))
        need(rr['key'] in [x['key'] for x in g['records']], 'cluster key ' + rr['key'])
if err: print('\n'.join(err)); sys.exit(1)
print('OK')
