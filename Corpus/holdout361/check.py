#!/usr/bin/env python3
"""Validate holdout361 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s)) if '<' in s else s
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'oe')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def read(f):
    b = open(os.path.join(DOCS, f), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def need(doc, val, where):
    if fold(str(val)) not in doc: errors.append(f'{where}: {val!r} not found')
PROJ = ['kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
        'households','housing_units','duration','cost','funding','contacts']
SHARE_WORDS = {'50': ['pour moitie']}
docs = sorted(os.listdir(DOCS))
for f in docs:
    p = os.path.join(GOLD, f + '.json')
    if not os.path.exists(p): errors.append(f'missing gold for {f}'); continue
    g = json.load(open(p, encoding='utf-8'))
    if g.get('file') != f or not isinstance(g.get('records'), list): errors.append(f'{f}: bad top level'); continue
    doc = read(f); keys = set()
    for r in g['records']:
        w = f"{f}:{r.get('key')}"
        if r.get('key') in keys: errors.append(f'{w}: duplicate key')
        keys.add(r.get('key'))
        if r.get('kind') == 'index_row':
            for k in ['section','localisation','organisme','page']:
                if not isinstance(r.get(k), str): errors.append(f'{w}: {k} not a string')
                else: need(doc, r[k], w)
            need(doc, '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]), w)
            continue
        if r.get('kind') != 'project': errors.append(f'{w}: bad kind'); continue
        for k in PROJ:
            if k not in r: errors.append(f'{w}: missing {k}')
        if r['section']: need(doc, r['section'] + '.', w)
        if not isinstance(r['title'], str): errors.append(f'{w}: title')
        else: need(doc, r['title'], w)
        for k in ['carriers','partners']:
            if not isinstance(r[k], list): errors.append(f'{w}: {k} not a list')
            for v in r[k]: need(doc, v, w)
        t = r['territory']
        if t is not None:
            need(doc, t['value'], w)
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t['departments']): errors.append(f'{w}: departments')
            for d in t['departments']:
                if d not in t['value'] and r['kind']=='project' and not re.search(r'jura', fold(t['value'])): errors.append(f'{w}: code {d} not in territory')
        if r['year'] is not None:
            if not isinstance(r['year'], int): errors.append(f'{w}: year type')
            need(doc, '- %d' % r['year'], w)
        if r['mode'] not in ('access','maintenance','access_and_maintenance',None): errors.append(f'{w}: mode')
        for k in ['households','housing_units']:
            q = r[k]
            if q is None: continue
            if set(q) - {'min','max','per','approximate','unit'} or not {'min','max','per','approximate'} <= set(q): errors.append(f'{w}: {k} keys')
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): errors.append(f'{w}: {k} min/max')
            if q['per'] not in ('total','year') or not isinstance(q['approximate'], bool): errors.append(f'{w}: {k} per/approx')
            if not q['approximate'] and not re.search(r'(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})' % q['min'], doc): errors.append(f'{w}: {k} {q["min"]} not found')
            if 'unit' in q: need(doc, q['unit'], w)
        d = r['duration']
        if d is not None:
            if set(d) != {'months','start','end','renewable'} or not isinstance(d['months'], int): errors.append(f'{w}: duration shape')
            for k in ['start','end']:
                if d[k] is not None: need(doc, d[k], w)
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: errors.append(f'{w}: cost keys')
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): errors.append(f'{w}: cost {k} format')
                need(doc, spaced(v) + ' €', w)
        for fu in r['funding']:
            if set(fu) != {'source','eur','share_percent'}: errors.append(f'{w}: funding keys')
            need(doc, fu['source'], w)
            if fu['eur']: need(doc, spaced(fu['eur']) + ' €', w)
            if fu['share_percent']:
                if not (re.search(r'(?<!\d)%s ?%%' % fu['share_percent'], doc) or any(x in doc for x in SHARE_WORDS.get(fu['share_percent'], []))):
                    errors.append(f'{w}: share {fu["share_percent"]} not found')
        for ct in r['contacts']:
            if not {'name','email','phone'} <= set(ct): errors.append(f'{w}: contact keys')
            need(doc, ct['name'], w)
            if ct['email']: need(doc, ct['email'], w)
            if ct['phone']: need(doc, ct['phone'], w)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not isinstance(c.get('why'), str) or len(c['records']) < 2: errors.append('clusters: shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in [r['key'] for r in g['records']]: errors.append(f'clusters: {rec} unknown')
extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
if extra: errors.append(f'extra gold files {extra}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
