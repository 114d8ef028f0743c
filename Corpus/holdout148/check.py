#!/usr/bin/env python3
"""Checks holdout148's gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territory, e-mails, names, phones, amounts in some written form,
index rows) occurs in its document after decoding (cp1252, HTML tags and entities)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'`ʼ]", "'", s)
    s = re.sub(r"[‐‑‒–—−-]", "-", s)
    return re.sub(r'\s+', ' ', s)

def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('cp1252')
    if name.endswith(('.html', '.htm')):
        s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return fold(s)

UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
         'treize', 'quatorze', 'quinze', 'seize']
TENS = {2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante'}
def words_lt100(n):
    if n <= 16: return UNITS[n]
    if n < 20: return 'dix-' + UNITS[n - 10]
    t, u = divmod(n, 10)
    if t in TENS:
        if u == 0: return TENS[t]
        return TENS[t] + ('-et-un' if u == 1 else '-' + UNITS[u])
    if t == 7: return 'soixante-' + ('et-onze' if u == 1 else words_lt100(10 + u))
    if t == 8: return 'quatre-vingt' + ('s' if u == 0 else '-' + UNITS[u])
    return 'quatre-vingt-' + words_lt100(10 + u)
def words_lt1000(n):
    c, r = divmod(n, 100)
    out = []
    if c: out.append('cent' if c == 1 else UNITS[c] + ' cent' + ('s' if r == 0 else ''))
    if r: out.append(words_lt100(r))
    return ' '.join(out)
def words(n):
    th, r = divmod(n, 1000)
    out = []
    if th: out.append('mille' if th == 1 else words_lt1000(th) + ' mille')
    if r: out.append(words_lt1000(r))
    return ' '.join(out)

def amount_forms(a):
    n = int(a)
    grouped = '{:,}'.format(n).replace(',', ' ')
    forms = [grouped, str(n)]
    if n % 100 == 0:
        k = n / 1000
        ks = ('%g' % k).replace('.', ',')
        forms += [ks + ' k€', ks + ' k€'.replace(' ', '')]
    if n < 1000000:
        forms.append(words(n) + ' euros')
    return [fold(f) for f in forms]

def occurs(text, value, what, doc):
    if fold(value) not in text:
        err(f'{doc}: {what} {value!r} not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
def check_q(q, doc, key, f):
    if q is None: return
    if not isinstance(q, dict): return err(f'{doc} {key}: {f} not an object')
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q: err(f'{doc} {key}: {f} lacks {k}')
    extra = set(q) - {'min', 'max', 'per', 'approximate', 'unit'}
    if extra: err(f'{doc} {key}: {f} has unknown keys {extra}')
    if not (isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] <= q['max']):
        err(f'{doc} {key}: {f} min/max')
    if q.get('per') not in ('total', 'year'): err(f'{doc} {key}: {f} per')
    if not isinstance(q.get('approximate'), bool): err(f'{doc} {key}: {f} approximate')

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
    if sorted(g[:-5] for g in golds) != docs:
        err(f'gold files {golds} do not match documents {docs}')
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
        doc = data.get('file')
        if set(data) != {'file', 'records'} or doc != g[:-5]: err(f'{g}: top-level keys or file name')
        text = load(doc)
        seen = set()
        for r in data['records']:
            key = r.get('key')
            if key in seen: err(f'{doc}: duplicate key {key}')
            seen.add(key); keys.setdefault(doc, set()).add(key)
            if r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS: err(f'{doc} {key}: index_row keys {set(r)}')
                if key != 'index ' + r['section']: err(f'{doc} {key}: index key rule')
                row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
                occurs(text, row, 'index row', doc)
                continue
            if r.get('kind') != 'project': err(f'{doc} {key}: kind'); continue
            if set(r) - PROJECT_KEYS: err(f'{doc} {key}: unknown keys {set(r) - PROJECT_KEYS}')
            if r.get('section'):
                if key != r['section']: err(f'{doc} {key}: key should be the section')
                occurs(text, r['section'], 'section', doc)
            elif r.get('year') is not None:
                if key != r['title']: err(f'{doc} {key}: brochure key should be the title')
            elif key != 'document': err(f'{doc} {key}: one-project key should be "document"')
            if r.get('title') is not None: occurs(text, r['title'], 'title', doc)
            for f in ('carriers', 'partners'):
                if not isinstance(r.get(f, []), list): err(f'{doc} {key}: {f} not a list')
                for v in r.get(f, []): occurs(text, v, f, doc)
            t = r.get('territory')
            if t is not None:
                if set(t) != {'value', 'departments'} or not all(isinstance(d, str) for d in t['departments']):
                    err(f'{doc} {key}: territory shape')
                occurs(text, t['value'], 'territory', doc)
            y = r.get('year')
            if y is not None:
                if not isinstance(y, int): err(f'{doc} {key}: year type')
                occurs(text, str(y), 'year', doc)
            if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{doc} {key}: mode')
            check_q(r.get('households'), doc, key, 'households'); check_q(r.get('housing_units'), doc, key, 'housing_units')
            for f in ('households', 'housing_units'):
                q = r.get(f)
                if q and 'unit' in q: occurs(text, q['unit'], f + ' unit', doc)
            d = r.get('duration')
            if d is not None:
                if set(d) != {'months', 'start', 'end', 'renewable'}: err(f'{doc} {key}: duration keys')
                if not (d['months'] is None or isinstance(d['months'], int)): err(f'{doc} {key}: months type')
                for k in ('start', 'end'):
                    if d[k] is not None:
                        if not re.fullmatch(r'\d{4}', d[k]): err(f'{doc} {key}: duration {k}')
                        occurs(text, d[k], 'duration ' + k, doc)
                if not isinstance(d['renewable'], bool): err(f'{doc} {key}: renewable type')
            c = r.get('cost')
            if c is not None:
                if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f'{doc} {key}: cost keys')
                for k, a in c.items():
                    if a is None: continue
                    if not (isinstance(a, str) and re.fullmatch(r'\d+(\.\d+)?', a)): err(f'{doc} {key}: cost {k} format'); continue
                    if not any(f in text for f in amount_forms(a)): err(f'{doc} {key}: cost {k} {a} not found in any form')
            for fu in r.get('funding', []):
                if set(fu) != {'source', 'eur', 'share_percent'}: err(f'{doc} {key}: funding keys')
                occurs(text, fu['source'], 'funder', doc)
                if fu['eur'] is not None and not any(f in text for f in amount_forms(fu['eur'])):
                    err(f'{doc} {key}: funding eur {fu["eur"]} not found')
                if fu['share_percent'] is not None and not re.search(re.escape(fu['share_percent']) + r'\s?%', text):
                    err(f'{doc} {key}: share {fu["share_percent"]} % not found')
            for ct in r.get('contacts', []):
                if not {'name', 'email', 'phone'} <= set(ct): err(f'{doc} {key}: contact keys')
                occurs(text, ct['name'], 'contact name', doc)
                for k in ('email', 'phone'):
                    if ct.get(k): occurs(text, ct[k], 'contact ' + k, doc)
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str): err('clusters: why missing')
        for rec in c['records']:
            if rec['key'] not in keys.get(rec['file'], set()): err(f'clusters: unknown record {rec}')
    if errors:
        print('\n'.join(errors)); print(f'FAILED: {len(errors)} problem(s)'); sys.exit(1)
    n = sum(len(v) for v in keys.values())
    print(f'OK: {len(golds)} gold files, {n} records, clusters checked')

if __name__ == '__main__':
    main()
