#!/usr/bin/env python3
"""Validate holdout223 gold files: shape, keys, types, and that values occur in their document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    if name.endswith('.html'):
        text = re.sub(r'<[^>]+>', ' ', text)
        text = html.unescape(text)
    return text

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

def spaced(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return ' '.join(parts)

def found(doc_f, value, what, where):
    if fold(value) not in doc_f:
        err(f'{where}: {what} {value!r} not found in document')

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_q(q, doc_f, where, name):
    if q is None: return
    if not isinstance(q, dict): err(f'{where}: {name} not an object'); return
    for k in ('min', 'max', 'per', 'approximate'):
        if k not in q: err(f'{where}: {name} lacks {k}')
    if not (isinstance(q.get('min'), int) and isinstance(q.get('max'), int) and q['min'] <= q['max']):
        err(f'{where}: {name} min/max bad')
    if q.get('per') not in ('total', 'year'): err(f'{where}: {name} per bad')
    if not isinstance(q.get('approximate'), bool): err(f'{where}: {name} approximate not bool')
    if 'unit' in q: found(doc_f, q['unit'], name + ' unit', where)
    if not q.get('approximate'):
        if not re.search(r'(?<!\d)(?<!\d )' + str(q['min']) + r'(?!\d)(?! \d{3})', doc_f):
            err(f'{where}: {name} count {q["min"]} not found')

def check_project(r, doc_f, where):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f'{where}: missing keys {sorted(missing)}')
    extra = set(r) - PROJECT_KEYS
    if extra: err(f'{where}: unknown keys {sorted(extra)}')
    if r.get('section') is not None:
        if not isinstance(r['section'], str): err(f'{where}: section not a string')
        else: found(doc_f, r['section'] + '.', 'section', where)
    if r.get('title') is not None: found(doc_f, r['title'], 'title', where)
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k), list): err(f'{where}: {k} not a list'); continue
        for v in r[k]:
            if not isinstance(v, str): err(f'{where}: {k} item not a string')
            else: found(doc_f, v, k[:-1], where)
    t = r.get('territory')
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get('departments'), list): err(f'{where}: territory shape')
        else:
            tv = t['value']
            if fold(tv) not in doc_f:
                # a repeated "à" after "et" may have been left out, as the gold README allows
                alt = fold(re.sub(r'\s+et\s+', ' et à ', tv))
                if alt not in doc_f:
                    err(f'{where}: territory {tv!r} not found')
            for d in t['departments']:
                if not (isinstance(d, str) and re.fullmatch(r'\d{2,3}', d)): err(f'{where}: department {d!r} bad')
                elif re.search(r'\d', tv) and d not in tv:
                    err(f'{where}: department code {d} not in the territory as written')
    y = r.get('year')
    if y is not None:
        if not isinstance(y, int): err(f'{where}: year not int')
        else: found(doc_f, '- ' + str(y), 'year bullet', where)
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f'{where}: mode bad')
    check_q(r.get('households'), doc_f, where, 'households')
    check_q(r.get('housing_units'), doc_f, where, 'housing_units')
    d = r.get('duration')
    if d is not None:
        for k in ('months', 'start', 'end', 'renewable'):
            if k not in d: err(f'{where}: duration lacks {k}')
        if not isinstance(d.get('months'), int): err(f'{where}: months not int')
        for k in ('start', 'end'):
            if d.get(k) is not None: found(doc_f, d[k], 'duration ' + k, where)
    c = r.get('cost')
    if c is not None:
        for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
            if k not in c: err(f'{where}: cost lacks {k}'); continue
            v = c[k]
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v)): err(f'{where}: {k} not a decimal string')
            else: found(doc_f, spaced(v), k, where)
    if not isinstance(r.get('funding'), list): err(f'{where}: funding not a list')
    else:
        for f in r['funding']:
            if set(f) != {'source', 'eur', 'share_percent'}: err(f'{where}: funding keys {sorted(f)}')
            found(doc_f, f['source'], 'funder', where)
            if f.get('eur') is not None: found(doc_f, spaced(f['eur']), 'funding eur', where)
            if f.get('share_percent') is not None: found(doc_f, f['share_percent'] + ' %', 'share', where)
    if not isinstance(r.get('contacts'), list): err(f'{where}: contacts not a list')
    else:
        for p in r['contacts']:
            if 'name' not in p or 'email' not in p or 'phone' not in p: err(f'{where}: contact keys')
            for k in ('name', 'email', 'phone'):
                if p.get(k) is not None: found(doc_f, p[k], 'contact ' + k, where)

def check_index(r, doc_lines_f, where):
    if set(r) != INDEX_KEYS: err(f'{where}: index keys {sorted(r)}')
    if r.get('key') != 'index ' + str(r.get('section')): err(f'{where}: index key mismatch')
    row = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
    if fold(row.replace('\t', ' ')) not in doc_lines_f: err(f'{where}: index row not found whole')

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
    if golds != sorted(d + '.json' for d in docs): err(f'gold files {golds} do not match documents {docs}')
    keys_by_file = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
        name = g[:-5]
        if data.get('file') != name: err(f'{g}: file field {data.get("file")!r}')
        if not os.path.exists(os.path.join(DOCS, name)): continue
        text = read_doc(name)
        doc_f = fold(text)
        lines_f = '\n'.join(fold(l.replace('\t', ' ')) for l in text.splitlines())
        recs = data.get('records')
        if not isinstance(recs, list) or not recs: err(f'{g}: no records'); continue
        keys = [r.get('key') for r in recs]
        if len(set(keys)) != len(keys): err(f'{g}: duplicate keys')
        keys_by_file[name] = set(keys)
        for r in recs:
            where = f'{g}[{r.get("key")}]'
            if r.get('kind') == 'project':
                check_project(r, doc_f, where)
                if name.startswith('brochure') and r['key'] != r['title']: err(f'{where}: brochure key is not the title')
            elif r.get('kind') == 'index_row':
                check_index(r, lines_f, where)
            else:
                err(f'{where}: bad kind')
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    if not isinstance(cl.get('clusters'), list) or not cl['clusters']: err('clusters.json: no clusters')
    for c in cl.get('clusters', []):
        if not isinstance(c.get('why'), str) or not c['why']: err('clusters.json: missing why')
        if len(c.get('records', [])) < 2: err('clusters.json: cluster with fewer than two records')
        for rec in c.get('records', []):
            if rec.get('key') not in keys_by_file.get(rec.get('file'), set()):
                err(f'clusters.json: unknown record {rec}')
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print('OK')

main()
