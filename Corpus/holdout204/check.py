#!/usr/bin/env python3
"""Check holdout204's gold: format of ../gold/README.md, and every expected value findable in its document.

Normalisations allowed (as the gold README describes): Windows-1252 decoding of the cp1252 fiche, HTML tags
stripped and entities decoded, NFC, no-break spaces as spaces, typographic apostrophes as plain ones, case and
accents folded, whitespace runs collapsed; euro amounts found with or without thousands separators; counts of a
word of size (une vingtaine, une quarantaine) found as that word; months found as months, years, or a period.
Standard library only. Prints OK or the list of problems.
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
problems = []

def bad(msg):
    problems.append(msg)

def fold(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('Æ', 'AE')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    if name.endswith('.html'):
        text = re.sub(r'<script.*?</script>', ' ', text, flags=re.S)
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    return fold(text)

def has(doc, value):
    return fold(value) in doc

def amount_found(doc, eur):
    n = int(eur)
    forms = {str(n), '{:,}'.format(n).replace(',', ' '), '{:,}'.format(n).replace(',', '.')}
    return any(re.search(r'(?<!\d)(?<!\d )' + re.escape(f) + r'(?![\d])', doc) for f in forms)

SIZE_WORDS = {10: 'dizaine', 12: 'douzaine', 15: 'quinzaine', 20: 'vingtaine', 30: 'trentaine',
              40: 'quarantaine', 50: 'cinquantaine', 100: 'centaine'}
MONTH_WORDS = {12: ['1 an', 'un an', '12 mois'], 24: ['2 ans', 'deux ans', '24 mois'],
               36: ['3 ans', 'trois ans', '36 mois'], 18: ['18 mois'], 30: ['30 mois']}

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory',
                'year', 'mode', 'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def check_quantity(where, doc, q, counted):
    if q is None:
        return
    if not isinstance(q, dict) or not {'min', 'max', 'per', 'approximate'} <= set(q):
        return bad(f'{where}: quantity lacks min/max/per/approximate')
    if set(q) - {'min', 'max', 'per', 'approximate', 'unit'}:
        bad(f'{where}: unknown quantity keys {set(q) - {"min", "max", "per", "approximate", "unit"}}')
    if q['per'] not in ('total', 'year'):
        bad(f'{where}: per must be total or year')
    if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']):
        bad(f'{where}: min/max must be integers, min <= max')
    if 'unit' in q and not has(doc, q['unit']):
        bad(f'{where}: unit {q["unit"]!r} not in document')
    if q['min'] == q['max']:
        if not re.search(r'(?<!\d)' + str(q['min']) + r'(?!\d)', doc):
            bad(f'{where}: count {q["min"]} not in document')
    else:
        centre = round((q['min'] + q['max']) / 2)
        word = SIZE_WORDS.get(centre)
        if not q['approximate'] or not word or doc.find(word) < 0:
            bad(f'{where}: range {q["min"]}-{q["max"]} is not a word of size found in the document')
        elif (q['min'], q['max']) != (round(centre * 0.8), round(centre * 1.2)):
            bad(f'{where}: word of size {word} should be {round(centre * 0.8)}-{round(centre * 1.2)}')

def check_project(where, doc, r):
    if set(r) - PROJECT_KEYS:
        bad(f'{where}: unknown keys {set(r) - PROJECT_KEYS}')
    for k in ('title',):
        if r.get(k) is not None and not has(doc, r[k]):
            bad(f'{where}: title {r[k]!r} not in document')
    if r.get('section') and not has(doc, r['section']):
        bad(f'{where}: section not in document')
    for k in ('carriers', 'partners'):
        if not isinstance(r.get(k, []), list):
            bad(f'{where}: {k} must be a list')
        for v in r.get(k, []):
            if not has(doc, v):
                bad(f'{where}: {k[:-1]} {v!r} not in document')
    t = r.get('territory')
    if t is not None:
        if set(t) != {'value', 'departments'} or not all(re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t['departments']):
            bad(f'{where}: territory format')
        if not has(doc, t['value']):
            bad(f'{where}: territory {t["value"]!r} not in document')
    if r.get('year') is not None and str(r['year']) not in doc:
        bad(f'{where}: year not in document')
    if r.get('mode') not in (None, 'access', 'maintenance', 'access_and_maintenance'):
        bad(f'{where}: bad mode')
    check_quantity(where + ' households', doc, r.get('households'), True)
    check_quantity(where + ' housing_units', doc, r.get('housing_units'), True)
    d = r.get('duration')
    if d is not None:
        if set(d) != {'months', 'start', 'end', 'renewable'}:
            bad(f'{where}: duration keys')
        ok = any(w in doc for w in MONTH_WORDS.get(d['months'], []))
        for y in ('start', 'end'):
            if d[y] is not None and d[y] not in doc:
                bad(f'{where}: duration {y} {d[y]} not in document')
        if d['start'] and d['end'] and (int(d['end']) - int(d['start'])) * 12 == d['months']:
            ok = True
        if not ok:
            bad(f'{where}: duration {d["months"]} months not found')
    c = r.get('cost')
    if c is not None:
        if set(c) != {'total_eur', 'per_year_eur', 'per_household_eur'}:
            bad(f'{where}: cost keys')
        for k, v in c.items():
            if v is not None and (not re.fullmatch(r'\d+(\.\d+)?', v) or not amount_found(doc, v)):
                bad(f'{where}: cost {k} {v!r} not found')
    for f in r.get('funding', []):
        if set(f) != {'source', 'eur', 'share_percent'}:
            bad(f'{where}: funding keys')
        if not has(doc, f['source']):
            bad(f'{where}: funder {f["source"]!r} not in document')
        if f['eur'] is not None and not amount_found(doc, f['eur']):
            bad(f'{where}: funding amount {f["eur"]} not found')
        if f['share_percent'] is not None and not re.search(re.escape(f['share_percent']) + r' ?%', doc):
            bad(f'{where}: share {f["share_percent"]} % not found')
    for p in r.get('contacts', []):
        if not {'name', 'email', 'phone'} <= set(p):
            bad(f'{where}: contact keys')
        for k in ('name', 'email', 'phone'):
            if p.get(k) is not None and not has(doc, p[k]):
                bad(f'{where}: contact {k} {p[k]!r} not in document')

def main():
    names = sorted(os.listdir(DOCS))
    golds = sorted(n for n in os.listdir(GOLD) if n != 'clusters.json')
    if golds != sorted(n + '.json' for n in names):
        bad(f'gold files {golds} do not match documents {names}')
    keys = {}
    for name in names:
        path = os.path.join(GOLD, name + '.json')
        if not os.path.exists(path):
            continue
        g = json.load(open(path, encoding='utf-8'))
        if set(g) != {'file', 'records'} or g['file'] != name:
            bad(f'{name}: top-level keys or file name')
        doc = load_doc(name)
        seen = set()
        for r in g['records']:
            where = f'{name} [{r.get("key")}]'
            if r.get('key') in seen:
                bad(f'{where}: duplicate key')
            seen.add(r.get('key'))
            if r.get('kind') == 'project':
                check_project(where, doc, r)
            elif r.get('kind') == 'index_row':
                if set(r) != INDEX_KEYS or r['key'] != 'index ' + r['section']:
                    bad(f'{where}: index row format')
                for k in ('section', 'localisation', 'organisme', 'page'):
                    if not has(doc, r[k]):
                        bad(f'{where}: index {k} {r[k]!r} not in document')
            else:
                bad(f'{where}: kind must be project or index_row')
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
    for c in cl.get('clusters', []):
        if not c.get('why') or len(c.get('records', [])) < 2:
            bad('clusters.json: a cluster needs a why and two records')
        for rec in c.get('records', []):
            if rec.get('key') not in keys.get(rec.get('file'), ()):
                bad(f'clusters.json: unknown record {rec}')
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
