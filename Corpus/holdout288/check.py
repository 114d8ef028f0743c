#!/usr/bin/env python3
"""Validate holdout288 gold files against their documents (standard library only)."""
import json, os, re, html, unicodedata, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('*', '')
    return re.sub(r'\s+', ' ', s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        text = raw.decode('utf-8')
        if 'cp1252' in name:
            errors.append(f'{name}: expected Windows-1252, decodes as UTF-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    if name.endswith('.html'):
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    else:
        text = re.sub(r'<[^>]+>', ' ', text)
    return fold(text)

def spaced(n):
    return f'{int(n):,}'.replace(',', ' ')

def need(doc, s, where):
    if fold(str(s)) not in doc:
        errors.append(f'{where}: {s!r} not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict) or not {'min', 'max', 'per', 'approximate'} <= set(q):
        errors.append(f'{where}: bad quantity shape'); return
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']):
        errors.append(f'{where}: min/max must be ints with min <= max')
    if q['per'] not in ('total', 'year'): errors.append(f'{where}: per')
    if not isinstance(q['approximate'], bool): errors.append(f'{where}: approximate')
    if not q['approximate']:
        if not re.search(r'(?<!\d)(?<!\d )' + str(q['min']) + r'(?![\d])', doc):
            errors.append(f'{where}: count {q["min"]} not found')
    if 'unit' in q: need(doc, q['unit'], where + '.unit')

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing: errors.append(f'{where}: missing keys {sorted(missing)}')
    for k in ('title',):
        if r.get(k) is not None:
            if not isinstance(r[k], str): errors.append(f'{where}.{k}: not a string')
            else: need(doc, r[k], where + '.' + k)
    if r.get('section') is not None: need(doc, r['section'] + '.', where + '.section')
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): errors.append(f'{where}.{k}: not a list'); continue
        for v in r[k]: need(doc, v, f'{where}.{k}')
    t = r.get('territory')
    if t is not None:
        if not (isinstance(t.get('value'), str) and isinstance(t.get('departments'), list)
                and all(re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments'])):
            errors.append(f'{where}.territory: bad shape')
        else: need(doc, t['value'], where + '.territory')
    if r.get('year') is not None:
        if not isinstance(r['year'], int): errors.append(f'{where}.year: not int')
        need(doc, str(r['year']), where + '.year')
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'):
        errors.append(f'{where}.mode: bad value')
    check_q(r.get('households'), where + '.households', doc)
    check_q(r.get('housing_units'), where + '.housing_units', doc)
    d = r.get('duration')
    if d is not None:
        if not {'months', 'start', 'end', 'renewable'} <= set(d): errors.append(f'{where}.duration: shape')
        if d.get('months') is not None and not isinstance(d['months'], int): errors.append(f'{where}.duration.months')
        for k in ('start', 'end'):
            if d.get(k) is not None: need(doc, d[k], f'{where}.duration.{k}')
    c = r.get('cost')
    if c is not None:
        if not {'total_eur', 'per_year_eur', 'per_household_eur'} <= set(c): errors.append(f'{where}.cost: shape')
        for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
            v = c.get(k)
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): errors.append(f'{where}.cost.{k}: not a decimal string')
            else: need(doc, spaced(v), f'{where}.cost.{k}')
    for f in r.get('funding') or []:
        if not {'source', 'eur', 'share_percent'} <= set(f): errors.append(f'{where}.funding: shape'); continue
        need(doc, f['source'], where + '.funding.source')
        if f['eur'] is not None: need(doc, spaced(f['eur']), where + '.funding.eur')
        if f['share_percent'] is not None: need(doc, f['share_percent'] + ' %', where + '.funding.share')
    if not isinstance(r.get('contacts'), list): errors.append(f'{where}.contacts: not a list')
    for ct in r.get('contacts') or []:
        if not {'name', 'email', 'phone'} <= set(ct): errors.append(f'{where}.contacts: shape'); continue
        for k in ('name', 'email', 'phone'):
            if ct[k] is not None: need(doc, ct[k], f'{where}.contacts.{k}')

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
    if [g[:-5] for g in golds] != docs: errors.append(f'gold files {golds} do not match documents {docs}')
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
        name = g[:-5]
        if data.get('file') != name: errors.append(f'{g}: file field')
        doc = load(name)
        seen = set()
        for r in data.get('records', []):
            where = f'{name}[{r.get("key")}]'
            if r.get('key') in seen: errors.append(f'{where}: duplicate key')
            seen.add(r.get('key'))
            if r.get('kind') == 'project':
                check_project(r, doc, where)
            elif r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS: errors.append(f'{where}: index row keys')
                for k in ('section', 'localisation', 'organisme', 'page'): need(doc, r[k], f'{where}.{k}')
            else:
                errors.append(f'{where}: bad kind')
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not (isinstance(c.get('why'), str) and len(c['records']) >= 2): errors.append('clusters: shape')
        for rec in c['records']:
            if rec['key'] not in keys.get(rec['file'], set()): errors.append(f'clusters: unknown record {rec}')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
