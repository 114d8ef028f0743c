#!/usr/bin/env python3
"""Validate holdout439 gold files against their documents (standard library only). Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('‘', "'"), ('œ', 'oe'), ('Œ', 'OE'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def read_doc(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return b.decode('cp1252')
PROJ_KEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
             'households','housing_units','duration','cost','funding','contacts'}
IDX_KEYS = {'kind','key','section','localisation','organisme','page'}
def chk_q(q, where, t):
    if q is None: return
    if not isinstance(q, dict) or not {'min','max','per','approximate'} <= set(q): return err(where+': bad quantity')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(where+': min/max')
    if q['per'] not in ('total','year'): err(where+': per')
    if not isinstance(q['approximate'], bool): err(where+': approximate')
    if not q['approximate'] and fold(str(q['min'])) not in t: err(where+': count not in text')
    if 'unit' in q and fold(q['unit']) not in t: err(where+': unit not in text')
def found(v, t, where):
    if v is not None and fold(v) not in t: err(where+': %r not in document' % v)
docs = sorted(os.listdir(DOCS))
for d in docs:
    gp = os.path.join(GOLD, d + '.json')
    if not os.path.exists(gp): err('missing gold for '+d); continue
    g = json.load(open(gp, encoding='utf-8'))
    if g.get('file') != d or not isinstance(g.get('records'), list) or not g['records']: err(d+': file/records'); continue
    t = fold(read_doc(d)); keys = set()
    for r in g['records']:
        w = d + ' ' + str(r.get('key'))
        if r.get('key') in keys: err(w+': duplicate key')
        keys.add(r.get('key'))
        if r.get('kind') == 'index_row':
            if set(r) != IDX_KEYS: err(w+': index keys'); continue
            for k in ('section','localisation','organisme','page'): found(r[k], t, w+' '+k)
            continue
        if r.get('kind') != 'project' or set(r) != PROJ_KEYS: err(w+': project keys %s' % sorted(set(r) ^ PROJ_KEYS)); continue
        if r['section'] is not None: found(r['section'], t, w)
        if not isinstance(r['title'], str): err(w+': title')
        else: found(r['title'], t, w+' title')
        for k in ('carriers','partners'):
            if not isinstance(r[k], list): err(w+': '+k)
            for v in r[k]: found(v, t, w+' '+k)
        tr = r['territory']
        if tr is not None:
            if not isinstance(tr.get('departments'), list) or not all(re.fullmatch(r'\d{2,3}', x) for x in tr['departments']): err(w+': departments')
            found(tr.get('value'), t, w+' territory')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(w+': year')
            else: found(str(r['year']), t, w+' year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(w+': mode')
        chk_q(r['households'], w+' households', t); chk_q(r['housing_units'], w+' housing', t)
        du = r['duration']
        if du is not None:
            if set(du) != {'months','start','end','renewable'} or not isinstance(du['renewable'], bool): err(w+': duration keys')
            if du['months'] is not None and not isinstance(du['months'], int): err(w+': months')
            for k in ('start','end'):
                if du[k] is not None: found(du[k], t, w+' duration '+k)
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(w+': cost keys')
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(w+': cost '+k)
                else: found(spaced(int(v)), t, w+' cost '+k)
        for f in r['funding']:
            if set(f) != {'source','eur','share_percent'}: err(w+': funding keys'); continue
            found(f['source'], t, w+' funder')
            if f['eur'] is not None: found(spaced(int(f['eur'])), t, w+' funding eur')
            if f['share_percent'] is not None: found(f['share_percent'] + ' %', t, w+' share') if fold(f['share_percent']+' %') in t else found(f['share_percent'] + '%', t, w+' share')
        if not r['contacts']: err(w+': no contact')
        for ct in r['contacts']:
            if set(ct) != {'name','email','phone'}: err(w+': contact keys'); continue
            for k in ('name','email','phone'): found(ct[k], t, w+' contact '+k)
cp = os.path.join(GOLD, 'clusters.json')
cl = json.load(open(cp, encoding='utf-8'))
for c in cl.get('clusters', []):
    if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2: err('clusters: shape')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in {r['key'] for r in g['records']}: err('clusters: unknown key %r' % rec)
extra = set(os.listdir(GOLD)) - {d + '.json' for d in docs} - {'clusters.json'}
if extra: err('extra gold files %s' % sorted(extra))
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
