#!/usr/bin/env python3
"""Validate holdout396 gold files (standard library only). Prints OK when all checks pass."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def fold(s):
    s = html.unescape(s)
    s = re.sub(r'<[^>]+>', ' ', s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s).lower()
def read(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('cp1252')
def spaced(n):
    return f"{int(n):,}".replace(',', ' ')
PKEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
         'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
def need(doc, text, where):
    if text is not None and fold(str(text)) not in doc:
        errors.append(f'{where}: {text!r} not found in document')
def check_q(q, where, doc):
    if q is None: return
    for k, t in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        if not isinstance(q.get(k), t): errors.append(f'{where}: bad {k}')
    if q.get('per') not in ('total', 'year'): errors.append(f'{where}: bad per')
    if q['min'] > q['max']: errors.append(f'{where}: min > max')
    if not q['approximate']: need(doc, str(q['min']), where)
    if 'unit' in q: need(doc, q['unit'], where)
files = sorted(f for f in os.listdir(DOCS))
for fn in files:
    gp = os.path.join(GOLD, fn + '.json')
    if not os.path.exists(gp):
        errors.append(f'missing gold for {fn}'); continue
    g = json.load(open(gp, encoding='utf-8'))
    doc = fold(read(fn))
    if g.get('file') != fn: errors.append(f'{fn}: file key')
    keys = set()
    for r in g['records']:
        w = f"{fn}[{r.get('key')}]"
        if r.get('key') in keys: errors.append(f'{w}: duplicate key')
        keys.add(r.get('key'))
        if r['kind'] == 'index_row':
            if set(r) != {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}: errors.append(f'{w}: index keys')
            if r['key'] != 'index ' + r['section']: errors.append(f'{w}: index key')
            need(doc, '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]).replace('\t', ' '), w)
            continue
        if r['kind'] != 'project': errors.append(f'{w}: kind'); continue
        if set(r) != PKEYS: errors.append(f'{w}: keys {sorted(set(r) ^ PKEYS)}')
        if r['section']: need(doc, r['section'] + '.', w)
        need(doc, r['title'], w + ' title')
        for c in r['carriers'] + r['partners']: need(doc, c, w + ' org')
        t = r['territory']
        if t:
            need(doc, t['value'], w + ' territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t['departments']): errors.append(f'{w}: departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): errors.append(f'{w}: year type')
            need(doc, f'- {r["year"]}', w + ' year')
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance', None): errors.append(f'{w}: mode')
        check_q(r['households'], w + ' households', doc)
        check_q(r['housing_units'], w + ' housing', doc)
        d = r['duration']
        if d:
            if set(d) != {'months', 'start', 'end', 'renewable'} or not isinstance(d['months'], int): errors.append(f'{w}: duration shape')
            for k in ('start', 'end'):
                if d[k]: need(doc, d[k], w + ' duration ' + k)
        c = r['cost']
        if c:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: errors.append(f'{w}: cost shape')
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): errors.append(f'{w}: cost {k} not decimal string')
                    need(doc, spaced(v) + ' €', w + ' cost ' + k)
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}: errors.append(f'{w}: funding shape')
            need(doc, f['source'], w + ' funder')
            if f['eur']: need(doc, spaced(f['eur']), w + ' funding eur')
            if f['share_percent']: need(doc, f['share_percent'] + ' %', w + ' share')
        for k in r['contacts']:
            if set(k) != {'name', 'email', 'phone'}: errors.append(f'{w}: contact shape')
            for v in k.values(): need(doc, v, w + ' contact')
    for fn2 in os.listdir(GOLD):
        pass
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why') or len(c['records']) < 2: errors.append('clusters: shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in {r['key'] for r in g['records']}: errors.append(f'clusters: {rec} unknown')
extra = set(os.listdir(GOLD)) - {f + '.json' for f in files} - {'clusters.json'}
if extra: errors.append(f'stray gold files {extra}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
