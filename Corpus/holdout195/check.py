#!/usr/bin/env python3
"""Check holdout195 gold files: format of ../gold/README.md, and every expected value findable in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s)

def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in name else b.decode('utf-8')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    else:
        t = re.sub(r'<[^>]+>', ' ', t)
    t = t.replace('**', '')
    return fold(t)

def has(text, s, what):
    if s is None: return
    if fold(s) not in text: err(f'{what}: {s!r} not found')

def has_amount(text, eur, what):
    if eur is None: return
    if not re.fullmatch(r'\d+(\.\d+)?', eur): err(f'{what}: bad amount {eur!r}'); return
    n = int(eur); groups = f'{n:,}'.split(',')
    pat = r'(?<![\d])' + r'[ .]?'.join(groups) + r'(?![\d])'
    if not re.search(pat, text): err(f'{what}: amount {eur} not found')

def has_int(text, n, what):
    if not re.search(r'(?<!\d)%d(?!\d)' % n, text): err(f'{what}: number {n} not found')

KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts","localisation","organisme","page"}
WORDS = {'une dizaine': 10, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30, 'une centaine': 100}
NUMW = {12: 'douze', 24: 'deux an', 36: 'trois ans', 30: 'trente'}

def check_q(text, q, what, unit=True):
    if q is None: return
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q: err(f'{what}: missing {k}')
    if q.get('per') not in ('total', 'year'): err(f'{what}: bad per')
    if not isinstance(q.get('min'), int) or not isinstance(q.get('max'), int) or q['min'] > q['max']:
        err(f'{what}: bad min/max'); return
    if q['approximate'] and q['min'] != q['max']:
        mid = round((q['min'] + q['max']) / 2)
        w = [k for k, v in WORDS.items() if v == mid]
        if not w or round(mid * 0.8) != q['min'] or round(mid * 1.2) != q['max']: err(f'{what}: widening not a fifth')
        elif not any(fold(x) in text for x in w): err(f'{what}: size word for {mid} not found')
    else:
        has_int(text, q['min'], what)
    if unit and q.get('unit'): has(text, q['unit'], what + ' unit')

def check_project(text, r, w):
    for k in ("title", "carriers", "partners", "territory", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"):
        if k not in r: err(f'{w}: missing {k}')
    has(text, r.get('title'), w + ' title')
    if r.get('section'): has(text, r['section'], w + ' section')
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): err(f'{w}: {k} not a list'); continue
        for v in r[k]: has(text, v, f'{w} {k}')
    t = r.get('territory')
    if t is not None:
        has(text, t['value'], w + ' territory')
        if not all(re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t.get('departments', [])): err(f'{w}: bad departments')
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{w}: bad mode')
    if r.get('year') is not None: has_int(text, r['year'], w + ' year')
    check_q(text, r.get('households'), w + ' households')
    check_q(text, r.get('housing_units'), w + ' housing_units')
    d = r.get('duration')
    if d is not None:
        if set(d) - {'months', 'start', 'end', 'renewable'}: err(f'{w}: duration keys')
        for y in (d.get('start'), d.get('end')):
            if y: has(text, y, w + ' duration year')
        m = d.get('months')
        if m and not (d.get('start') and d.get('end')):
            ok = re.search(r'(?<!\d)%d mois' % m, text) or (m % 12 == 0 and re.search(r'(?<!\d)%d ans' % (m // 12), text)) \
                 or (m in NUMW and NUMW[m] in text)
            if not ok: err(f'{w}: duration {m} months not found')
    c = r.get('cost')
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f'{w}: cost keys')
        for k, v in c.items(): has_amount(text, v, f'{w} cost {k}')
    for f in r.get('funding') or []:
        has(text, f['source'], w + ' funding source')
        has_amount(text, f.get('eur'), w + ' funding eur')
        if f.get('share_percent'): 
            if not re.search(r'(?<!\d)%s ?%%' % re.escape(f['share_percent']), text): err(f'{w}: share {f["share_percent"]} not found')
    for ct in r.get('contacts') or []:
        has(text, ct['name'], w + ' contact name')
        has(text, ct.get('email'), w + ' contact email')
        has(text, ct.get('phone'), w + ' contact phone')

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != docs: err(f'gold files {golds} do not match documents {docs}')
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    name = g[:-5]
    if data.get('file') != name: err(f'{g}: file field')
    text = load(name)
    seen = set()
    for r in data['records']:
        w = f'{name}/{r.get("key")}'
        if set(r) - KEYS: err(f'{w}: unknown keys {set(r) - KEYS}')
        if r['key'] in seen: err(f'{w}: duplicate key')
        seen.add(r['key'])
        if r['kind'] == 'project': check_project(text, r, w)
        elif r['kind'] == 'index_row':
            if r['key'] != 'index ' + r['section']: err(f'{w}: index key')
            row = '\t'.join(fold(x) for x in [r['section'], r['localisation'], r['organisme'], r['page']])
            raw = open(os.path.join(DOCS, name), 'rb').read().decode('utf-8')
            lines = ['\t'.join(fold(c) for c in l.split('\t')) for l in raw.splitlines()]
            if row not in lines: err(f'{w}: index row not found')
        else: err(f'{w}: bad kind')
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('cluster without why')
    for rec in c['records']:
        if rec['key'] not in keys.get(rec['file'], ()): err(f'cluster record {rec} unknown')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
