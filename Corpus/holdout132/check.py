#!/usr/bin/env python3
"""Checks the holdout132 gold: keys and types against ../gold/README.md, and that every gold
string or figure occurs in its document (cp1252 decoded, HTML tags stripped, entities decoded,
case/accents/apostrophes/NBSP folded)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')

def fold(s):
    s = html.unescape(s)
    for a in '\u00a0\u202f\u2009': s = s.replace(a, ' ')
    for a in '’‘ʼ´`': s = s.replace(a, "'")
    for d in '–—‑−': s = s.replace(d, '-')
    s = s.replace('œ', 'oe').replace('Œ', 'OE')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

def load(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)
    return fold(t)

WORDS = {8:'huit',10:'dix',12:'douze',14:'quatorze',15:'quinze',20:'vingt',22:'vingt-deux',36:'trente-six'}
SIZE = {'dizaine':10,'douzaine':12,'quinzaine':15,'vingtaine':20,'trentaine':30,'quarantaine':40,'cinquantaine':50,'soixantaine':60,'centaine':100}
errors = []
def err(m): errors.append(m)

def has(doc, s, what):
    if fold(s) not in doc: err(f'{what}: {s!r} not found')

def num_in(doc, n, what):
    pat = r'(?<![\d,.])' + re.escape(f'{n:,}'.replace(',', ' ')) + r'(?![\d,])'
    if re.search(pat, doc): return
    w = WORDS.get(n)
    if w and re.search(r'(?<![a-z-])' + w + r'(?![a-z-])', doc): return
    err(f'{what}: {n} not found')

def eur_in(doc, a, what):
    n = int(a)
    spaced = f'{n:,}'.replace(',', ' ')
    if re.search(r'(?<![\d])' + re.escape(spaced) + r' ?€', doc): return
    if n % 1000 == 0 and re.search(r'(?<![\d])' + str(n // 1000) + r' ?k€', doc): return
    err(f'{what}: amount {a} not found')

PROJECT_KEYS = {'kind','key','section','section_as_written','title','carriers','partners','territory','year','mode',
                'households','housing_units','duration','cost','funding','contacts'}
INDEX_KEYS = {'kind','key','section','localisation','organisme','page'}
def check_q(q, what, doc, text_words=()):
    if q is None: return
    if not isinstance(q, dict): return err(f'{what}: not an object')
    for k in ('min','max','per','approximate'):
        if k not in q: err(f'{what}: missing {k}')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{what}: bad min/max')
    if q['per'] not in ('total','year'): err(f'{what}: bad per')
    if not isinstance(q['approximate'], bool): err(f'{what}: approximate not bool')
    if 'unit' in q: has(doc, q['unit'], what + ' unit')
    widened = [w for w, c in SIZE.items() if round(c*0.8) == q['min'] and round(c*1.2) == q['max']]
    if q['approximate'] and widened:
        if not any(w in doc for w in widened): err(f'{what}: size word for {q} not found')
    else:
        num_in(doc, q['min'], what + ' min'); num_in(doc, q['max'], what + ' max')

for fn in sorted(os.listdir(GOLD)):
    if fn == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, fn), encoding='utf-8'))
    if set(g) != {'file','records'}: err(f'{fn}: top keys {set(g)}')
    if g['file'] + '.json' != fn: err(f'{fn}: file field {g["file"]}')
    doc = load(g['file'])
    keys = [r['key'] for r in g['records']]
    if len(keys) != len(set(keys)): err(f'{fn}: duplicate keys')
    for r in g['records']:
        w = f'{fn}[{r["key"]}]'
        if r['kind'] == 'index_row':
            if set(r) != INDEX_KEYS: err(f'{w}: keys {set(r) ^ INDEX_KEYS}')
            if r['key'] != 'index ' + r['section']: err(f'{w}: key/section')
            line = fold('\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]))
            if line.replace('\t', ' ') not in doc: err(f'{w}: index row not found as a line')
            continue
        if r['kind'] != 'project': err(f'{w}: kind'); continue
        extra = set(r) - PROJECT_KEYS
        if extra: err(f'{w}: unknown keys {extra}')
        if r.get('section'):
            has(doc, r['section'] + '.', w + ' section')
            if r['key'] != r['section']: err(f'{w}: key should be the section')
        elif r['key'] != 'document' and fold(r['key']) != fold(r['title']): err(f'{w}: key should be document or title')
        has(doc, r['title'], w + ' title')
        for c in r['carriers']: has(doc, c, w + ' carrier')
        for p in r['partners']: has(doc, p, w + ' partner')
        t = r['territory']
        if t is not None:
            has(doc, t['value'], w + ' territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments']): err(f'{w}: departments')
        if r['year'] is not None:
            if not isinstance(r['year'], int): err(f'{w}: year type')
            has(doc, '- ' + str(r['year']), w + ' year')
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{w}: mode')
        check_q(r['households'], w + ' households', doc)
        check_q(r['housing_units'], w + ' housing', doc)
        d = r['duration']
        if d is not None:
            if set(d) != {'months','start','end','renewable'}: err(f'{w}: duration keys')
            m = d['months']
            ok = re.search(rf'(?<!\d){m} mois', doc) or (m % 12 == 0 and re.search(rf'(?<!\d){m//12} ans|{ {1:"un",2:"deux",3:"trois"}.get(m//12,"@")} ans', doc))
            if d['start'] and d['end']:
                ok = ok or (int(d['end']) - int(d['start'])) * 12 == m
            if not ok: err(f'{w}: duration {m} not found')
            for k in ('start', 'end'):
                if d[k] is not None: has(doc, d[k], w + ' ' + k)
            if d['renewable'] and 'reconductible' not in doc and 'renouvelable' not in doc: err(f'{w}: renewable')
        c = r['cost']
        if c is not None:
            if set(c) != {'total_eur','per_year_eur','per_household_eur'}: err(f'{w}: cost keys')
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and v.isdigit()): err(f'{w}: {k} not a decimal string')
                    else: eur_in(doc, v, w + ' ' + k)
        for f in r.get('funding', []):
            if set(f) != {'source','eur','share_percent'}: err(f'{w}: funding keys')
            has(doc, f['source'], w + ' funder')
            if f['share_percent']: has(doc, f['share_percent'] + ' %', w + ' share')
            if f['eur']: eur_in(doc, f['eur'], w + ' funding eur')
        if not r['contacts'] and r['key'] != 'x': pass
        for k in r['contacts']:
            if set(k) - {'name','email','phone','role','organisation'}: err(f'{w}: contact keys')
            has(doc, k['name'], w + ' contact name')
            if k.get('email'): has(doc, k['email'], w + ' contact email')
            if k.get('phone'): has(doc, k['phone'], w + ' contact phone')

cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl['clusters']:
    if not c.get('why'): err('cluster without why')
    for rec in c['records']:
        g = json.load(open(os.path.join(GOLD, rec['file'] + '.json'), encoding='utf-8'))
        if rec['key'] not in [r['key'] for r in g['records']]: err(f'cluster record {rec} not in gold')
docs = sorted(os.listdir(DOCS)); golds = sorted(f[:-5] for f in os.listdir(GOLD) if f != 'clusters.json')
if docs != golds: err(f'documents {docs} vs gold {golds}')
print('\n'.join(errors) if errors else 'clean: %d gold files' % len(golds))
sys.exit(1 if errors else 0)
