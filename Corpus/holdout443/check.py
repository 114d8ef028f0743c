"""Validate holdout443 gold files (standard library only). Prints OK."""
import json, os, re, sys, unicodedata, html
H = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'OE'), ('*', '')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    return re.sub(r'\s+', ' ', ''.join(c for c in s if not unicodedata.combining(c)).lower())
def spaced(d):
    return f"{int(d):,}".replace(',', ' ')
errs = []
PK = ["kind", "key", "section", "title", "carriers", "partners", "territory", "year", "mode", "households",
      "housing_units", "duration", "cost", "funding", "contacts"]
docs = sorted(os.listdir(os.path.join(H, 'documents')))
for f in docs:
    p = os.path.join(H, 'gold', f + '.json')
    if not os.path.exists(p): errs.append('missing gold ' + f); continue
    g = json.load(open(p, encoding='utf-8'))
    raw = open(os.path.join(H, 'documents', f), 'rb').read()
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError: text = raw.decode('cp1252')
    t = fold(text)
    def has(v, what):
        if v is not None and fold(str(v)) not in t: errs.append(f'{f}: {what} {v!r} not in document')
    if g.get('file') != f: errs.append(f + ': file key')
    for r in g['records']:
        if r['kind'] == 'index_row':
            for k in ('key', 'section', 'localisation', 'organisme', 'page'):
                if not isinstance(r.get(k), str): errs.append(f'{f}: index key {k}')
            for k in ('section', 'localisation', 'organisme', 'page'): has(r[k], k)
            continue
        for k in PK:
            if k not in r: errs.append(f'{f} {r.get("key")}: missing {k}')
        if r['mode'] not in ('access', 'maintenance', 'access_and_maintenance', None): errs.append(f + ': mode')
        has(r['title'], 'title'); has(r['section'], 'section')
        for x in r['carriers'] + r['partners']: has(x, 'org')
        if r['territory']:
            has(r['territory']['value'], 'territory')
            assert all(isinstance(d, str) for d in r['territory']['departments'])
        if r['year'] is not None: has(r['year'], 'year')
        for k in ('households', 'housing_units'):
            qv = r[k]
            if qv is None: continue
            if not (isinstance(qv['min'], int) and isinstance(qv['max'], int) and qv['min'] <= qv['max'] and qv['per'] in ('total', 'year') and isinstance(qv['approximate'], bool)):
                errs.append(f'{f}: bad quantity {k}')
            if not qv['approximate']: has(qv['min'], k)
            if 'unit' in qv: has(qv['unit'], 'unit')
        d = r['duration']
        if d:
            if not isinstance(d['months'], int): errs.append(f + ': months')
            has(d['start'], 'start'); has(d['end'], 'end')
        c = r['cost']
        if c:
            for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
                if c[k] is not None:
                    if not re.fullmatch(r'\d+', c[k]): errs.append(f + ': amount ' + c[k])
                    has(spaced(c[k]), k)
        for fu in r['funding']:
            has(fu['source'], 'funder')
            if fu['eur']: has(spaced(fu['eur']), 'funding eur')
            if fu['share_percent']: has(fu['share_percent'] + ' %', 'share')
        for ct in r['contacts']:
            has(ct['name'], 'contact'); has(ct['email'], 'email'); has(ct['phone'], 'phone')
cl = json.load(open(os.path.join(H, 'gold', 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): errs.append('cluster why')
    for rec in c['records']:
        g = json.load(open(os.path.join(H, 'gold', rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in [r['key'] for r in g['records']]: errs.append('cluster key ' + rec['key'])
if errs: print('\n'.join(errs)); sys.exit(1)
print('OK')
