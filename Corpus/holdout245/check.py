#!/usr/bin/env python3
"""Validate holdout245 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def read_doc(path):
    b = open(path, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if path.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())

def spaced(n):
    s = str(n); out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def has(doc, text, where):
    if fold(text) not in doc:
        err(f'{where}: "{text}" not found in document')

def has_num(doc, n, where):
    if not re.search(r'(?<!\d)(?<!\d )' + re.escape(spaced(n)) + r'(?![\d])', doc) and \
       not re.search(r'(?<![\d])' + re.escape(str(n)) + r'(?![\d])', doc):
        err(f'{where}: number {n} not found')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
Q_KEYS = {'min', 'max', 'per', 'approximate'}

def check_q(q, doc, where, unit_allowed):
    if q is None: return
    if not isinstance(q, dict) or not Q_KEYS <= set(q): return err(f'{where}: bad quantity {q}')
    extra = set(q) - Q_KEYS - ({'unit'} if unit_allowed else set())
    if extra: err(f'{where}: unexpected keys {extra}')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f'{where}: min/max')
    if q['per'] not in ('total', 'year'): err(f'{where}: per')
    if not isinstance(q['approximate'], bool): err(f'{where}: approximate')
    if q['min'] == q['max']: has_num(doc, q['min'], where)
    if 'unit' in q: has(doc, q['unit'], where + ' unit')

def check_project(r, doc, where, is_html):
    if set(r) != PROJECT_KEYS: err(f'{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}')
    if r.get('section') is not None: has(doc, r['section'] + '.', where + ' section')
    if r['title'] is not None:
        if not isinstance(r['title'], str): err(f'{where}: title type')
        else: has(doc, r['title'], where + ' title')
    for f in ('carriers', 'partners'):
        if not isinstance(r[f], list): err(f'{where}: {f} type')
        for v in r[f]: has(doc, v, f'{where} {f}')
    t = r['territory']
    if t is not None:
        if set(t) != {'value', 'departments'} or not all(isinstance(d, str) for d in t['departments']): err(f'{where}: territory shape')
        has(doc, t['value'], where + ' territory')
    if r['year'] is not None:
        if not isinstance(r['year'], int): err(f'{where}: year type')
        has(doc, '- ' + str(r['year']), where + ' year')
    if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{where}: mode')
    check_q(r['households'], doc, where + ' households', True)
    check_q(r['housing_units'], doc, where + ' housing_units', False)
    d = r['duration']
    if d is not None:
        if set(d) != {'months', 'start', 'end', 'renewable'}: err(f'{where}: duration shape')
        if not isinstance(d['months'], int): err(f'{where}: months type')
        for k in ('start', 'end'):
            if d[k] is not None:
                if not re.fullmatch(r'\d{4}', d[k]): err(f'{where}: {k}')
                has(doc, d[k], f'{where} duration {k}')
    c = r['cost']
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}: err(f'{where}: cost shape')
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(f'{where}: {k} not a decimal string')
                else: has_num(doc, int(v), f'{where} {k}')
    for fu in r['funding']:
        if set(fu) != {'source', 'eur', 'share_percent'}: err(f'{where}: funding shape')
        has(doc, fu['source'], where + ' funding source')
        if fu['eur'] is not None: has_num(doc, int(fu['eur']), where + ' funding eur')
        if fu['share_percent'] is not None:
            if not re.search(r'(?<!\d)' + fu['share_percent'] + r' ?%', doc): err(f'{where}: share {fu["share_percent"]} %')
    for ct in r['contacts']:
        if set(ct) != {'name', 'email', 'phone'}: err(f'{where}: contact shape')
        has(doc, ct['name'], where + ' contact name')
        for k in ('email', 'phone'):
            if ct[k] is not None: has(doc, ct[k], f'{where} contact {k}')

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(GOLD, '*.json')) if not p.endswith('clusters.json'))
    if docs != golds: err(f'documents {docs} vs gold {golds}')
    keys = {}
    for name in golds:
        g = json.load(open(os.path.join(GOLD, name + '.json'), encoding='utf-8'))
        if set(g) != {'file', 'records'} or g['file'] != name: err(f'{name}: top-level shape')
        doc = fold(read_doc(os.path.join(DOCS, name)))
        seen = set()
        for r in g['records']:
            where = f'{name} [{r.get("key")}]'
            if r.get('key') in seen: err(f'{where}: duplicate key')
            seen.add(r.get('key'))
            if r.get('kind') == 'project':
                check_project(r, doc, where, name.endswith('.html'))
                if r['key'] != 'document' and r['key'] != r['section'] and r['key'] != r['title']: err(f'{where}: key convention')
            elif r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS: err(f'{where}: index keys')
                if r['key'] != 'index ' + r['section']: err(f'{where}: index key')
                has(doc, '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']]), where + ' row')
            else:
                err(f'{where}: kind')
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    if set(cl) != {'clusters'} or not cl['clusters']: err('clusters.json shape')
    for c in cl['clusters']:
        if set(c) != {'records', 'why'} or len(c['records']) < 2 or not c['why'].strip(): err('cluster shape')
        for rec in c['records']:
            if rec.get('key') not in keys.get(rec.get('file'), ()): err(f'cluster record {rec} not in gold')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
