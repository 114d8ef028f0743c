#!/usr/bin/env python3
"""Check holdout144 gold: keys and types per ../gold/README.md, and that every gold value occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
WORDS = {'une dizaine': (8, 12), 'une quinzaine': (12, 18), 'une vingtaine': (16, 24), 'une trentaine': (24, 36)}

def fold(s):
    s = html.unescape(s)
    for a, b in (('\u2019', "'"), ('\u2018', "'"), ('\u00a0', ' '), ('\u202f', ' '), ('œ', 'oe'), ('Œ', 'oe'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = raw.decode('utf-8'); enc = 'utf-8'
    except UnicodeDecodeError:
        t = raw.decode('cp1252'); enc = 'cp1252'
    if name.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t)
    return fold(html.unescape(t)), enc

def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

errors = []
def err(f, k, m): errors.append(f'{f} [{k}]: {m}')

PROJ_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
             'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IDX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: err('*', '-', f'gold files {files} do not match documents {docs}')
allkeys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    fn = g.get('file')
    if fn + '.json' != gf: err(gf, '-', 'file name mismatch')
    text, enc = load_doc(fn)
    has = lambda s: fold(s) in text
    keys = set()
    for r in g['records']:
        k = r.get('key'); keys.add(k)
        if r['kind'] == 'index_row':
            if set(r) != IDX_KEYS: err(fn, k, f'index keys {sorted(r)}')
            if k != 'index ' + r['section']: err(fn, k, 'index key')
            row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            if fold(row) not in text: err(fn, k, 'index row not found')
            continue
        if r['kind'] != 'project': err(fn, k, 'kind'); continue
        if set(r) != PROJ_KEYS: err(fn, k, f'keys {sorted(set(r) ^ PROJ_KEYS)}')
        if r['section'] is not None and not has(r['section'] + '.'): err(fn, k, 'section')
        if not isinstance(r['title'], str) or not has(r['title']): err(fn, k, f'title {r["title"]!r}')
        for fld in ('carriers', 'partners'):
            if not isinstance(r[fld], list): err(fn, k, fld)
            for v in r[fld]:
                if not has(v): err(fn, k, f'{fld} {v!r}')
        t = r['territory']
        if t is not None:
            if not has(t['value']): err(fn, k, f'territory {t["value"]!r}')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t['departments']): err(fn, k, 'departments')
        if r['year'] is not None and (not isinstance(r['year'], int) or not has('- %d ' % r['year'])): err(fn, k, 'year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(fn, k, 'mode')
        for fld in ('households', 'housing_units'):
            q = r[fld]
            if q is None: continue
            if set(q) - {'min', 'max', 'per', 'approximate', 'unit', 'breakdown'} or not {'min', 'max', 'per', 'approximate'} <= set(q): err(fn, k, f'{fld} keys')
            if q['per'] not in ('total', 'year') or not isinstance(q['min'], int) or not isinstance(q['max'], int) or q['min'] > q['max']: err(fn, k, f'{fld} values')
            if 'unit' in q and not has(q['unit']): err(fn, k, f'{fld} unit {q["unit"]!r}')
            word = [w for w, mm in WORDS.items() if mm == (q['min'], q['max'])]
            if word and q['approximate']:
                if not any(has(w) for w in word): err(fn, k, f'{fld} word')
            else:
                for n in {q['min'], q['max']}:
                    if not re.search(r'(?<!\d)(?<!\d )%s(?!\d)(?! \d{3})' % re.escape(spaced(n)), text): err(fn, k, f'{fld} {n}')
        d = r['duration']
        if d is not None:
            if set(d) != {'months', 'start', 'end', 'renewable'}: err(fn, k, 'duration keys')
            if not isinstance(d['months'], int) or not isinstance(d['renewable'], bool): err(fn, k, 'duration types')
            for y in (d['start'], d['end']):
                if y is not None and not has(y): err(fn, k, f'duration year {y}')
            m = d['months']
            if not (has(f'{m} mois') or has(f'{m // 12} ans') or has({12: 'un an', 24: 'deux ans', 36: 'trois ans'}.get(m, '@@')) or
                    (d['start'] and d['end'] and int(d['end']) - int(d['start']) == m // 12)): err(fn, k, f'duration {m}')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(fn, k, 'cost keys')
            for v in c.values():
                if v is not None and (not re.fullmatch(r'\d+(\.\d+)?', v) or not has(spaced(int(v)) + ' €')): err(fn, k, f'cost {v}')
        for f_ in r['funding']:
            if set(f_) != {'source', 'eur', 'share_percent'} or not has(f_['source']): err(fn, k, f'funding {f_}')
            if f_['share_percent'] and not has(f_['share_percent'] + ' %') and not has(f_['share_percent'] + '%'): err(fn, k, f'share {f_}')
            if f_['eur'] and not has(spaced(int(f_['eur'])) + ' €'): err(fn, k, f'funding eur {f_}')
        for p in r['contacts']:
            if set(p) != {'name', 'email', 'phone'}: err(fn, k, 'contact keys')
            for v in p.values():
                if v is not None and not has(v): err(fn, k, f'contact {v!r}')
    allkeys[fn] = keys
    print(f'{fn}: {len(g["records"])} records, {enc}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('clusters', '-', 'why')
    for rec in c['records']:
        if rec['key'] not in allkeys.get(rec['file'], ()): err('clusters', rec['key'], f'unknown record {rec}')
print('\n'.join(errors) if errors else 'clean')
sys.exit(1 if errors else 0)
