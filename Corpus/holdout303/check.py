#!/usr/bin/env python3
"""Validate holdout303 gold files: shape, keys, types, and that each value's text is in its document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

def load_doc(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('cp1252')
    if name.endswith('.html'):
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    s = s.replace('**', '')
    return fold(s)

def spaced(n):
    """'183529' -> '183 529'; '2449.25' -> '2 449,25'"""
    ip, _, dec = n.partition('.')
    out = ''
    while len(ip) > 3:
        out = ' ' + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return out + (',' + dec if dec else '')

def found(doc, text, where):
    if text is None:
        return
    if fold(str(text)) not in doc:
        err(f'{where}: "{text}" not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}
MODES = {'access', 'maintenance', 'access_and_maintenance', None}

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f'{where}: quantity not an object')
    for k, t in (('min', int), ('max', int), ('per', str), ('approximate', bool)):
        if not isinstance(q.get(k), t):
            err(f'{where}: {k} missing or wrong type')
    if q.get('per') not in ('total', 'year'):
        err(f'{where}: per must be total or year')
    if isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] > q['max']:
        err(f'{where}: min > max')
    if 'unit' in q:
        if not isinstance(q['unit'], str):
            err(f'{where}: unit not a string')
        else:
            found(doc, q['unit'], where + '.unit')
    if not q.get('approximate') and q.get('min') == q.get('max'):
        if not re.search(r'(?<!\d)(?<!\d )' + str(q['min']) + r'(?!\d)(?! \d{3})', doc):
            err(f'{where}: count {q["min"]} not found')

def check_project(r, doc, where, fname):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f'{where}: missing keys {sorted(missing)}')
        return
    found(doc, r['section'], where + '.section')
    found(doc, r['title'], where + '.title')
    for k in ('carriers', 'partners'):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f'{where}.{k}: not a list of strings')
        else:
            for x in r[k]:
                found(doc, x, f'{where}.{k}')
    t = r['territory']
    if t is not None:
        if not isinstance(t.get('value'), str) or not isinstance(t.get('departments'), list):
            err(f'{where}.territory: bad shape')
        else:
            found(doc, t['value'], where + '.territory')
            for d in t['departments']:
                if not re.fullmatch(r'\d{2,3}|2[AB]', d):
                    err(f'{where}.territory: bad département code {d}')
    if r['year'] is not None:
        if not isinstance(r['year'], int):
            err(f'{where}.year: not int')
        found(doc, str(r['year']), where + '.year')
    if r['mode'] not in MODES:
        err(f'{where}.mode: {r["mode"]}')
    check_q(r['households'], doc, where + '.households')
    check_q(r['housing_units'], doc, where + '.housing_units')
    d = r['duration']
    if d is not None:
        if not (d.get('months') is None or isinstance(d.get('months'), int)) or not isinstance(d.get('renewable'), bool):
            err(f'{where}.duration: bad types')
        for k in ('start', 'end'):
            if d.get(k) is not None:
                if not isinstance(d[k], str):
                    err(f'{where}.duration.{k}: not a string')
                found(doc, d[k], f'{where}.duration.{k}')
    c = r['cost']
    if c is not None:
        for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
            v = c.get(k, 'MISSING')
            if v == 'MISSING':
                err(f'{where}.cost.{k}: missing')
            elif v is not None:
                if not isinstance(v, str) or not re.fullmatch(r'\d+(\.\d+)?', v):
                    err(f'{where}.cost.{k}: not a decimal string')
                else:
                    found(doc, spaced(v), f'{where}.cost.{k}')
    if not isinstance(r['funding'], list):
        err(f'{where}.funding: not a list')
    else:
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}:
                err(f'{where}.funding: keys {sorted(f)}')
                continue
            found(doc, f['source'], where + '.funding.source')
            if f['eur'] is not None:
                found(doc, spaced(f['eur']), where + '.funding.eur')
            if f['share_percent'] is not None:
                found(doc, f['share_percent'] + ' %', where + '.funding.share_percent')
    if not isinstance(r['contacts'], list):
        err(f'{where}.contacts: not a list')
    else:
        for k in r['contacts']:
            if not isinstance(k.get('name'), str):
                err(f'{where}.contacts: name missing')
            for f in ('name', 'email', 'phone'):
                found(doc, k.get(f), f'{where}.contacts.{f}')

def check_index(r, doc, where):
    if set(r) != INDEX_KEYS:
        err(f'{where}: keys {sorted(r)}')
        return
    if r['key'] != 'index ' + r['section']:
        err(f'{where}: key does not match section')
    for k in ('section', 'localisation', 'organisme', 'page'):
        found(doc, r[k], f'{where}.{k}')

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
    if [g[:-5] for g in golds] != docs:
        err(f'gold files {golds} do not match documents {docs}')
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
        fname = data.get('file')
        if fname != g[:-5]:
            err(f'{g}: file field {fname}')
            continue
        doc = load_doc(fname)
        if not isinstance(data.get('records'), list) or not data['records']:
            err(f'{g}: no records')
            continue
        seen = set()
        for i, r in enumerate(data['records']):
            where = f'{g}[{i}]'
            if r.get('key') in seen:
                err(f'{where}: duplicate key')
            seen.add(r.get('key'))
            if r.get('kind') == 'project':
                check_project(r, doc, where, fname)
            elif r.get('kind') == 'index_row':
                check_index(r, doc, where)
            else:
                err(f'{where}: kind {r.get("kind")}')
        keys[fname] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str) or len(c.get('records', [])) < 2:
            err('clusters.json: bad cluster')
        for rec in c.get('records', []):
            if rec.get('key') not in keys.get(rec.get('file'), set()):
                err(f'clusters.json: unknown record {rec}')
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('OK')

main()
