#!/usr/bin/env python3
"""Check holdout145 gold: keys and types per ../gold/README.md, and that values occur in the documents."""
import json, glob, os, re, html, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errs = []
def err(m): errs.append(m)

def text_of(path):
    b = open(path, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if path.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = t.replace('\u00a0', ' ').replace('\u202f', ' ')
    return re.sub(r'[ \t]+', ' ', t)

def spaced(eur):
    s = str(int(eur)); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

PKEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
         'households','housing_units','duration','cost','funding','contacts'}
IKEYS = {'kind','key','section','localisation','organisme','page'}
MODES = {'access','maintenance','access_and_maintenance',None}

def check_q(q, where, t):
    if q is None: return
    for k in ('min','max','per','approximate'):
        if k not in q: err(f'{where}: quantity lacks {k}')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{where}: min/max')
    if q['per'] not in ('total','year'): err(f'{where}: per')
    if not isinstance(q['approximate'], bool): err(f'{where}: approximate')
    if 'unit' in q and q['unit'] not in t: err(f'{where}: unit {q["unit"]!r} not in document')
    if not q['approximate'] and q['min'] == q['max'] and not re.search(r'(?<![\d,])%d(?![\d,])' % q['min'], t):
        err(f'{where}: count {q["min"]} not in document')

def check_amount(a, where, t):
    if a is None: return
    if not re.fullmatch(r'\d+', a): err(f'{where}: amount {a!r} not a plain decimal'); return
    forms = [spaced(a), a]
    if int(a) % 100 == 0:
        k = int(a) / 1000
        forms.append(('%g' % k).replace('.', ',') + ' k€')
    if not any(f in t for f in forms): err(f'{where}: amount {a} not in document')

files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DOCS, '*')))
for fn in files:
    gp = os.path.join(GOLD, fn + '.json')
    if not os.path.exists(gp): err(f'missing gold for {fn}'); continue
    g = json.load(open(gp, encoding='utf-8'))
    if set(g) != {'file','records'} or g['file'] != fn: err(f'{fn}: top-level keys/file')
    t = text_of(os.path.join(DOCS, fn))
    keys = [r['key'] for r in g['records']]
    if len(keys) != len(set(keys)): err(f'{fn}: duplicate keys')
    for r in g['records']:
        w = f'{fn}[{r.get("key")}]'
        if r.get('kind') == 'index_row':
            if set(r) != IKEYS: err(f'{w}: index keys {set(r) ^ IKEYS}')
            if r['key'] != 'index ' + r['section']: err(f'{w}: index key')
            line = [l for l in t.splitlines() if l.startswith(r['section'] + ' ') or l.startswith(r['section'] + '\t')]
            for k in ('localisation','organisme','page'):
                if r[k] not in t: err(f'{w}: {k} not in document')
            continue
        if r.get('kind') != 'project': err(f'{w}: kind'); continue
        if set(r) != PKEYS: err(f'{w}: project keys {set(r) ^ PKEYS}')
        for k in ('title',):
            if r[k] is not None and r[k] not in t: err(f'{w}: title not in document')
        if r['section'] is not None and r['section'] not in t: err(f'{w}: section')
        for k in ('carriers','partners'):
            if not isinstance(r[k], list): err(f'{w}: {k} not list')
            for v in r[k]:
                if v not in t: err(f'{w}: {k} {v!r} not in document')
        tr = r['territory']
        if tr is not None:
            if set(tr) != {'value','departments'} or not isinstance(tr['departments'], list): err(f'{w}: territory shape')
            for part in re.split(r', | et ', tr['value']):
                if part not in t: err(f'{w}: territory part {part!r} not in document')
        if r['year'] is not None and (not isinstance(r['year'], int) or str(r['year']) not in t): err(f'{w}: year')
        if r['mode'] not in MODES: err(f'{w}: mode')
        check_q(r['households'], w + ' households', t)
        check_q(r['housing_units'], w + ' housing', t)
        d = r['duration']
        if d is not None:
            if set(d) != {'months','start','end','renewable'}: err(f'{w}: duration keys')
            for k in ('start','end'):
                if d[k] is not None and d[k] not in t: err(f'{w}: duration {k}')
            if d['start'] and d['end'] and d['months'] != 12 * (int(d['end']) - int(d['start'])): err(f'{w}: months vs years')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(f'{w}: cost keys')
            for k in c: check_amount(c[k], f'{w} cost.{k}', t)
        for f in r['funding']:
            if set(f) != {'source','eur','share_percent'}: err(f'{w}: funding keys')
            if f['source'] not in t: err(f'{w}: funder {f["source"]}')
            check_amount(f['eur'], w + ' funding', t)
            if f['share_percent'] and (f['share_percent'] + ' %') not in t: err(f'{w}: share {f["share_percent"]}')
        for c in r['contacts']:
            if set(c) != {'name','email','phone'}: err(f'{w}: contact keys')
            for k in c:
                if c[k] is not None and c[k] not in t: err(f'{w}: contact {k} {c[k]!r} not in document')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('cluster without why')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in [r['key'] for r in g['records']]: err(f'cluster record {rec} not in gold')
print('\n'.join(errs) if errs else f'clean: {len(files)} documents')
sys.exit(1 if errs else 0)
