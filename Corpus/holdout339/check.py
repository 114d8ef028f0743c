#!/usr/bin/env python3
"""Validate holdout339 gold files: shape, keys, types, values found in the documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def doc_text(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = b.decode('utf-8')
        if name.endswith('cp1252.txt'): err(name + ': should not be valid UTF-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(d):
    return '{:,}'.format(int(d)).replace(',', ' ')
PROJ = ['kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
        'households','housing_units','duration','cost','funding','contacts']
IDX = ['kind','key','section','localisation','organisme','page']
def found(t, s, where):
    if s is None: return
    if fold(str(s)) not in t: err('%s: %r not found in document' % (where, s))
def check_q(q, t, w, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): return err(w + ': not an object')
    for k, ty in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        if not isinstance(q.get(k), ty): err('%s.%s: bad type' % (w, k))
    if q.get('per') not in ('total', 'year'): err(w + '.per')
    if isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] > q['max']: err(w + ': min>max')
    if not q.get('approximate'): found(t, str(q['min']), w + '.min')
    if 'unit' in q: found(t, q['unit'], w + '.unit')
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != docs: err('gold files do not match documents: %s vs %s' % (golds, docs))
keys = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    name = g[:-5]
    if d.get('file') != name: err(g + ': file key')
    if name not in docs: continue
    t = doc_text(name)
    recs = d.get('records')
    if not isinstance(recs, list) or not recs: err(g + ': records'); continue
    keys[name] = set()
    for r in recs:
        w = '%s[%s]' % (name, r.get('key'))
        if r.get('key') in keys[name]: err(w + ': duplicate key')
        keys[name].add(r.get('key'))
        if r.get('kind') == 'index_row':
            if sorted(r) != sorted(IDX): err(w + ': index keys')
            if r['key'] != 'index ' + r['section']: err(w + ': index key form')
            for k in ('section', 'localisation', 'organisme', 'page'): found(t, r[k], w + '.' + k)
            continue
        if r.get('kind') != 'project': err(w + ': kind'); continue
        if sorted(r) != sorted(PROJ): err(w + ': project keys %s' % sorted(set(PROJ) ^ set(r)))
        if r['section'] is not None:
            if r['key'] != r['section']: err(w + ': key != section')
            found(t, r['section'], w + '.section')
        elif r['key'] != 'document' and fold(r['key']) not in t: err(w + ': key not found')
        if not isinstance(r['title'], str): err(w + ': title type')
        found(t, r['title'], w + '.title')
        for k in ('carriers', 'partners'):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(w + '.' + k)
            for x in r[k]: found(t, x, w + '.' + k)
        te = r['territory']
        if te is not None:
            if not isinstance(te.get('value'), str) or not isinstance(te.get('departments'), list): err(w + '.territory')
            found(t, te['value'], w + '.territory')
            for dep in te['departments']:
                if not re.fullmatch(r'\d{2,3}|2[AB]', dep) or int(dep) % 2 == 0: err(w + ': department ' + dep)
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(w + '.year type')
            found(t, str(r['year']), w + '.year')
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance', None): err(w + '.mode')
        check_q(r['households'], t, w + '.households')
        check_q(r['housing_units'], t, w + '.housing_units')
        du = r['duration']
        if du is not None:
            if sorted(du) != ['end', 'months', 'renewable', 'start']: err(w + '.duration keys')
            if du['months'] is not None and not isinstance(du['months'], int): err(w + '.months')
            for k in ('start', 'end'):
                if du[k] is not None: found(t, du[k], w + '.duration.' + k)
        co = r['cost']
        if co is not None:
            if sorted(co) != ['per_household_eur', 'per_year_eur', 'total_eur']: err(w + '.cost keys')
            for k, v in co.items():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): err(w + '.cost.' + k)
                    else: found(t, spaced(v), w + '.cost.' + k)
        for f in r['funding']:
            if sorted(f) != ['eur', 'share_percent', 'source']: err(w + '.funding keys')
            found(t, f['source'], w + '.funding.source')
            if f['eur'] is not None: found(t, spaced(f['eur']), w + '.funding.eur')
            if f['share_percent'] is not None: found(t, f['share_percent'] + ' %', w + '.funding.share')
        if not isinstance(r['contacts'], list): err(w + '.contacts')
        for c in r['contacts']:
            if not {'name', 'email', 'phone'} <= set(c): err(w + '.contact keys')
            for k in ('name', 'email', 'phone'): found(t, c.get(k), w + '.contact.' + k)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters.json: clusters')
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters.json: cluster shape')
    for rr in c.get('records', []):
        if rr.get('key') not in keys.get(rr.get('file'), set()): err('clusters.json: unknown record %s' % rr)
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
