#!/usr/bin/env python3
"""Checks holdout179's gold files against the gold README's format and against the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = s.replace('æ', 'ae').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def text_of(name):
    b = open(os.path.join(DOC, name), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def isstr_or_none(v): return v is None or isinstance(v, str)
def check_q(q, where, t):
    if q is None: return
    if not isinstance(q, dict) or not {"min","max","per","approximate"} <= set(q): return err(where+': bad quantity')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(where+': min/max')
    if q['per'] not in ('total','year'): err(where+': per')
    if not isinstance(q['approximate'], bool): err(where+': approximate')
    if not q['approximate']:
        for n in {q['min'], q['max']}:
            if not re.search(r'(?<![0-9])(?<![0-9] )'+re.escape(fold(spaced(n)))+r'(?![0-9])', t): err(where+': %d not in text' % n)
    if 'unit' in q and fold(q['unit']) not in t: err(where+': unit not in text')
files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
docs = sorted(os.listdir(DOC))
for d in docs:
    if d + '.json' not in files: err('no gold for ' + d)
keys_by_file = {}
for f in files:
    g = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
    name = g.get('file')
    if name + '.json' != f or name not in docs: err(f+': file'); continue
    t = text_of(name)
    keys = [r['key'] for r in g['records']]
    if len(set(keys)) != len(keys): err(f+': duplicate keys')
    keys_by_file[name] = set(keys)
    for r in g['records']:
        w = f + ' ' + r['key']
        if r['kind'] == 'index_row':
            if set(r) != IKEYS: err(w+': index keys'); continue
            if r['key'] != 'index ' + r['section']: err(w+': index key')
            row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            raw = open(os.path.join(DOC, name), encoding='utf-8').read()
            if row not in raw.splitlines(): err(w+': index row not in guide')
            continue
        if r['kind'] != 'project' or set(r) != PKEYS: err(w+': project keys %s' % (set(r) ^ PKEYS)); continue
        if r['section'] is not None and r['key'] != r['section']: err(w+': key/section')
        if not isinstance(r['title'], str) or fold(r['title']) not in t: err(w+': title')
        for fld in ('carriers','partners'):
            if not isinstance(r[fld], list): err(w+': '+fld); continue
            for v in r[fld]:
                if fold(v) not in t: err(w+': %s %s' % (fld, v))
        ter = r['territory']
        if ter is not None:
            if fold(ter['value']) not in t: err(w+': territory')
            if not all(isinstance(x, str) and re.fullmatch(r'\d{2,3}|2[AB]', x) for x in ter['departments']): err(w+': departments')
        if r['year'] is not None and (not isinstance(r['year'], int) or '- %d' % r['year'] not in t): err(w+': year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(w+': mode')
        check_q(r['households'], w+' households', t); check_q(r['housing_units'], w+' housing', t)
        du = r['duration']
        if du is not None:
            if set(du) != {"months","start","end","renewable"} or not isinstance(du['renewable'], bool): err(w+': duration keys')
            for k in ('start','end'):
                if du[k] is not None and du[k] not in t: err(w+': duration '+k)
            if du['months'] is not None and not isinstance(du['months'], int): err(w+': months')
        c = r['cost']
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(w+': cost keys')
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(w+': cost '+k); continue
                n = int(v); ok = fold(spaced(n)) in t or (n % 1000 == 0 and '%d k€' % (n // 1000) in t)
                if not ok: err(w+': cost %s %s not in text' % (k, v))
        for fu in r['funding']:
            if set(fu) != {"source","eur","share_percent"}: err(w+': funding keys'); continue
            if fold(fu['source']) not in t: err(w+': funder')
            if fu['share_percent'] is not None and not re.search(re.escape(fu['share_percent'])+r' ?%', t): err(w+': share')
            if fu['eur'] is not None and fold(spaced(int(fu['eur']))) not in t: err(w+': funding eur')
        for ct in r['contacts']:
            if set(ct) != {"name","email","phone"}: err(w+': contact keys'); continue
            for k in ('name','email','phone'):
                if ct[k] is not None and fold(ct[k]) not in t: err(w+': contact %s %s' % (k, ct[k]))
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('cluster without why')
    for rec in c['records']:
        if rec['key'] not in keys_by_file.get(rec['file'], set()): err('cluster record %s' % rec)
print('\n'.join(errors) if errors else 'OK')
sys.exit(1 if errors else 0)
