#!/usr/bin/env python3
"""Check the holdout138 gold: keys and types (format of ../gold/README.md) and that
every gold string / figure occurs in its document (cp1252 decoded, HTML entities
decoded and tags stripped, NBSP and whitespace folded)."""
import json, re, html, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

def text_of(path):
    b = open(path, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if path.endswith('.html'):
        t = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<!--.*?-->', ' ', t)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    t = t.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'")
    return re.sub(r'\s+', ' ', t)
def norm(s): return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ').replace('’', "'"))

WORDS = {7: 'sept', 3: 'trois'}
def has(t, s, what):
    if norm(s) not in t: err(what, repr(s), 'not found')
def has_int(t, n, what):
    if re.search(r'(?<![\d,])%d(?![\d])' % n, t) is None and (n not in WORDS or WORDS[n] not in t.lower()):
        err(what, n, 'not found')
def spaced(eur):
    n = int(eur); s = f'{n:,}'.replace(',', ' '); return s
def has_eur(t, eur, what):
    cands = [spaced(eur), eur]
    n = int(eur)
    if n % 1000: cands.append(f'{n/1000:g}'.replace('.', ',') + ' k€')
    else: cands.append(f'{n//1000} k€')
    if not any(c in t for c in cands): err(what, eur, 'not found', cands)

PROJ_KEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
             'households','housing_units','duration','cost','funding','contacts'}
IDX_KEYS = {'kind','key','section','localisation','organisme','page'}
Q_KEYS = {'min','max','per','approximate'}
MODES = {'access','maintenance','access_and_maintenance'}
files = sorted(glob.glob(os.path.join(GOLD, '*.json')))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if not os.path.exists(os.path.join(GOLD, d + '.json')): err('no gold for', d)
for gf in files:
    name = os.path.basename(gf)
    g = json.load(open(gf, encoding='utf-8'))
    if name == 'clusters.json':
        for c in g['clusters']:
            assert isinstance(c['why'], str) and c['why']
            for r in c['records']:
                gd = json.load(open(os.path.join(GOLD, r['file'] + '.json'), encoding='utf-8'))
                if r['key'] not in [x['key'] for x in gd['records']]: err('cluster key missing', r)
        continue
    if set(g) != {'file','records'} or g['file'] + '.json' != name: err(name, 'top-level keys/file'); continue
    t = text_of(os.path.join(DOCS, g['file']))
    keys = [r['key'] for r in g['records']]
    if len(keys) != len(set(keys)): err(name, 'duplicate keys')
    for r in g['records']:
        w = f"{name}[{r['key']}]"
        if r['kind'] == 'index_row':
            if set(r) != IDX_KEYS: err(w, 'index keys', set(r) ^ IDX_KEYS)
            if r['key'] != 'index ' + r['section']: err(w, 'index key')
            has(t, '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]).replace('\t', ' '), w + ' row')
            continue
        if r['kind'] != 'project' or set(r) != PROJ_KEYS: err(w, 'project keys', set(r) ^ PROJ_KEYS); continue
        if r['section'] is not None:
            if r['key'] != r['section']: err(w, 'section key')
            has(t, r['section'] + '.', w + ' section')
        elif r['key'] != 'document' and r['key'] != r['title']: err(w, 'key')
        has(t, r['title'], w + ' title')
        for f in ('carriers', 'partners'):
            assert isinstance(r[f], list)
            for v in r[f]: has(t, v, w + ' ' + f)
        tr = r['territory']
        assert set(tr) == {'value','departments'} and all(isinstance(x, str) for x in tr['departments'])
        has(t, tr['value'], w + ' territory')
        if r['year'] is not None:
            assert isinstance(r['year'], int); has(t, '- %d' % r['year'], w + ' year')
        if r['mode'] not in MODES: err(w, 'mode')
        for f in ('households', 'housing_units'):
            q = r[f]
            if q is None: continue
            if not (Q_KEYS <= set(q) <= Q_KEYS | {'unit'}): err(w, f, 'keys')
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(w, f, 'min/max')
            if q['per'] not in ('total', 'year') or not isinstance(q['approximate'], bool): err(w, f, 'per/approx')
            if 'unit' in q: has(t, q['unit'], w + ' unit')
            if not q['approximate'] or q['min'] == q['max']:
                has_int(t, q['min'], w + ' ' + f + ' min'); has_int(t, q['max'], w + ' ' + f + ' max')
        d = r['duration']
        if set(d) != {'months','start','end','renewable'}: err(w, 'duration keys')
        if not isinstance(d['months'], int) or not isinstance(d['renewable'], bool): err(w, 'duration types')
        for k in ('start', 'end'):
            if d[k] is not None:
                assert isinstance(d[k], str); has(t, d[k], w + ' duration ' + k)
        if d['start'] and d['end'] and abs((int(d['end']) - int(d['start'])) * 12 - d['months']) > 12: err(w, 'months vs years')
        c = r['cost']
        if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(w, 'cost keys')
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r'\d+', v): err(w, k, 'not a decimal string')
                has_eur(t, v, w + ' ' + k)
        for fu in r['funding']:
            if set(fu) != {'source','eur','share_percent'}: err(w, 'funding keys')
            has(t, fu['source'], w + ' funding source')
            if fu['eur']: has_eur(t, fu['eur'], w + ' funding eur')
            if fu['share_percent']: has(t, fu['share_percent'] + ' %', w + ' share')
        for p in r['contacts']:
            if set(p) != {'name','email','phone'}: err(w, 'contact keys')
            has(t, p['name'], w + ' contact name')
            if p['email']: has(t, p['email'], w + ' email')
            if p['phone']: has(t, p['phone'], w + ' phone')
print('\n'.join(errors) if errors else 'clean: %d gold files, %d documents' % (len(files), len(docs)))
sys.exit(1 if errors else 0)
