#!/usr/bin/env python3
"""Validate holdout246 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    if 'cp1252' in name:
        try:
            raw.decode('utf-8'); err(f'{name}: decodes as UTF-8, expected Windows-1252')
        except UnicodeDecodeError:
            pass
        text = raw.decode('cp1252')
    else:
        text = raw.decode('utf-8')
    if name.endswith('.html'):
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    return fold(text)

def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, name, where, value):
    if value is None: return
    if fold(str(value)) not in doc: err(f'{name} {where}: {value!r} not found in document')

QKEYS = {'min': int, 'max': int, 'per': str, 'approximate': bool}
PROJ_KEYS = ['kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
             'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts']

def check_q(name, where, q, doc):
    if q is None: return
    if not isinstance(q, dict): err(f'{name} {where}: not an object'); return
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f'{name} {where}.{k}: bad type')
    if q.get('per') not in ('total', 'year'): err(f'{name} {where}.per: bad value')
    if isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] > q['max']:
        err(f'{name} {where}: min > max')
    if 'unit' in q:
        need(doc, name, where + '.unit', q['unit'])
    if not q.get('approximate') and q.get('min') == q.get('max') and isinstance(q.get('min'), int):
        if not re.search(r'(?<!\d)(?<!\d )' + str(q['min']) + r'(?!\d)(?! \d{3})', doc):
            err(f'{name} {where}: count {q["min"]} not found')

def check_amount(name, where, v, doc):
    if v is None: return
    if not isinstance(v, str) or not re.fullmatch(r'\d+(\.\d+)?', v):
        err(f'{name} {where}: amount must be a decimal string'); return
    if fold(spaced(v)) not in doc and v not in doc: err(f'{name} {where}: amount {v} not found')

def check_project(name, r, doc):
    for k in PROJ_KEYS:
        if k not in r: err(f'{name} {r.get("key")}: missing key {k}')
    key = r.get('key')
    w = f'[{key}]'
    for k in ('title', 'section', 'section_as_written'):
        if r.get(k) is not None and not isinstance(r[k], str): err(f'{name} {w} {k}: not a string')
    need(doc, name, w + ' title', r.get('title'))
    need(doc, name, w + ' section', r.get('section'))
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
            err(f'{name} {w} {k}: not a list of strings'); continue
        for x in r[k]: need(doc, name, f'{w} {k}', x)
    t = r.get('territory')
    if t is not None:
        if not isinstance(t.get('value'), str) or not isinstance(t.get('departments'), list):
            err(f'{name} {w} territory: bad shape')
        else:
            need(doc, name, w + ' territory', t['value'])
            for d in t['departments']:
                if not re.fullmatch(r'\d{2,3}|2[AB]', d): err(f'{name} {w} department {d!r}')
    y = r.get('year')
    if y is not None:
        if not isinstance(y, int): err(f'{name} {w} year: not an int')
        else: need(doc, name, w + ' year', str(y))
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'):
        err(f'{name} {w} mode: bad value')
    check_q(name, w + ' households', r.get('households'), doc)
    check_q(name, w + ' housing_units', r.get('housing_units'), doc)
    d = r.get('duration')
    if d is not None:
        if set(d) != {'months', 'start', 'end', 'renewable'}: err(f'{name} {w} duration: keys')
        if d.get('months') is not None and not isinstance(d['months'], int): err(f'{name} {w} months: type')
        if not isinstance(d.get('renewable'), bool): err(f'{name} {w} renewable: type')
        for k in ('start', 'end'):
            if d.get(k) is not None: need(doc, name, f'{w} duration.{k}', d[k])
    c = r.get('cost')
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f'{name} {w} cost: keys')
        for k in c: check_amount(name, f'{w} cost.{k}', c[k], doc)
    if not isinstance(r.get('funding'), list): err(f'{name} {w} funding: not a list')
    else:
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}: err(f'{name} {w} funding: keys')
            need(doc, name, w + ' funding.source', f.get('source'))
            check_amount(name, w + ' funding.eur', f.get('eur'), doc)
            if f.get('share_percent') is not None:
                if not re.search(re.escape(f['share_percent']) + r' ?%', doc):
                    err(f'{name} {w} share {f["share_percent"]} % not found')
    if not isinstance(r.get('contacts'), list): err(f'{name} {w} contacts: not a list')
    else:
        for p in r['contacts']:
            if not isinstance(p.get('name'), str): err(f'{name} {w} contact without name')
            for k in ('name', 'email', 'phone'): need(doc, name, f'{w} contact.{k}', p.get(k))

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
    if [g[:-5] for g in golds] != docs: err(f'gold files {golds} do not match documents {docs}')
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
        if data.get('file') != name: err(f'{g}: file field {data.get("file")!r}')
        if not isinstance(data.get('records'), list) or not data['records']: err(f'{g}: no records'); continue
        doc = load_doc(name)
        seen = set()
        for r in data['records']:
            if r.get('key') in seen: err(f'{g}: duplicate key {r.get("key")}')
            seen.add(r.get('key'))
            if r.get('kind') == 'project': check_project(name, r, doc)
            elif r.get('kind') == 'index_row':
                for k in ('key', 'section', 'localisation', 'organisme', 'page'):
                    if not isinstance(r.get(k), str): err(f'{g} index row: {k} missing')
                    elif k != 'key': need(doc, name, f'[{r["key"]}] {k}', r[k])
                if r.get('key') != 'index ' + str(r.get('section')): err(f'{g}: index key {r.get("key")}')
            else: err(f'{g}: bad kind {r.get("kind")!r}')
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters.json: no clusters')
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str) or len(c['why']) < 40: err('clusters.json: why missing')
        if len(c.get('records', [])) < 2: err('clusters.json: cluster with fewer than 2 records')
        for rec in c.get('records', []):
            if rec.get('key') not in keys.get(rec.get('file'), set()): err(f'clusters.json: unknown record {rec}')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
