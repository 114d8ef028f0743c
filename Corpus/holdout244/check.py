#!/usr/bin/env python3
"""Validate the holdout244 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s)

def load_doc(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if name.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)

def spaced(n):
    s = str(n); out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc:
        err('%s: %r not found in document' % (where, text))

PROJ_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
             'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IDX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_q(q, doc, where):
    if q is None: return
    for k, t in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        if not isinstance(q.get(k), t): err('%s: %s must be %s' % (where, k, t.__name__))
    if q.get('per') not in ('total', 'year'): err(where + ': bad per')
    if isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] > q['max']:
        err(where + ': min > max')
    if not q.get('approximate'):
        found(doc, str(q['min']), where + '.min')
        found(doc, str(q['max']), where + '.max')
    if 'unit' in q: found(doc, q['unit'], where + '.unit')
    for b in q.get('breakdown', []):
        found(doc, b['label'], where + '.breakdown'); found(doc, str(b['min']), where + '.breakdown')

def check_file(fn):
    path = os.path.join(GOLD, fn)
    g = json.load(open(path, encoding='utf-8'))
    if set(g) != {'file', 'records'}: err(fn + ': top-level keys')
    if g['file'] + '.json' != fn: err(fn + ': file name mismatch')
    doc = load_doc(g['file'])
    keys = set()
    for r in g['records']:
        w = '%s[%s]' % (fn, r.get('key'))
        if r.get('key') in keys: err(w + ': duplicate key')
        keys.add(r.get('key'))
        if r.get('kind') == 'index_row':
            if set(r) != IDX_KEYS: err(w + ': index keys %s' % sorted(set(r) ^ IDX_KEYS))
            if r['key'] != 'index ' + r['section']: err(w + ': index key')
            for k in ('section', 'localisation', 'organisme', 'page'): found(doc, r[k], w + '.' + k)
            continue
        if r.get('kind') != 'project': err(w + ': kind'); continue
        if set(r) != PROJ_KEYS: err(w + ': project keys %s' % sorted(set(r) ^ PROJ_KEYS))
        if r['section'] is not None:
            found(doc, r['section'] + '.', w + '.section')
            if r['key'] != r['section']: err(w + ': key must equal section')
        found(doc, r['title'], w + '.title')
        for k in ('carriers', 'partners'):
            if not isinstance(r[k], list): err(w + ': ' + k + ' not a list')
            for v in r[k]: found(doc, v, w + '.' + k)
        t = r['territory']
        if t is not None:
            found(doc, t['value'], w + '.territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t['departments']):
                err(w + ': departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(w + ': year type')
            found(doc, '- %d' % r['year'], w + '.year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(w + ': mode')
        check_q(r['households'], doc, w + '.households')
        check_q(r['housing_units'], doc, w + '.housing_units')
        d = r['duration']
        if d is not None:
            if set(d) != {'months', 'start', 'end', 'renewable'}: err(w + ': duration keys')
            if not isinstance(d['months'], int): err(w + ': months')
            for k in ('start', 'end'):
                if d[k] is not None: found(doc, d[k], w + '.duration.' + k)
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(w + ': cost keys')
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): err(w + ': cost ' + k)
                    found(doc, spaced(v), w + '.cost.' + k)
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}: err(w + ': funding keys')
            found(doc, f['source'], w + '.funding')
            if f['eur'] is not None: found(doc, spaced(f['eur']), w + '.funding.eur')
            if f['share_percent'] is not None: found(doc, f['share_percent'] + ' %', w + '.funding.share')
        for p in r['contacts']:
            if set(p) != {'name', 'email', 'phone'}: err(w + ': contact keys')
            for k in ('name', 'email', 'phone'): found(doc, p[k], w + '.contact.' + k)
    return {r['key'] for r in g['records']}

def main():
    names = sorted(os.listdir(DOCS))
    allkeys = {}
    for n in names:
        if not os.path.exists(os.path.join(GOLD, n + '.json')): err('no gold for ' + n)
        else: allkeys[n] = check_file(n + '.json')
    for fn in sorted(os.listdir(GOLD)):
        if fn != 'clusters.json' and fn[:-5] not in names: err('gold without document: ' + fn)
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    if set(cl) != {'clusters'} or not cl['clusters']: err('clusters.json shape')
    for c in cl['clusters']:
        if set(c) != {'records', 'why'} or len(c['records']) < 2 or not c['why']: err('cluster shape')
        for rec in c['records']:
            if rec.get('key') not in allkeys.get(rec.get('file'), set()): err('cluster record %r unknown' % rec)
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
