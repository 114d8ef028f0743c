#!/usr/bin/env python3
"""Validate holdout298 gold files: shape, keys, types, and values found in the documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE'), ('æ', 'ae')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def spaced(n):
    i = int(n); return f"{i:,}".replace(',', ' ')
def read_doc(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    if fn.endswith('cp1252.txt'):
        try:
            b.decode('utf-8'); err(fn + ': cp1252 file is valid UTF-8')
        except UnicodeDecodeError: pass
        return b.decode('cp1252')
    return b.decode('utf-8')
PROJ_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
             'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
IDX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
def found(doc, fdoc, s, where):
    if fold(s) not in fdoc: err(f'{where}: {s!r} not found in document')
def check_q(q, where, fdoc):
    if q is None: return
    if not isinstance(q, dict): return err(where + ': quantity not an object')
    for k, t in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        if not isinstance(q.get(k), t): err(f'{where}.{k}: bad type')
    if q.get('per') not in ('total', 'year'): err(where + '.per: bad value')
    if isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] > q['max']: err(where + ': min > max')
    if 'unit' in q: found(None, fdoc, q['unit'], where + '.unit')
    if not q.get('approximate') and q.get('min') == q.get('max'):
        if not re.search(r'(?<!\d)' + str(q['min']) + r'(?!\d)', fdoc): err(where + ': count not found')
    for b in q.get('breakdown', []):
        found(None, fdoc, b['label'], where + '.breakdown')
def check_project(r, fn, fdoc):
    w = f"{fn} {r.get('key')}"
    if set(r) != PROJ_KEYS: err(f'{w}: keys {sorted(set(r) ^ PROJ_KEYS)}')
    for k in ('title',):
        if r.get(k) is not None: found(None, fdoc, r[k], w + '.' + k)
    if r.get('section'): found(None, fdoc, r['section'] + '.', w + '.section')
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): err(f'{w}.{k}: not a list')
        for v in r.get(k) or []: found(None, fdoc, v, f'{w}.{k}')
    t = r.get('territory')
    if t is not None:
        if not isinstance(t.get('value'), str) or not isinstance(t.get('departments'), list): err(w + '.territory: shape')
        else:
            found(None, fdoc, t['value'], w + '.territory')
            for d in t['departments']:
                if not re.fullmatch(r'\d{2,3}', d): err(w + '.territory.departments: ' + d)
    if r.get('year') is not None:
        if not isinstance(r['year'], int): err(w + '.year: type')
        elif not re.search(r'- ' + str(r['year']) + r'\b', fdoc): err(w + '.year: not found as a bullet')
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(w + '.mode')
    check_q(r.get('households'), w + '.households', fdoc)
    check_q(r.get('housing_units'), w + '.housing_units', fdoc)
    d = r.get('duration')
    if d is not None:
        if not isinstance(d.get('months'), int) or not isinstance(d.get('renewable'), bool): err(w + '.duration: types')
        for k in ('start', 'end'):
            if d.get(k) is not None: found(None, fdoc, d[k], f'{w}.duration.{k}')
    c = r.get('cost')
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(w + '.cost: keys')
        for k, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r'\d+(\.\d+)?', v): err(f'{w}.cost.{k}: not a decimal string')
            elif spaced(v) not in fdoc: err(f'{w}.cost.{k}: {spaced(v)} not found')
    for f in r.get('funding') or []:
        if set(f) != {'source', 'eur', 'share_percent'}: err(w + '.funding: keys')
        found(None, fdoc, f['source'], w + '.funding.source')
        if f.get('eur') and spaced(f['eur']) not in fdoc: err(w + '.funding.eur not found')
        if f.get('share_percent') and not re.search(re.escape(f['source'].lower() if False else '') + r'\b' + f['share_percent'] + r' ?%', fdoc):
            err(w + '.funding.share not found')
    if not isinstance(r.get('contacts'), list): err(w + '.contacts: not a list')
    for k in r.get('contacts') or []:
        if not isinstance(k.get('name'), str): err(w + '.contact name')
        found(None, fdoc, k['name'], w + '.contact.name')
        for x in ('email', 'phone'):
            if k.get(x) is not None: found(None, fdoc, k[x], f'{w}.contact.{x}')
def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f'{len(docs)} documents, expected 7')
    keys = {}
    for fn in docs:
        p = os.path.join(GOLD, fn + '.json')
        if not os.path.exists(p): err('missing gold for ' + fn); continue
        g = json.load(open(p, encoding='utf-8'))
        if g.get('file') != fn or not isinstance(g.get('records'), list) or not g['records']: err(fn + ': top shape'); continue
        fdoc = fold(read_doc(fn))
        seen = set()
        for r in g['records']:
            if r.get('key') in seen: err(fn + ': duplicate key ' + str(r.get('key')))
            seen.add(r.get('key'))
            if r.get('kind') == 'project': check_project(r, fn, fdoc)
            elif r.get('kind') == 'index_row':
                if set(r) != IDX_KEYS: err(fn + ': index keys')
                if r['key'] != 'index ' + r['section']: err(fn + ': index key')
                row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
                if fold(row) not in fold(read_doc(fn).replace('\t', '\x00')).replace('\x00', '\t') and row not in read_doc(fn):
                    err(fn + ': index row not found ' + row)
            else: err(fn + ': bad kind')
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str) or len(c['records']) < 2: err('clusters: shape')
        for rec in c['records']:
            if rec['key'] not in keys.get(rec['file'], ()): err('clusters: unknown record ' + str(rec))
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')
main()
