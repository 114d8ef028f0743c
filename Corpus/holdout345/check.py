#!/usr/bin/env python3
"""Validate holdout345 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
H = os.path.dirname(os.path.abspath(__file__)); DOC = os.path.join(H, 'documents'); GOLD = os.path.join(H, 'gold')
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(f):
    b = open(os.path.join(DOC, f), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in f else b.decode('utf-8')
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t.replace('\t', ' '))
def spaced(e): return re.sub(r'(?<=\d)(?=(\d{3})+$)', ' ', e)
errs = []
PKEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode','households','housing_units','duration','cost','funding','contacts'}
def need(c, m):
    if not c: errs.append(m)
def q(x, f, k):
    if x is None: return
    need(isinstance(x, dict) and {'min','max','per','approximate'} <= set(x), f'{f} {k} quantity shape')
    need(isinstance(x['min'], int) and isinstance(x['max'], int) and x['min'] <= x['max'], f'{f} {k} min/max')
    need(x['per'] in ('total','year') and isinstance(x['approximate'], bool), f'{f} {k} per/approx')
docs = sorted(os.listdir(DOC))
for f in docs:
    p = os.path.join(GOLD, f + '.json')
    if not os.path.exists(p): errs.append('missing gold ' + f); continue
    g = json.load(open(p, encoding='utf-8')); t = load(f)
    need(g.get('file') == f and isinstance(g.get('records'), list) and g['records'], f + ' shape')
    def found(s, what):
        need(isinstance(s, str) and fold(s) in t, f'{f}: {what} {s!r} not in document')
    keys = set()
    for r in g['records']:
        need(r['key'] not in keys, f + ' duplicate key ' + r['key']); keys.add(r['key'])
        if r['kind'] == 'index_row':
            need(set(r) == {'kind','key','section','localisation','organisme','page'}, f + ' index keys')
            for k in ('section','localisation','organisme','page'): found(r[k], k)
            continue
        need(r['kind'] == 'project' and PKEYS <= set(r), f + ' project keys ' + r['key'])
        if r['section']: found(r['section'], 'section')
        found(r['title'], 'title')
        for k in ('carriers','partners'):
            need(isinstance(r[k], list), f + ' ' + k)
            for v in r[k]: found(v, k)
        tr = r['territory']
        if tr:
            found(tr['value'], 'territory')
            for d in tr['departments']: need(re.fullmatch(r'\d\d\d?|2[AB]', d), f + ' dep ' + d); found('(' + d + ')', 'dep code')
        need(r['year'] is None or (isinstance(r['year'], int) and str(r['year']) in t), f + ' year')
        need(r['mode'] in (None,'access','maintenance','access_and_maintenance'), f + ' mode')
        for k in ('households','housing_units'):
            q(r[k], f, k)
            x = r[k]
            if x and not x['approximate']: found(str(x['min']), k + ' count')
            if x and x.get('unit'): found(x['unit'], k + ' unit')
        d = r['duration']
        if d:
            need(set(d) == {'months','start','end','renewable'} and (d['months'] is None or isinstance(d['months'], int)), f + ' duration shape')
            for k in ('start','end'):
                if d[k]: found(d[k], 'duration ' + k)
        c = r['cost']
        if c:
            need(set(c) == {'total_eur','per_year_eur','per_household_eur'}, f + ' cost shape')
            for v in c.values():
                if v is not None: need(re.fullmatch(r'\d+(\.\d+)?', v), f + ' amount ' + v); found(spaced(v), 'amount')
        for fu in r['funding']:
            need(set(fu) == {'source','eur','share_percent'}, f + ' funding shape'); found(fu['source'], 'funder')
            if fu['eur']: found(spaced(fu['eur']), 'funding eur')
            if fu['share_percent']: found(fu['share_percent'] + ' %', 'share')
        for ct in r['contacts']:
            need({'name','email','phone'} <= set(ct), f + ' contact shape'); found(ct['name'], 'contact name')
            if ct['email']: found(ct['email'], 'email')
            if ct['phone']: found(ct['phone'], 'phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(isinstance(c.get('why'), str) and len(c['records']) >= 2, 'cluster shape')
    for rr in c['records']:
        g = json.load(open(os.path.join(GOLD, rr['file'] + '.json'), encoding='utf-8'))
        need(any(r['key'] == rr['key'] for r in g['records']), 'cluster key ' + rr['key'])
extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
need(not extra, 'extra gold ' + str(extra))
if errs: print('\n'.join(errs)); sys.exit(1)
print('OK')
