#!/usr/bin/env python3
"""Checks holdout137 gold files: keys/types per ../gold/README.md, and that every value occurs in its document."""
import json, os, re, sys, html, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def load(p):
    b = open(p, 'rb').read()
    try: s = b.decode('utf-8')
    except UnicodeDecodeError: s = b.decode('cp1252')
    if p.endswith('.html'):
        s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)
        s = re.sub(r'<style.*?</style>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', '', s)
        s = html.unescape(s)
    return s
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ')
    s = re.sub(r"[’‘]", "'", s)
    s = unicodedata.normalize('NFC', s)
    s = re.sub(r'\s+', ' ', s)
    return s.lower()
def spaced(n):  # "139818" -> "139 818"
    n = str(n); out = ''
    while len(n) > 3: out = ' ' + n[-3:] + out; n = n[:-3]
    return n + out
def has(doc, v):
    return fold(v) in doc

PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
             "households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
MODES = {"access","maintenance","access_and_maintenance"}

files = sorted(f for f in glob.glob(os.path.join(GOLD, '*.json')) if not f.endswith('clusters.json'))
docs = sorted(os.listdir(DOCS))
if sorted(os.path.basename(f)[:-5] for f in files) != docs:
    err(f'gold files {files} do not match documents {docs}')
keys_by_file = {}
for f in files:
    g = json.load(open(f, encoding='utf-8'))
    name = g.get('file')
    if set(g) != {'file','records'} or name + '.json' != os.path.basename(f):
        err(f'{f}: top-level keys or file name'); continue
    doc = fold(load(os.path.join(DOCS, name)))
    keys = [r['key'] for r in g['records']]
    if len(keys) != len(set(keys)): err(f'{name}: duplicate keys')
    keys_by_file[name] = set(keys)
    for r in g['records']:
        k = r.get('key'); where = f'{name}[{k}]'
        if r.get('kind') == 'index_row':
            if set(r) != IDX_KEYS: err(f'{where}: index keys {set(r) ^ IDX_KEYS}')
            if k != 'index ' + r['section']: err(f'{where}: key')
            line = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            if fold(line) not in fold(load(os.path.join(DOCS, name)).replace('\t', '\t')):
                err(f'{where}: index row not found as a line')
            continue
        if r.get('kind') != 'project': err(f'{where}: kind'); continue
        if set(r) != PROJ_KEYS: err(f'{where}: project keys {set(r) ^ PROJ_KEYS}')
        if r['section'] is not None:
            if r['section'] != k or not has(doc, r['section'] + '.'): err(f'{where}: section')
        if not isinstance(r['title'], str) or not has(doc, r['title']): err(f'{where}: title {r["title"]!r}')
        for fld in ('carriers','partners'):
            if not isinstance(r[fld], list): err(f'{where}: {fld} type')
            for v in r[fld]:
                if not has(doc, v): err(f'{where}: {fld} {v!r}')
        t = r['territory']
        if t is not None:
            if set(t) != {'value','departments'} or not has(doc, t['value']): err(f'{where}: territory {t}')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments']): err(f'{where}: departments')
        if r['year'] is not None and (not isinstance(r['year'], int) or not has(doc, '- ' + str(r['year']))): err(f'{where}: year')
        if r['mode'] is not None and r['mode'] not in MODES: err(f'{where}: mode')
        for fld in ('households','housing_units'):
            q = r[fld]
            if q is None: continue
            if not {'min','max','per','approximate'} <= set(q) or not set(q) <= {'min','max','per','approximate','unit'}:
                err(f'{where}: {fld} keys')
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{where}: {fld} min/max')
            if q['per'] not in ('total','year') or not isinstance(q['approximate'], bool): err(f'{where}: {fld} per/approx')
            if not q['approximate'] and q['min'] == q['max']:
                words = {6:'six',10:'dix'}
                if not (re.search(r'(?<!\d)(?<!\d )' + str(q['min']) + r'(?!\d)(?! \d{3})', doc) or has(doc, words.get(q['min'], '@@'))):
                    err(f'{where}: {fld} value {q["min"]}')
            elif not q['approximate']:
                if not has(doc, f"{q['min']} à {q['max']}") and not has(doc, f"{q['min']} et {q['max']}"): err(f'{where}: {fld} range')
            if 'unit' in q and q['unit'] is not None and not has(doc, q['unit']): err(f'{where}: {fld} unit')
        d = r['duration']
        if d is not None:
            if set(d) != {'months','start','end','renewable'} or not isinstance(d['renewable'], bool): err(f'{where}: duration keys')
            if d['months'] is not None and not isinstance(d['months'], int): err(f'{where}: months')
            for e in ('start','end'):
                if d[e] is not None and not has(doc, d[e]): err(f'{where}: duration {e}')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(f'{where}: cost keys')
            for e, v in c.items():
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): err(f'{where}: {e} format')
                forms = [spaced(v), spaced(v).replace(' ', '.'), v]
                if v.endswith('00'):
                    kv = str(int(v) / 1000).rstrip('0').rstrip('.').replace('.', ',') + ' k€'
                    forms.append(kv)
                if not any(has(doc, x) for x in forms): err(f'{where}: {e} {v} not found')
        for fu in r['funding']:
            if set(fu) != {'source','eur','share_percent'} or not has(doc, fu['source']): err(f'{where}: funding {fu}')
            if fu['eur'] and not has(doc, spaced(fu['eur'])): err(f'{where}: funding eur {fu}')
            if fu['share_percent'] and not has(doc, fu['share_percent'] + ' %'): err(f'{where}: funding % {fu}')
        for co in r['contacts']:
            if set(co) != {'name','email','phone'} or not has(doc, co['name']): err(f'{where}: contact {co}')
            for e in ('email','phone'):
                if co[e] and not has(doc, co[e]): err(f'{where}: contact {e} {co[e]}')

cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if set(c) != {'records','why'} or len(c['records']) < 2: err('clusters shape')
    for rec in c['records']:
        if rec['key'] not in keys_by_file.get(rec['file'], ()): err(f'cluster record {rec} not in gold')
print('\n'.join(errors) if errors else f'clean: {len(files)} gold files, {sum(len(v) for v in keys_by_file.values())} records')
sys.exit(1 if errors else 0)
