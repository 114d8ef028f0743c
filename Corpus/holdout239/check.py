#!/usr/bin/env python3
"""Validate holdout239 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('\u2019', "'"), ('\u2018', "'"), ('œ', 'oe'), ('Œ', 'OE'),
                 ('æ', 'ae'), ('\u2013', '-'), ('\u2014', '-')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    if 'cp1252' in name:
        try:
            raw.decode('utf-8'); err(name + ': cp1252 file is valid UTF-8')
        except UnicodeDecodeError:
            pass
        t = raw.decode('cp1252')
    else:
        t = raw.decode('utf-8')
    if name.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t)
    return fold(t)

def spaced(v):
    v = str(v); out = ''
    while len(v) > 3: out = ' ' + v[-3:] + out; v = v[:-3]
    return v + out

def need(text, value, where):
    if value is None: return
    if fold(str(value)) not in text: err(f'{where}: {value!r} not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
                'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_q(q, where, text):
    if q is None: return
    if not isinstance(q, dict): err(where + ': not an object'); return
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q: err(f'{where}: missing {k}')
    if not (isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] <= q['max']): err(where + ': bad min/max')
    if q.get('per') not in ('total', 'year'): err(where + ': bad per')
    if not isinstance(q.get('approximate'), bool): err(where + ': approximate not bool')
    if 'unit' in q: need(text, q['unit'], where + '.unit')
    if not q.get('approximate') and not re.search(r'(?<!\d)' + str(q['min']) + r'(?!\d)', text):
        err(f'{where}: {q["min"]} not found')

def check_project(r, where, text):
    if set(r) != PROJECT_KEYS: err(f'{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}')
    for k in ('section', 'section_as_written', 'title'):
        if r.get(k) is not None and not isinstance(r[k], str): err(f'{where}.{k}: not a string')
    need(text, r.get('section'), where + '.section'); need(text, r.get('title'), where + '.title')
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): err(f'{where}.{k}: not a list'); continue
        for v in r[k]: need(text, v, f'{where}.{k}')
    t = r.get('territory')
    if t is not None:
        if not (isinstance(t.get('value'), str) and isinstance(t.get('departments'), list)): err(where + '.territory: shape')
        need(text, re.sub(r' et à ', ' et à ', t['value']), where + '.territory')
        for d in t['departments']:
            if not re.fullmatch(r'\d{2,3}|2[AB]', d): err(f'{where}.territory: bad code {d}')
    if r.get('year') is not None:
        if not isinstance(r['year'], int): err(where + '.year: not int')
        need(text, r['year'], where + '.year')
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(where + '.mode: bad')
    check_q(r.get('households'), where + '.households', text)
    check_q(r.get('housing_units'), where + '.housing_units', text)
    d = r.get('duration')
    if d is not None:
        if set(d) != {'months', 'start', 'end', 'renewable'}: err(where + '.duration: keys')
        if d['months'] is not None and not isinstance(d['months'], int): err(where + '.duration.months: not int')
        if not isinstance(d['renewable'], bool): err(where + '.duration.renewable: not bool')
        need(text, d['start'], where + '.duration.start'); need(text, d['end'], where + '.duration.end')
    c = r.get('cost')
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(where + '.cost: keys')
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(f'{where}.cost.{k}: not a decimal string')
            else: need(text, spaced(v), f'{where}.cost.{k}')
    if not isinstance(r.get('funding'), list): err(where + '.funding: not a list')
    for f in r.get('funding') or []:
        if set(f) != {'source', 'eur', 'share_percent'}: err(where + '.funding: keys')
        need(text, f['source'], where + '.funding.source')
        if f['eur'] is not None: need(text, spaced(f['eur']), where + '.funding.eur')
        if f['share_percent'] is not None: need(text, f['share_percent'] + ' %', where + '.funding.share')
    if not isinstance(r.get('contacts'), list): err(where + '.contacts: not a list')
    for p in r.get('contacts') or []:
        if set(p) != {'name', 'email', 'phone'}: err(where + '.contacts: keys')
        for k in ('name', 'email', 'phone'): need(text, p[k], f'{where}.contacts.{k}')

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f'expected 7 documents, found {len(docs)}')
    keys = {}
    for name in docs:
        path = os.path.join(GOLD, name + '.json')
        if not os.path.exists(path): err('no gold for ' + name); continue
        g = json.load(open(path, encoding='utf-8'))
        if g.get('file') != name: err(path + ': file field')
        text = doc_text(name)
        seen = set()
        for i, r in enumerate(g.get('records', [])):
            where = f'{name}#{i}'
            if r.get('key') in seen: err(where + ': duplicate key')
            seen.add(r.get('key'))
            if r.get('kind') == 'project': check_project(r, where, text)
            elif r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS: err(where + ': index keys')
                if r['key'] != 'index ' + r['section']: err(where + ': index key')
                line = fold('\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]))
                if line not in text: err(where + ': index row not found as a line')
            else: err(where + ': bad kind')
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters: shape')
        for rec in c['records']:
            if rec['key'] not in keys.get(rec['file'], ()): err(f'clusters: unknown record {rec}')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
