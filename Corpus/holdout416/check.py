#!/usr/bin/env python3
"""Validate holdout416 gold files against their documents (standard library only)."""
import json, os, re, sys, unicodedata, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def fold(s):
    s = html.unescape(s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r'\s+', ' ', s)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def read(fn):
    b = open(os.path.join(DOC, fn), 'rb').read()
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return b.decode('cp1252')
PKEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
         'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IKEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
def need(ok, msg):
    if not ok: errors.append(msg)
def found(text, s, where):
    need(fold(s) in text, f'{where}: {s!r} not found in document')
def quantity(qv, text, where):
    if qv is None: return
    need(isinstance(qv, dict) and {'min', 'max', 'per', 'approximate'} <= set(qv), f'{where}: bad quantity')
    need(isinstance(qv['min'], int) and isinstance(qv['max'], int) and qv['min'] <= qv['max'], f'{where}: min/max')
    need(qv['per'] in ('total', 'year'), f'{where}: per')
    need(isinstance(qv['approximate'], bool), f'{where}: approximate')
    if 'unit' in qv: found(text, qv['unit'], where + '.unit')
    if not qv['approximate'] and qv['min'] == qv['max']:
        need(re.search(r'(?<![0-9])' + str(qv['min']) + r'(?![0-9])', text) is not None, f'{where}: {qv["min"]} not in document')
for fn in sorted(os.listdir(DOC)):
    gp = os.path.join(GOLD, fn + '.json')
    if not os.path.exists(gp): errors.append(f'no gold for {fn}'); continue
    g = json.load(open(gp, encoding='utf-8')); text = fold(read(fn))
    need(g.get('file') == fn, f'{fn}: file field')
    need(isinstance(g.get('records'), list) and g['records'], f'{fn}: records')
    keys = [r.get('key') for r in g['records']]
    need(len(keys) == len(set(keys)), f'{fn}: duplicate keys')
    for r in g['records']:
        w = f'{fn}[{r.get("key")}]'
        if r.get('kind') == 'index_row':
            need(set(r) == IKEYS, f'{w}: index keys {sorted(set(r) ^ IKEYS)}')
            for k in ('section', 'localisation', 'organisme', 'page'): found(text, r[k], f'{w}.{k}')
            need(r['key'] == 'index ' + r['section'], f'{w}: key')
            continue
        need(r.get('kind') == 'project', f'{w}: kind')
        need(set(r) == PKEYS, f'{w}: project keys {sorted(set(r) ^ PKEYS)}')
        if r['section']: found(text, r['section'] + '.', w + '.section')
        if r['title']: found(text, r['title'], w + '.title')
        for k in ('carriers', 'partners'):
            need(isinstance(r[k], list), f'{w}.{k}')
            for v in r[k]: found(text, v, f'{w}.{k}')
        t = r['territory']
        if t:
            found(text, t['value'], w + '.territory')
            need(all(re.fullmatch(r'\d{2,3}', d) for d in t['departments']) and t['departments'], f'{w}: departments')
        if r['year'] is not None:
            need(isinstance(r['year'], int), f'{w}: year'); found(text, str(r['year']), w + '.year')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), f'{w}: mode')
        quantity(r['households'], text, w + '.households'); quantity(r['housing_units'], text, w + '.housing_units')
        d = r['duration']
        if d:
            need(set(d) == {'months', 'start', 'end', 'renewable'}, f'{w}: duration keys')
            need(d['months'] is None or isinstance(d['months'], int), f'{w}: months')
            for k in ('start', 'end'):
                if d[k]: found(text, d[k], f'{w}.duration.{k}')
        c = r['cost']
        if c:
            need(set(c) == {'total_eur', 'per_year_eur', 'per_household_eur'}, f'{w}: cost keys')
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r'\d+(\.\d+)?', v) is not None, f'{w}: cost {k}')
                    found(text, spaced(v), f'{w}.cost.{k}')
        for fu in r['funding']:
            need(set(fu) == {'source', 'eur', 'share_percent'}, f'{w}: funding keys')
            found(text, fu['source'], w + '.funding')
            if fu['eur']: found(text, spaced(fu['eur']), w + '.funding.eur')
            if fu['share_percent']: found(text, fu['share_percent'] + ' %', w + '.funding.share')
        for ct in r['contacts']:
            need({'name', 'email', 'phone'} <= set(ct), f'{w}: contact keys')
            for k in ('name', 'email', 'phone'):
                if ct.get(k): found(text, ct[k], f'{w}.contacts.{k}')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for cluster in cl['clusters']:
    need(isinstance(cluster.get('why'), str) and len(cluster['records']) >= 2, 'clusters: shape')
    for rec in cluster['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        need(any(r['key'] == rec['key'] for r in g['records']), f'clusters: {rec} not in gold')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
