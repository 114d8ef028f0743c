#!/usr/bin/env python3
"""Checks holdout176 gold files: keys and types (../gold/README.md format), index rows present
in the guide, and gold values present in their documents (folded; cp1252 decoded; HTML stripped)."""
import json, os, re, sys, html, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents'); GOLD = os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u00a0', ' ').replace('\u202f', ' ')
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('Æ', 'AE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r'[–—\-]', ' ', s)
    s = re.sub(r'[*_#`«»"]', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

def load(path):
    b = open(path, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if path.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t

def spaced(n):  # 157245 -> "157 245"
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year',
                'mode','households','housing_units','duration','cost','funding','contacts'}
INDEX_KEYS = {'kind','key','section','localisation','organisme','page'}
MODES = {'access','maintenance','access_and_maintenance',None}

def isstr(x): return isinstance(x, str)
def optstr(x): return x is None or isinstance(x, str)
def isint(x): return isinstance(x, int) and not isinstance(x, bool)

def check_q(q, where, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): return err(f'{where}: quantity not an object')
    for k in ('min','max','per','approximate'):
        if k not in q: err(f'{where}: quantity lacks {k}')
    if not (isint(q.get('min')) and isint(q.get('max')) and q['min'] <= q['max']): err(f'{where}: bad min/max')
    if q.get('per') not in ('total','year'): err(f'{where}: bad per')
    if not isinstance(q.get('approximate'), bool): err(f'{where}: approximate not bool')
    if 'unit' in q and not isstr(q['unit']): err(f'{where}: unit not str')
    for b in q.get('breakdown', []):
        if not (isstr(b.get('label')) and isint(b.get('min')) and isint(b.get('max'))): err(f'{where}: bad breakdown')

def present(ftext, value, where, what):
    if value is None: return
    if fold(str(value)) not in ftext: err(f'{where}: {what} {value!r} not found in document')

def amount_present(ftext, eur, where):
    if eur is None: return
    if not re.fullmatch(r'\d+', eur): return err(f'{where}: amount {eur!r} not a plain decimal string')
    n = int(eur)
    cands = {eur, spaced(n)}
    if n % 1000 == 0: cands.add(f'{n//1000} k€')
    if not any(fold(c) in ftext for c in cands): err(f'{where}: amount {eur} not found in document')

files = sorted(glob.glob(os.path.join(GOLD, '*.json')))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if not os.path.exists(os.path.join(GOLD, d + '.json')): err(f'no gold for {d}')
for gp in files:
    name = os.path.basename(gp)
    g = json.load(open(gp, encoding='utf-8'))
    if name == 'clusters.json':
        for c in g.get('clusters', []):
            if not isstr(c.get('why')): err('clusters: why missing')
            for r in c.get('records', []):
                rp = os.path.join(GOLD, r['file'] + '.json')
                if not os.path.exists(rp): err(f'clusters: no gold file {r["file"]}')
                elif r['key'] not in [x['key'] for x in json.load(open(rp, encoding='utf-8'))['records']]:
                    err(f'clusters: key {r["key"]} not in {r["file"]}')
        continue
    if g.get('file') + '.json' != name: err(f'{name}: file field mismatch')
    dp = os.path.join(DOCS, g['file'])
    if not os.path.exists(dp): err(f'{name}: document missing'); continue
    text = load(dp); ftext = fold(text)
    keys = [r['key'] for r in g['records']]
    if len(keys) != len(set(keys)): err(f'{name}: duplicate keys')
    for r in g['records']:
        w = f'{name}[{r.get("key")}]'
        if r.get('kind') == 'index_row':
            if set(r) != INDEX_KEYS: err(f'{w}: index keys {sorted(set(r) ^ INDEX_KEYS)}')
            if r['key'] != 'index ' + r['section']: err(f'{w}: key must be "index "+section')
            row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            if row not in text.splitlines(): err(f'{w}: index row not found as a line in the guide')
            continue
        if r.get('kind') != 'project': err(f'{w}: bad kind'); continue
        if set(r) != PROJECT_KEYS: err(f'{w}: project keys {sorted(set(r) ^ PROJECT_KEYS)}')
        for k in ('section','section_as_written','title'):
            if not optstr(r.get(k)): err(f'{w}: {k} type')
        present(ftext, r['title'], w, 'title')
        if r['section']: present(ftext, r['section'] + '.', w, 'section')
        for k in ('carriers','partners'):
            if not (isinstance(r[k], list) and all(isstr(x) for x in r[k])): err(f'{w}: {k} type')
            for x in r[k]: present(ftext, x, w, k[:-1])
        t = r['territory']
        if t is not None:
            if not (isstr(t.get('value')) and isinstance(t.get('departments'), list)): err(f'{w}: territory type')
            present(ftext, t['value'], w, 'territory')
            for dcode in t['departments']:
                if not re.fullmatch(r'\d{2,3}|2[AB]', dcode): err(f'{w}: bad département {dcode}')
        if r['year'] is not None:
            if not isint(r['year']): err(f'{w}: year type')
            elif f'- {r["year"]}' not in text: err(f'{w}: year line - {r["year"]} not found')
        if r['mode'] not in MODES: err(f'{w}: bad mode')
        for k in ('households','housing_units'):
            check_q(r[k], f'{w}.{k}')
            q = r[k]
            if q and not q['approximate']:
                present(ftext, str(q['min']), w, k + ' min'); present(ftext, str(q['max']), w, k + ' max')
            if q and q.get('unit'): present(ftext, q['unit'], w, 'unit')
        du = r['duration']
        if du is not None:
            if set(du) != {'months','start','end','renewable'}: err(f'{w}: duration keys')
            if not (du['months'] is None or isint(du['months'])): err(f'{w}: months type')
            if not isinstance(du['renewable'], bool): err(f'{w}: renewable type')
            for k in ('start','end'):
                if du[k] is not None:
                    if not re.fullmatch(r'\d{4}', du[k]): err(f'{w}: {k} not a year string')
                    present(ftext, du[k], w, 'duration ' + k)
            if du['start'] and du['end'] and du['months']:
                span = (int(du['end']) - int(du['start'])) * 12
                if abs(span - du['months']) > 12: err(f'{w}: months {du["months"]} far from {du["start"]}-{du["end"]}')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(f'{w}: cost keys')
            for k in c:
                if not optstr(c[k]): err(f'{w}: cost {k} type')
                amount_present(ftext, c[k], w)
        for f in r['funding']:
            if set(f) != {'source','eur','share_percent'}: err(f'{w}: funding keys')
            present(ftext, f['source'], w, 'funder')
            amount_present(ftext, f['eur'], w)
            if f['share_percent'] is not None and fold(f['share_percent'] + ' %') not in ftext:
                err(f'{w}: share {f["share_percent"]} % not found')
        for ct in r['contacts']:
            if set(ct) != {'name','email','phone'}: err(f'{w}: contact keys')
            present(ftext, ct['name'], w, 'contact name')
            if ct['email']:
                if '@' not in ct['email'] or ct['email'].lower().startswith('contact@'): err(f'{w}: bad e-mail')
                present(ftext, ct['email'], w, 'e-mail')
            present(ftext, ct['phone'], w, 'phone')

if errors:
    print('\n'.join(errors)); print(f'{len(errors)} problem(s)'); sys.exit(1)
print('OK')
