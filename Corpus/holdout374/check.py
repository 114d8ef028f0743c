#!/usr/bin/env python3
"""Validate holdout374 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, html, unicodedata, sys
H = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())
def sp(d): return f"{int(d):,}".replace(',', ' ')
errs = []
PK = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year", "mode",
      "households", "housing_units", "duration", "cost", "funding", "contacts"}
for f in sorted(os.listdir(os.path.join(H, 'documents'))):
    raw = open(os.path.join(H, 'documents', f), 'rb').read()
    try: txt = raw.decode('utf-8')
    except UnicodeDecodeError: txt = raw.decode('cp1252')
    T = fold(txt)
    def need(v, what):
        if v is not None and fold(str(v)) not in T: errs.append(f"{f}: {what} {v!r} not found")
    g = json.load(open(os.path.join(H, 'gold', f + '.json'), encoding='utf-8'))
    if g.get('file') != f or not isinstance(g.get('records'), list): errs.append(f"{f}: bad shape"); continue
    keys = [r.get('key') for r in g['records']]
    if len(set(keys)) != len(keys): errs.append(f"{f}: duplicate keys")
    for r in g['records']:
        if r['kind'] == 'index_row':
            if set(r) != {"kind", "key", "section", "localisation", "organisme", "page"}: errs.append(f"{f}: index keys")
            need("\t".join([r['section'], r['localisation'], r['organisme'], r['page']]), 'index row')
            continue
        if r['kind'] != 'project' or set(r) != PK: errs.append(f"{f}: project keys {r.get('key')}"); continue
        need(r['section'], 'section'); need(r['title'], 'title')
        for c in r['carriers'] + r['partners']: need(c, 'org')
        t = r['territory']; need(t['value'], 'territory')
        assert all(isinstance(d, str) and len(d) == 2 for d in t['departments'])
        if r['year'] is not None: assert isinstance(r['year'], int); need(str(r['year']), 'year')
        assert r['mode'] in ('access', 'maintenance', 'access_and_maintenance')
        for q in (r['households'], r['housing_units']):
            if q is None: continue
            assert {"min", "max", "per", "approximate"} <= set(q) and q['per'] in ('total', 'year')
            assert isinstance(q['min'], int) and q['min'] <= q['max'] and isinstance(q['approximate'], bool)
            if not q['approximate']: need(str(q['min']), 'count')
            if 'unit' in q: need(q['unit'], 'unit')
        d = r['duration']
        assert set(d) == {"months", "start", "end", "renewable"} and isinstance(d['months'], int)
        for y in (d['start'], d['end']): need(y, 'duration year')
        c = r['cost']; assert set(c) == {"total_eur", "per_year_eur", "per_household_eur"}
        for v in c.values():
            if v is not None: assert re.fullmatch(r'\d+', v); need(sp(v), 'amount')
        for fu in r['funding']:
            assert set(fu) == {"source", "eur", "share_percent"}; need(fu['source'], 'funder')
            if fu['eur']: need(sp(fu['eur']), 'funding eur')
            if fu['share_percent']: need(fu['share_percent'] + ' %', 'share')
        for k in r['contacts']:
            assert set(k) == {"name", "email", "phone"}
            need(k['name'], 'contact'); need(k['email'], 'email'); need(k['phone'], 'phone')
cl = json.load(open(os.path.join(H, 'gold', 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    assert c['why'] and len(c['records']) >= 2
    for x in c['records']:
        g = json.load(open(os.path.join(H, 'gold', x['file'] + '.json'), encoding='utf-8'))
        if x['key'] not in [r['key'] for r in g['records']]: errs.append(f"cluster key {x}")
print('\n'.join(errs) if errs else 'OK'); sys.exit(1 if errs else 0)
