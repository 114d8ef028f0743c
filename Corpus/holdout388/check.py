#!/usr/bin/env python3
"""Validate holdout388 gold files against their documents (standard library only)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('\u2019', "'"), ('œ', 'oe'), ('Œ', 'oe'), ('\u2013', '-'), ('\u2014', '-')):
        s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())
def spaced(d):
    return '{:,}'.format(int(d)).replace(',', ' ')
errors = []
def err(f, m): errors.append(f + ': ' + m)
REQ = ['kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
       'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts']
docs = sorted(os.listdir(DOCS))
for d in docs:
    if not os.path.exists(os.path.join(GOLD, d + '.json')): err(d, 'no gold file')
keys = {}
for gf in sorted(os.listdir(GOLD)):
    if gf == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    f = g.get('file')
    if f + '.json' != gf or f not in docs: err(gf, 'file name mismatch'); continue
    raw = open(os.path.join(DOCS, f), 'rb').read()
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError: text = raw.decode('cp1252')
    t = fold(text)
    def has(v, what):
        if fold(str(v)) not in t: err(f, '%s not found: %r' % (what, v))
    if not isinstance(g.get('records'), list) or not g['records']: err(f, 'no records'); continue
    keys[f] = set()
    for r in g['records']:
        k = r.get('key'); keys[f].add(k)
        if r.get('kind') == 'index_row':
            for x in ('section', 'localisation', 'organisme', 'page'):
                if not isinstance(r.get(x), str): err(f, 'index %s missing %s' % (k, x))
                else: has(r[x], 'index ' + x)
            continue
        if r.get('kind') != 'project': err(f, 'bad kind %r' % r.get('kind')); continue
        for x in REQ:
            if x not in r: err(f, '%s missing %s' % (k, x))
        if r['section']: has(r['section'], 'section')
        if r['title']: has(r['title'], 'title')
        for x in r['carriers'] + r['partners']: has(x, 'carrier/partner')
        if r['territory']:
            has(r['territory']['value'], 'territory')
            if not all(isinstance(c, str) and re.fullmatch(r'\d[\dAB]\d?', c) for c in r['territory']['departments']): err(f, 'bad departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(f, 'year type')
            has(str(r['year']), 'year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f, 'bad mode')
        for q in ('households', 'housing_units'):
            v = r[q]
            if v is None: continue
            if not (isinstance(v['min'], int) and isinstance(v['max'], int) and v['min'] <= v['max'] and v['per'] in ('total', 'year') and isinstance(v['approximate'], bool)):
                err(f, '%s %s shape' % (k, q))
            if not v['approximate']: has(str(v['min']), q)
            if 'unit' in v: has(v['unit'], q + ' unit')
        du = r['duration']
        if du is not None:
            if set(du) != {'months', 'start', 'end', 'renewable'} or not isinstance(du['months'], (int, type(None))): err(f, 'duration shape')
            for x in ('start', 'end'):
                if du[x]: has(du[x], 'duration ' + x)
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f, 'cost shape')
            for x in c.values():
                if x is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', x): err(f, 'cost not decimal string')
                    else: has(spaced(x), 'cost')
        for fu in r['funding']:
            has(fu['source'], 'funder')
            if fu.get('share_percent'): has(fu['share_percent'] + ' %', 'share')
            if fu.get('eur'): has(spaced(fu['eur']), 'funding eur')
        for ct in r['contacts']:
            if not ct.get('name'): err(f, 'contact without name')
            for x in ('name', 'email', 'phone'):
                if ct.get(x): has(ct[x], 'contact ' + x)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if len(c['records']) < 2 or not c.get('why'): err('clusters', 'bad cluster')
    for rec in c['records']:
        if rec['key'] not in keys.get(rec['file'], ()): err('clusters', 'unknown record %r' % rec)
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
