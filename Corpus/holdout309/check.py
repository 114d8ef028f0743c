#!/usr/bin/env python3
"""Validate holdout309 gold files: shape, keys, types, values found in the documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'oe')): s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try: t = raw.decode('utf-8')
    except UnicodeDecodeError: t = raw.decode('cp1252')
    if name.endswith('.html'): t = re.sub(r'<[^>]+>', ' ', t)
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
         'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if golds != [d + '.json' for d in docs]: err('gold files do not match documents: %s vs %s' % (golds, docs))
keys_by_file = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    name = g[:-5]
    if d.get('file') != name: err(g + ': file field')
    if not isinstance(d.get('records'), list) or not d['records']: err(g + ': records'); continue
    text = load(name)
    def has(v, what):
        if v is not None and fold(v) not in text: err('%s: %s %r not found' % (g, what, v))
    seen = set()
    for r in d['records']:
        k = r.get('key'); seen.add(k)
        if r.get('kind') == 'index_row':
            if set(r) != {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}: err(g + ': index keys ' + str(k))
            if k != 'index ' + str(r['section']): err(g + ': index key ' + str(k))
            has('\t'.join([r['section'] + '.', r['localisation'], r['organisme'], r['page']]).replace('\t', ' '), 'index row')
            continue
        if r.get('kind') != 'project': err(g + ': kind'); continue
        if set(r) != PKEYS: err('%s %s: keys %s' % (g, k, sorted(set(r) ^ PKEYS)))
        if r['section'] is not None and (r['section'] != k or not isinstance(r['section'], str)): err(g + ': section ' + k)
        has(r['section'], 'section'); has(r['title'], 'title')
        for f in ('carriers', 'partners'):
            if not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f]): err(g + ': ' + f)
            for x in r[f]: has(x, f)
        t = r['territory']
        if t is not None:
            if set(t) != {'value', 'departments'} or not all(re.fullmatch(r'\d{2,3}', x) for x in t['departments']): err(g + ': territory')
            has(t['value'], 'territory')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(g + ': year type')
            has('- ' + str(r['year']), 'year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(g + ': mode')
        for f in ('households', 'housing_units'):
            q = r[f]
            if q is None: continue
            if not {'min', 'max', 'per', 'approximate'} <= set(q) or q['per'] not in ('total', 'year') \
               or not isinstance(q['min'], int) or not isinstance(q['max'], int) or q['min'] > q['max'] \
               or not isinstance(q['approximate'], bool): err('%s %s: %s shape' % (g, k, f)); continue
            if 'unit' in q: has(q['unit'], 'unit')
            if not q['approximate'] and q['min'] == q['max'] and not re.search(r'(?<!\d)%d(?!\d)' % q['min'], text):
                err('%s %s: %s %d not found' % (g, k, f, q['min']))
        du = r['duration']
        if du is not None:
            if set(du) != {'months', 'start', 'end', 'renewable'} or not isinstance(du['renewable'], bool) \
               or not (du['months'] is None or isinstance(du['months'], int)): err(g + ': duration shape')
            for y in (du['start'], du['end']):
                if y is not None and (not re.fullmatch(r'\d{4}', y) or y not in text): err(g + ': duration year ' + y)
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(g + ': cost keys')
            for v in c.values():
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): err(g + ': cost format ' + v)
                elif spaced(v) not in text: err(g + ': cost ' + v + ' not found')
        for fu in r['funding']:
            if set(fu) != {'source', 'eur', 'share_percent'}: err(g + ': funding keys')
            has(fu['source'], 'funder')
            if fu['eur'] is not None and spaced(fu['eur']) not in text: err(g + ': funding eur ' + fu['eur'])
            if fu['share_percent'] is not None and not re.search(re.escape(fu['share_percent']) + r' ?%', text): err(g + ': share ' + fu['share_percent'])
        for ct in r['contacts']:
            if not {'name', 'email', 'phone'} <= set(ct): err(g + ': contact keys')
            has(ct['name'], 'contact name'); has(ct['email'], 'e-mail'); has(ct['phone'], 'phone')
    if len(seen) != len(d['records']): err(g + ': duplicate keys')
    keys_by_file[name] = seen
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters: shape')
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters: entry')
    for rec in c.get('records', []):
        if rec.get('key') not in keys_by_file.get(rec.get('file'), ()): err('clusters: unknown record %s' % rec)
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
