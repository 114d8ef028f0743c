#!/usr/bin/env python3
"""Check the holdout191 gold: format of ../gold/README.md, and every expected string found in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errs = []
def err(m): errs.append(m)
def load_doc(p):
    b = open(p, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if p.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = s.replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()
def amount_in(eur, text):
    n = int(eur); spaced = '{:,}'.format(n).replace(',', ' ')
    return spaced in text or str(n) in text
PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
             "households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
files = sorted(f for f in os.listdir(DOCS))
gold_files = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [f + '.json' for f in files] != gold_files: err('gold files do not match documents')
keys = {}
for f in files:
    gp = os.path.join(GOLD, f + '.json')
    if not os.path.exists(gp): continue
    g = json.load(open(gp, encoding='utf-8'))
    if g.get('file') != f: err(f + ': file field')
    raw = load_doc(os.path.join(DOCS, f)); t = fold(raw); flat = t.replace(' ', '')
    def need(s, what):
        if s is None: return
        if fold(s) not in t and fold(s).replace(' ', '') not in flat: err(f'{f}: {what} {s!r} not found')
    keys[f] = set()
    for r in g['records']:
        k = r.get('key')
        if k in keys[f]: err(f'{f}: duplicate key {k}')
        keys[f].add(k)
        if r['kind'] == 'index_row':
            if set(r) != IDX_KEYS: err(f'{f} {k}: index keys')
            if k != 'index ' + r['section']: err(f'{f} {k}: index key')
            for fld in ('section', 'localisation', 'organisme', 'page'): need(r[fld], fld)
            continue
        if r['kind'] != 'project': err(f'{f} {k}: kind'); continue
        if not set(r) <= PROJ_KEYS: err(f'{f} {k}: unknown keys {set(r)-PROJ_KEYS}')
        need(r.get('title'), 'title'); need(r.get('section'), 'section')
        for c in r.get('carriers', []) + r.get('partners', []): need(c, 'organisation')
        terr = r.get('territory')
        if terr:
            need(terr['value'], 'territory')
            for d in terr['departments']:
                if not re.fullmatch(r'\d{2,3}|2[AB]', d): err(f'{f} {k}: department {d}')
        if r.get('year') is not None: need(str(r['year']), 'year')
        if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{f} {k}: mode')
        for q in ('households', 'housing_units'):
            v = r.get(q)
            if v is None: continue
            if not {'min','max','per','approximate'} <= set(v) or v['per'] not in ('total','year') or v['min'] > v['max']:
                err(f'{f} {k}: {q} format')
            if not v['approximate']: need(str(v['min']), q)
            if 'unit' in v: need(v['unit'], q + ' unit')
        d = r.get('duration')
        if d is not None:
            if set(d) != {'months','start','end','renewable'}: err(f'{f} {k}: duration format')
            for y in (d['start'], d['end']): need(y, 'duration year')
        c = r.get('cost')
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(f'{f} {k}: cost format')
            for a in c.values():
                if a is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', a): err(f'{f} {k}: amount {a}')
                elif not amount_in(a, t): err(f'{f} {k}: amount {a} not found')
        for fu in r.get('funding', []):
            need(fu['source'], 'funder')
            if fu.get('share_percent'): need(fu['share_percent'] + ' %', 'share')
            if fu.get('eur') and not amount_in(fu['eur'], t): err(f'{f} {k}: funding amount')
        for ct in r.get('contacts', []):
            need(ct['name'], 'contact name'); need(ct.get('email'), 'email'); need(ct.get('phone'), 'phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('cluster without why')
    for rec in c['records']:
        if rec['key'] not in keys.get(rec['file'], ()): err(f'cluster record {rec} unknown')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
