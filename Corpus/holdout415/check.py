#!/usr/bin/env python3
"""Validate holdout415 gold files (standard library only). Prints OK when all pass."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errs = []
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    return re.sub(r'\s+', ' ', ''.join(c for c in s if not unicodedata.combining(c)).lower())
def load(f):
    b = open(os.path.join(DOC, f), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(d):
    d = str(d); out = ''
    while len(d) > 3: out = ' ' + d[-3:] + out; d = d[:-3]
    return d + out
PKEYS = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"]
docs = sorted(os.listdir(DOC))
for f in docs:
    p = os.path.join(GOLD, f + '.json')
    if not os.path.exists(p): errs.append('no gold for ' + f); continue
    g = json.load(open(p, encoding='utf-8'))
    if g.get('file') != f or not isinstance(g.get('records'), list): errs.append(f + ': bad shape'); continue
    T = load(f)
    def need(s, what):
        if s is not None and fold(str(s)) not in T: errs.append(f'{f}: {what} {s!r} not in document')
    keys = set()
    for r in g['records']:
        k = r.get('key')
        if k in keys: errs.append(f'{f}: duplicate key {k}')
        keys.add(k)
        if r.get('kind') == 'index_row':
            for x in ('section','localisation','organisme','page'):
                if not isinstance(r.get(x), str): errs.append(f'{f}: index {k} {x}')
                need(r.get(x), 'index ' + x)
            continue
        if r.get('kind') != 'project': errs.append(f'{f}: bad kind'); continue
        for x in PKEYS:
            if x not in r: errs.append(f'{f}: {k} missing {x}')
        need(r.get('section'), 'section'); need(r.get('title'), 'title')
        for x in ('carriers','partners'):
            if not isinstance(r[x], list): errs.append(f'{f}: {k} {x} not list')
            for v in r[x]: need(v, x)
        t = r['territory']
        if t is not None:
            need(t['value'], 'territory')
            if not (isinstance(t['departments'], list) and all(re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments'])): errs.append(f'{f}: {k} departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): errs.append(f'{f}: year type')
            need(r['year'], 'year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): errs.append(f'{f}: {k} mode')
        for x in ('households','housing_units'):
            q = r[x]
            if q is None: continue
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max'] and q['per'] in ('total','year') and isinstance(q['approximate'], bool)):
                errs.append(f'{f}: {k} {x} shape')
            if not q['approximate']: need(q['min'], x)
            if 'unit' in q: need(q['unit'], x + ' unit')
        d = r['duration']
        if d is not None:
            if not (d['months'] is None or isinstance(d['months'], int)) or not isinstance(d['renewable'], bool): errs.append(f'{f}: {k} duration shape')
            need(d['start'], 'start'); need(d['end'], 'end')
        c = r['cost']
        if c is not None:
            for x in ('total_eur','per_year_eur','per_household_eur'):
                v = c[x]
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): errs.append(f'{f}: {k} {x} not decimal string')
                else: need(spaced(v), x)
        for fu in r['funding']:
            need(fu['source'], 'funder')
            if fu['eur'] is not None: need(spaced(fu['eur']), 'funding eur')
            if fu['share_percent'] is not None: need(fu['share_percent'] + ' %', 'share')
        for ct in r['contacts']:
            need(ct['name'], 'contact name'); need(ct.get('email'), 'email'); need(ct.get('phone'), 'phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why') or len(c['records']) < 2: errs.append('cluster shape')
    for rr in c['records']:
        gf = os.path.join(GOLD, rr['file'] + '.json')
        if not os.path.exists(gf) or rr['key'] not in [x['key'] for x in json.load(open(gf, encoding='utf-8'))['records']]:
            errs.append('cluster record missing ' + str(rr))
extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
if extra: errs.append('extra gold ' + str(extra))
print('\n'.join(errs) if errs else 'OK'); sys.exit(1 if errs else 0)
