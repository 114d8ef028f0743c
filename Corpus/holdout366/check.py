#!/usr/bin/env python3
"""Validate holdout366 gold files: shape, keys, types, values found in their documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def doc_text(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in name else b.decode('utf-8')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(d):
    s = str(d); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
         'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IKEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
def need(text, v, where):
    if v is not None and fold(str(v)) not in text: err(f'{where}: {v!r} not found')
def checkq(q, text, where):
    if q is None: return
    if not isinstance(q, dict) or not {'min', 'max', 'per', 'approximate'} <= set(q): return err(f'{where}: bad quantity')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{where}: min/max')
    if q['per'] not in ('total', 'year'): err(f'{where}: per')
    if not isinstance(q['approximate'], bool): err(f'{where}: approximate')
    if not q['approximate'] and not re.search(r'(?<!\d)%d(?!\d)' % q['min'], text): err(f'{where}: {q["min"]} not found')
    if 'unit' in q: need(text, q['unit'], where + '.unit')
docs = sorted(os.listdir(DOCS))
for name in docs:
    p = os.path.join(GOLD, name + '.json')
    if not os.path.exists(p): err(f'missing gold for {name}'); continue
    g = json.load(open(p, encoding='utf-8'))
    if g.get('file') != name: err(f'{name}: file field')
    text = doc_text(name)
    keys = set()
    for r in g.get('records', []):
        w = f'{name}[{r.get("key")}]'
        if r.get('key') in keys: err(f'{w}: duplicate key')
        keys.add(r.get('key'))
        if r.get('kind') == 'index_row':
            if set(r) != IKEYS: err(f'{w}: keys {sorted(set(r) ^ IKEYS)}')
            row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            raw = open(os.path.join(DOCS, name), encoding='utf-8').read()
            if row not in raw: err(f'{w}: index row not found whole')
            continue
        if r.get('kind') != 'project': err(f'{w}: kind'); continue
        if set(r) != PKEYS: err(f'{w}: keys {sorted(set(r) ^ PKEYS)}')
        need(text, r['section'], w + '.section'); need(text, r['title'], w + '.title')
        for f in ('carriers', 'partners'):
            if not isinstance(r[f], list): err(f'{w}: {f} not a list')
            for v in r[f]: need(text, v, f'{w}.{f}')
        t = r['territory']
        if t is not None:
            need(text, t['value'], w + '.territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t['departments']): err(f'{w}: departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(f'{w}: year type')
            need(text, '- %d' % r['year'], w + '.year')
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance', None): err(f'{w}: mode')
        checkq(r['households'], text, w + '.households'); checkq(r['housing_units'], text, w + '.housing_units')
        d = r['duration']
        if d is not None:
            if set(d) != {'months', 'start', 'end', 'renewable'} or not isinstance(d['months'], int): err(f'{w}: duration shape')
            need(text, d['start'], w + '.start'); need(text, d['end'], w + '.end')
        c = r['cost']
        if c is not None:
            for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
                v = c.get(k, 'MISSING')
                if v == 'MISSING': err(f'{w}: cost.{k} missing')
                elif v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): err(f'{w}: cost.{k} not decimal')
                    elif fold(spaced(v)) not in text: err(f'{w}: cost {v} not found')
        for fu in r['funding']:
            if set(fu) != {'source', 'eur', 'share_percent'}: err(f'{w}: funding shape')
            need(text, fu['source'], w + '.funding')
            if fu['eur']: need(text, spaced(fu['eur']), w + '.funding.eur')
            if fu['share_percent'] and not re.search(fu['share_percent'] + r' ?%', text): err(f'{w}: share {fu["share_percent"]}')
        for k in r['contacts']:
            if not {'name', 'email', 'phone'} <= set(k): err(f'{w}: contact shape')
            need(text, k['name'], w + '.contact'); need(text, k['email'], w + '.email'); need(text, k['phone'], w + '.phone')
for extra in os.listdir(GOLD):
    if extra.endswith('.json') and extra != 'clusters.json' and extra[:-5] not in docs: err(f'gold without document: {extra}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters: shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in {r['key'] for r in g['records']}: err(f'clusters: {rec} not in gold')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
