#!/usr/bin/env python3
"""Checks the gold of holdout167: keys and types, index rows, values present in their documents."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {None, "access", "maintenance", "access_and_maintenance"}
# values written in words or derived in the text, checked by hand (see README)
AMOUNT_FORMS = {"112600": ["112,6 k€"]}
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (('\u2019', "'"), ('\u00a0', ' '), ('\u202f', ' '), ('œ', 'oe'), ('Œ', 'OE'), ('–', '-'), ('—', '-'), ('«', '"'), ('»', '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    if name.endswith('.html'):
        text = re.sub(r'<script.*?</script>', ' ', text, flags=re.S)
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    return text

def has(doc, value):
    return fold(value) in doc

def spaced(n):
    s = str(n)
    out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out
        s = s[:-3]
    return s + out

def check_q(q, where, doc, name):
    if q is None: return
    if not isinstance(q, dict): err(f'{where}: quantity not an object'); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f'{where}: {k} type')
    if q.get("per") not in ("total", "year"): err(f'{where}: per')
    if q["min"] > q["max"]: err(f'{where}: min > max')
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not re.search(r'(?<![\d,])' + str(n) + r'(?![\d,])', doc): err(f'{name} {where}: {n} not in document')
    if "unit" in q and not has(doc, q["unit"]): err(f'{name} {where}: unit {q["unit"]} not in document')
    for b in q.get("breakdown", []):
        if not has(doc, b["label"]) or str(b["min"]) not in doc: err(f'{name} {where}: breakdown {b}')

def check_amount(a, where, doc, name):
    if a is None: return
    if not (isinstance(a, str) and a.isdigit()): err(f'{where}: amount not a digit string'); return
    forms = [spaced(int(a)), a] + AMOUNT_FORMS.get(a, [])
    if not any(has(doc, f) for f in forms): err(f'{name} {where}: amount {a} not in document')

def main():
    files = sorted(glob.glob(os.path.join(GOLD, '*.json')))
    docs = sorted(os.listdir(DOCS))
    seen = set()
    for path in files:
        base = os.path.basename(path)
        data = json.load(open(path, encoding='utf-8'))
        if base == 'clusters.json':
            for c in data["clusters"]:
                if not c.get("why"): err('cluster without why')
                for r in c["records"]:
                    g = os.path.join(GOLD, r["file"] + '.json')
                    if not os.path.exists(g) or r["key"] not in [x["key"] for x in json.load(open(g, encoding='utf-8'))["records"]]:
                        err(f'cluster record {r} not in gold')
            continue
        name = data["file"]
        seen.add(name)
        if base != name + '.json': err(f'{base}: file field {name}')
        if name not in docs: err(f'{name}: no such document'); continue
        doc = fold(load(name))
        raw_lines = load(name).splitlines()
        keys = [r["key"] for r in data["records"]]
        if len(keys) != len(set(keys)): err(f'{name}: duplicate keys')
        for r in data["records"]:
            w = f'{r["key"]}'
            if r["kind"] == "index_row":
                if set(r) != INDEX_KEYS: err(f'{name} {w}: index keys {set(r) ^ INDEX_KEYS}')
                row = '\t'.join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if row not in raw_lines: err(f'{name} {w}: index row not found in the guide')
                if r["key"] != "index " + r["section"]: err(f'{name} {w}: index key')
                continue
            if r["kind"] != "project": err(f'{name} {w}: kind'); continue
            if set(r) != PROJECT_KEYS: err(f'{name} {w}: keys {set(r) ^ PROJECT_KEYS}')
            if r["section"] is not None and not has(doc, r["section"] + '.'): err(f'{name} {w}: section')
            if r["title"] is not None and not has(doc, r["title"]): err(f'{name} {w}: title not in document')
            for k in ("carriers", "partners"):
                if not isinstance(r[k], list): err(f'{name} {w}: {k} not a list')
                for v in r[k]:
                    if not has(doc, v): err(f'{name} {w}: {k} {v} not in document')
            t = r["territory"]
            if t is not None:
                if not has(doc, t["value"]): err(f'{name} {w}: territory not in document')
                for d in t["departments"]:
                    if '(' + d + ')' not in doc: err(f'{name} {w}: département ({d}) not in document')
            if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in doc): err(f'{name} {w}: year')
            if r["mode"] not in MODES: err(f'{name} {w}: mode')
            check_q(r["households"], w + ' households', doc, name)
            check_q(r["housing_units"], w + ' housing_units', doc, name)
            d = r["duration"]
            if d is not None:
                if set(d) != {"months", "start", "end", "renewable"}: err(f'{name} {w}: duration keys')
                if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool): err(f'{name} {w}: duration types')
                for k in ("start", "end"):
                    if d[k] is not None and (not isinstance(d[k], str) or d[k] not in doc): err(f'{name} {w}: duration {k}')
            c = r["cost"]
            if c is not None:
                if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f'{name} {w}: cost keys')
                for k in c: check_amount(c[k], f'{w} cost {k}', doc, name)
            for f in r["funding"]:
                if set(f) != {"source", "eur", "share_percent"}: err(f'{name} {w}: funding keys')
                if not has(doc, f["source"]): err(f'{name} {w}: funder {f["source"]}')
                check_amount(f["eur"], f'{w} funding', doc, name)
                if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r'\s?%', doc): err(f'{name} {w}: share')
            for p in r["contacts"]:
                if set(p) != {"name", "email", "phone"}: err(f'{name} {w}: contact keys')
                for k in ("name", "email", "phone"):
                    if p[k] is not None and not has(doc, p[k]): err(f'{name} {w}: contact {k} {p[k]} not in document')
    for d in docs:
        if d not in seen: err(f'{d}: no gold file')
    if errors:
        print('\n'.join(errors)); print(f'{len(errors)} problem(s)'); sys.exit(1)
    print('OK')

main()
