#!/usr/bin/env python3
"""Checks holdout177's gold against its documents (python3, standard library only)."""
import json, os, re, sys, html, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def fold(s):
    s = s.replace('\u2019', "'").replace('\u00a0', ' ').replace('\u202f', ' ')
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s)

def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)

def has(text, value, what, fn):
    if fold(value) not in text:
        errors.append('%s: %s %r not found' % (fn, what, value))

def has_number(text, n, what, fn):
    if not re.search(r'(?<![\d ])%d(?![\d])' % n, text) and not re.search(r'(?<!\d)%d(?!\d)' % n, text):
        errors.append('%s: %s %r not found' % (fn, what, n))

def spaced(d):
    s = str(int(d)); out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def has_amount(text, d, what, fn):
    n = int(d)
    forms = [spaced(d) + ' €', spaced(d) + '€', str(n) + ' €']
    if n % 1000 == 0:
        forms.append('%d k€' % (n // 1000))
    if not any(fold(f) in text for f in forms):
        errors.append('%s: %s %s not found' % (fn, what, d))

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year',
                'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_q(q, fn, what, text):
    if q is None:
        return
    if set(q) - {'min', 'max', 'per', 'approximate', 'unit', 'breakdown'} or not {'min', 'max', 'per', 'approximate'} <= set(q):
        errors.append('%s: %s keys %s' % (fn, what, sorted(q)))
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']):
        errors.append('%s: %s min/max' % (fn, what))
    if q['per'] not in ('total', 'year') or not isinstance(q['approximate'], bool):
        errors.append('%s: %s per/approximate' % (fn, what))
    if not q['approximate']:
        has_number(text, q['min'], what + ' min', fn)
        has_number(text, q['max'], what + ' max', fn)
    if q.get('unit'):
        has(text, q['unit'], what + ' unit', fn)

for path in sorted(glob.glob(os.path.join(GOLD, '*.json'))):
    data = json.load(open(path, encoding='utf-8'))
    if os.path.basename(path) == 'clusters.json':
        for c in data['clusters']:
            for r in c['records']:
                g = json.load(open(os.path.join(GOLD, r['file'] + '.json'), encoding='utf-8'))
                if r['key'] not in [x['key'] for x in g['records']]:
                    errors.append('clusters: %s %s unknown' % (r['file'], r['key']))
            if not isinstance(c.get('why'), str):
                errors.append('clusters: no why')
        continue
    fn = data['file']
    if os.path.basename(path) != fn + '.json' or not os.path.exists(os.path.join(DOCS, fn)):
        errors.append('%s: file name mismatch' % path)
        continue
    text = load(fn)
    raw_lines = [fold(l) for l in open(os.path.join(DOCS, fn), 'rb').read().decode('utf-8', 'replace').splitlines()]
    keys = [r['key'] for r in data['records']]
    if len(keys) != len(set(keys)):
        errors.append('%s: duplicate keys' % fn)
    for r in data['records']:
        if r['kind'] == 'index_row':
            if set(r) != INDEX_KEYS or r['key'] != 'index ' + r['section']:
                errors.append('%s: index row keys %s' % (fn, r['key']))
            row = fold('\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]))
            if row not in raw_lines:
                errors.append('%s: index row %s not a line of the guide' % (fn, r['key']))
            if r['section'] not in keys:
                errors.append('%s: index row %s has no monograph' % (fn, r['key']))
            continue
        if r['kind'] != 'project' or set(r) != PROJECT_KEYS:
            errors.append('%s: record keys %s' % (fn, sorted(set(r) ^ PROJECT_KEYS)))
            continue
        k = r['key']
        if r['section']:
            has(text, r['section'] + '.', k + ' section', fn)
        if r['title']:
            has(text, r['title'], k + ' title', fn)
        for c in r['carriers']:
            has(text, c, k + ' carrier', fn)
        for p in r['partners']:
            has(text, p, k + ' partner', fn)
        if r['territory']:
            t = r['territory']
            if not (isinstance(t['departments'], list) and all(re.fullmatch(r'\d{2,3}', d) for d in t['departments'])):
                errors.append('%s: %s departments' % (fn, k))
            for part in re.split(r' \(|\)|, | et ', t['value']):
                if part.strip():
                    has(text, part.strip(), k + ' territory part', fn)
        if r['year'] is not None:
            has_number(text, r['year'], k + ' year', fn)
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'):
            errors.append('%s: %s mode' % (fn, k))
        check_q(r['households'], fn, k + ' households', text)
        check_q(r['housing_units'], fn, k + ' housing', text)
        d = r['duration']
        if d is not None:
            if set(d) != {'months', 'start', 'end', 'renewable'} or not isinstance(d['renewable'], bool):
                errors.append('%s: %s duration keys' % (fn, k))
            for y in (d['start'], d['end']):
                if y is not None:
                    has_number(text, int(y), k + ' duration year', fn)
            if d['start'] and d['end'] and d['months'] and abs((int(d['end']) - int(d['start'])) * 12 - d['months']) > 0:
                errors.append('%s: %s months vs years' % (fn, k))
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}:
                errors.append('%s: %s cost keys' % (fn, k))
            for f in ('total_eur', 'per_year_eur', 'per_household_eur'):
                if c[f] is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', c[f]):
                        errors.append('%s: %s %s not a decimal string' % (fn, k, f))
                    else:
                        has_amount(text, c[f], k + ' ' + f, fn)
        for f in r['funding']:
            has(text, f['source'], k + ' funder', fn)
            if f['eur']:
                has_amount(text, f['eur'], k + ' funding', fn)
            if f['share_percent']:
                has(text, f['share_percent'] + ' %', k + ' share', fn)
        for p in r['contacts']:
            has(text, p['name'], k + ' contact name', fn)
            if p['email']:
                has(text, p['email'], k + ' e-mail', fn)
            if p['phone']:
                has(text, p['phone'], k + ' phone', fn)

if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
