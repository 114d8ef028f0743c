#!/usr/bin/env python3
"""Validate holdout404 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())
def load(name):
    b = open(os.path.join(DOC, name), 'rb').read()
    if 'cp1252' in name:
        try:
            b.decode('utf-8'); errors.append(name + ': cp1252 file is valid UTF-8')
        except UnicodeDecodeError: pass
        t = b.decode('cp1252')
    else:
        t = b.decode('utf-8')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PROJ = ['kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
        'households','housing_units','duration','cost','funding','contacts']
IDX = ['kind','key','section','localisation','organisme','page']
def need(cond, msg):
    if not cond: errors.append(msg)
def quantity(v, where, text):
    if v is None: return
    need(isinstance(v, dict), where + ' not object'); 
    for k, t in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        need(isinstance(v.get(k), t), f'{where}.{k} type')
    need(v.get('per') in ('total', 'year'), where + '.per value')
    need(v['min'] <= v['max'], where + ' min>max')
    if not v['approximate']:
        need(re.search(r'(?<!\d)' + str(v['min']) + r'(?!\d)', text) is not None, f'{where}: {v["min"]} not in document')
    if 'unit' in v: need(fold(v['unit']) in text, f'{where}.unit {v["unit"]!r} not in document')
docs = sorted(os.listdir(DOC))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
need(golds == [d + '.json' for d in docs], 'gold files do not match documents')
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    name = g[:-5]
    need(data.get('file') == name, g + ': file')
    text = load(name)
    keys[name] = set()
    for i, r in enumerate(data.get('records', [])):
        w = f'{g}[{i}]'
        keys[name].add(r.get('key'))
        if r.get('kind') == 'index_row':
            need(set(r) == set(IDX), w + ' index keys')
            need(r['key'] == 'index ' + r['section'], w + ' index key')
            for k in IDX[2:]: need(fold(r[k]) in text, f'{w}.{k} {r[k]!r} not in document')
            continue
        need(r.get('kind') == 'project', w + ' kind')
        need(set(r) == set(PROJ), w + ' project keys ' + str(set(PROJ) ^ set(r)))
        if r.get('section'): need(r['section'] in text and r['key'] == r['section'], w + ' section')
        need(isinstance(r['title'], str) and fold(r['title']) in text, w + ' title not in document')
        for k in ('carriers', 'partners'):
            need(isinstance(r[k], list), w + k)
            for x in r[k]: need(fold(x) in text, f'{w}.{k} {x!r} not in document')
        t = r['territory']
        if t is not None:
            need(fold(t['value']) in text, f'{w}.territory {t["value"]!r}')
            need(all(isinstance(d, str) and d.isdigit() for d in t['departments']), w + ' departments')
        need(r['year'] is None or (isinstance(r['year'], int) and str(r['year']) in text), w + ' year')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), w + ' mode')
        quantity(r['households'], w + '.households', text)
        quantity(r['housing_units'], w + '.housing_units', text)
        d = r['duration']
        if d is not None:
            need(set(d) == {'months', 'start', 'end', 'renewable'}, w + ' duration keys')
            need(d['months'] is None or isinstance(d['months'], int), w + ' months')
            for k in ('start', 'end'):
                need(d[k] is None or d[k] in text, f'{w}.duration.{k}')
        cst = r['cost']
        if cst is not None:
            need(set(cst) == {'total_eur', 'per_year_eur', 'per_household_eur'}, w + ' cost keys')
            for k, v in cst.items():
                if v is not None:
                    need(re.fullmatch(r'\d+(\.\d+)?', v) is not None, f'{w}.cost.{k} format')
                    need(spaced(v) in text or v in text, f'{w}.cost.{k} {v} not in document')
        for f in r['funding']:
            need(set(f) == {'source', 'eur', 'share_percent'}, w + ' funding keys')
            need(fold(f['source']) in text, f'{w} funder {f["source"]!r}')
            if f['eur']: need(spaced(f['eur']) in text, f'{w} funder eur {f["eur"]}')
            if f['share_percent']: need(f['share_percent'] + ' %' in text, f'{w} share {f["share_percent"]}')
        for c in r['contacts']:
            need(set(c) == {'name', 'email', 'phone'}, w + ' contact keys')
            need(fold(c['name']) in text, f'{w} contact {c["name"]!r}')
            if c['email']: need(c['email'].lower() in text, f'{w} email {c["email"]}')
            if c['phone']: need(c['phone'] in text, f'{w} phone {c["phone"]}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(isinstance(c.get('why'), str) and len(c['records']) >= 2, 'cluster shape')
    for rec in c['records']: need(rec['key'] in keys.get(rec['file'], ()), f'cluster record {rec}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
