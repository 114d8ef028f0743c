#!/usr/bin/env python3
"""Validate holdout315 gold: shape, keys, types, and each value's text found in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def spaced(v):
    return f'{int(v):,}'.replace(',', ' ')
errs = []
def need(cond, msg):
    if not cond: errs.append(msg)
PKEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
         'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IKEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
golds = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
need(len(golds) == 7, f'expected 7 gold files, got {len(golds)}')
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    fn = d.get('file'); need(fn + '.json' == g, f'{g}: file mismatch')
    raw = open(os.path.join(DOCS, fn), 'rb').read()
    text = raw.decode('cp1252') if 'cp1252' in fn else raw.decode('utf-8')
    if 'cp1252' in fn:
        try: raw.decode('utf-8'); errs.append(f'{fn}: valid UTF-8, should be cp1252')
        except UnicodeDecodeError: pass
    T = fold(text)
    def found(v, what):
        need(fold(str(v)) in T, f'{fn}: {what} {v!r} not found')
    keys = set()
    for r in d['records']:
        k = r.get('key'); need(isinstance(k, str) and k not in keys, f'{fn}: bad/duplicate key {k}'); keys.add(k)
        if r['kind'] == 'index_row':
            need(set(r) == IKEYS, f'{fn} {k}: index keys {set(r) ^ IKEYS}')
            for f in ('section', 'localisation', 'organisme', 'page'): found(r[f], f)
            continue
        need(r['kind'] == 'project', f'{fn} {k}: kind'); need(set(r) == PKEYS, f'{fn} {k}: keys {set(r) ^ PKEYS}')
        if r['section']: found(r['section'], 'section')
        need(isinstance(r['title'], str), f'{k}: title'); found(r['title'], 'title')
        for f in ('carriers', 'partners'):
            need(isinstance(r[f], list), f'{k}: {f}')
            for v in r[f]: found(v, f)
        t = r['territory']; need(isinstance(t['departments'], list) and all(re.fullmatch(r'\d{2,3}', x) for x in t['departments']), f'{k}: departments')
        found(t['value'], 'territory')
        need(r['year'] is None or isinstance(r['year'], int), f'{k}: year')
        if r['year']: found(r['year'], 'year')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), f'{k}: mode')
        for f in ('households', 'housing_units'):
            q = r[f]
            if q is None: continue
            need(set(q) - {'unit'} == {'min', 'max', 'per', 'approximate'}, f'{k}: {f} keys')
            need(isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max'], f'{k}: {f} min/max')
            need(q['per'] in ('total', 'year') and isinstance(q['approximate'], bool), f'{k}: {f} per/approx')
            if not q['approximate']: need(re.search(r'(?<!\d)%d' % q['min'], T) is not None, f'{fn} {k}: {f} {q["min"]} not found')
            if 'unit' in q: found(q['unit'], f + ' unit')
        du = r['duration']
        if du:
            need(set(du) == {'months', 'start', 'end', 'renewable'} and isinstance(du['months'], int), f'{k}: duration')
            for f in ('start', 'end'):
                if du[f]: found(du[f], 'duration ' + f)
        c = r['cost']
        if c:
            need(set(c) == {'total_eur', 'per_year_eur', 'per_household_eur'}, f'{k}: cost keys')
            for f, v in c.items():
                if v is not None:
                    need(re.fullmatch(r'\d+(\.\d+)?', v) is not None, f'{k}: {f} not decimal'); found(spaced(v), 'cost ' + f)
        for fu in r['funding']:
            need(set(fu) == {'source', 'eur', 'share_percent'}, f'{k}: funding keys'); found(fu['source'], 'funder')
            if fu['eur']: found(spaced(fu['eur']), 'funding eur')
            if fu['share_percent']: found(fu['share_percent'] + ' %', 'share')
        for ct in r['contacts']:
            need(set(ct) == {'name', 'email', 'phone'}, f'{k}: contact keys'); found(ct['name'], 'contact name')
            if ct['email']: found(ct['email'], 'email')
            if ct['phone']: found(ct['phone'], 'phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    need(len(c['records']) >= 2 and isinstance(c['why'], str), 'cluster shape')
    for rr in c['records']:
        d = json.load(open(os.path.join(GOLD, rr['file'] + '.json'), encoding='utf-8'))
        need(any(x['key'] == rr['key'] for x in d['records']), f'cluster key {rr} missing')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
