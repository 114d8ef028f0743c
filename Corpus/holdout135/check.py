#!/usr/bin/env python3
"""Checks holdout135 gold files: format (../gold/README.md) and that every value occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def load_doc(path):
    b = open(path, 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if path.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return t
def fold(s):
    s = unicodedata.normalize('NFC', s)
    for a, b in [('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('\t', ' '), ('\n', ' ')]:
        s = s.replace(a, b)
    s = re.sub(r' +', ' ', s)
    return s.lower()
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
def is_str_or_none(x): return x is None or isinstance(x, str)
def check_q(q, where):
    if q is None: return
    if not isinstance(q, dict): return err(f'{where}: not an object')
    allowed = {"min","max","per","approximate","unit"}
    if set(q) - allowed or not {"min","max","per","approximate"} <= set(q): err(f'{where}: keys {sorted(q)}')
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f'{where}: min/max')
    if q["per"] not in ("total", "year"): err(f'{where}: per')
    if not isinstance(q["approximate"], bool): err(f'{where}: approximate')
    if "unit" in q and not isinstance(q["unit"], str): err(f'{where}: unit')

WORDS = {8: 'huit', 9: 'neuf', 10: 'dix', 12: 'douze', 15: 'quinze', 18: 'dix-huit'}

def amount_in(eur, doc):
    n = int(eur)
    forms = [spaced(n) + ' €', spaced(n) + '€', str(n)]
    if n % 1000 == 0: forms.append(f'{n // 1000} k€')
    return any(f in doc for f in forms)

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS: err(f'{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}')
    if r["key"] != "document" and r["section"] is None and r["key"] != r["title"]: err(f'{where}: key')
    for k in ("section", "section_as_written"):
        if not is_str_or_none(r[k]): err(f'{where}: {k}')
    if r["section"] and r["section"] + '.' not in doc: err(f'{where}: section not in doc')
    if not isinstance(r["title"], str) or fold(r["title"]) not in doc: err(f'{where}: title {r["title"]!r}')
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(f'{where}: {k} type')
        for v in r[k]:
            if fold(v) not in doc: err(f'{where}: {k} {v!r}')
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t["departments"]): err(f'{where}: territory format')
        if fold(t["value"]) not in doc: err(f'{where}: territory {t["value"]!r}')
    if r["year"] is not None and (not isinstance(r["year"], int) or f'- {r["year"]}' not in doc): err(f'{where}: year')
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f'{where}: mode')
    for k in ("households", "housing_units"):
        q = r[k]; check_q(q, f'{where}.{k}')
        if q:
            if not q["approximate"]:
                for v in {q["min"], q["max"]}:
                    pat = r'(?<!\d)(?<!\d )' + str(v) + r'(?!\d)(?! \d{3})'
                    if not re.search(pat, doc) and not re.search(r'\b' + WORDS.get(v, '@') + r'\b', doc): err(f'{where}: {k} {v} not found')
            if "unit" in q and fold(q["unit"]) not in doc: err(f'{where}: {k} unit')
    d = r["duration"]
    if d is not None:
        if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f'{where}: duration format')
        for k in ("start", "end"):
            if d[k] is not None and (not isinstance(d[k], str) or d[k] not in doc): err(f'{where}: duration {k}')
        if d["renewable"] and not re.search(r'renouvelable|reconductible', doc): err(f'{where}: renewable')
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f'{where}: cost keys')
        for k, v in c.items():
            if v is not None and (not re.fullmatch(r'\d+(\.\d+)?', v) or not amount_in(v, doc)): err(f'{where}: cost {k} {v}')
    for f in r["funding"]:
        if set(f) != {"source","eur","share_percent"}: err(f'{where}: funding keys')
        if fold(f["source"]) not in doc: err(f'{where}: funding source {f["source"]!r}')
        if f["eur"] is not None and not amount_in(f["eur"], doc): err(f'{where}: funding eur {f["eur"]}')
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r' ?%', doc): err(f'{where}: share {f["share_percent"]}')
    for ct in r["contacts"]:
        if set(ct) - {"name","email","phone","role","organisation"} or "name" not in ct: err(f'{where}: contact keys')
        for k in ("name", "email", "phone", "role", "organisation"):
            v = ct.get(k)
            if v is not None and fold(v) not in doc: err(f'{where}: contact {k} {v!r}')

def check_index(r, doc, where):
    if set(r) != INDEX_KEYS: err(f'{where}: index keys')
    if r["key"] != "index " + r["section"]: err(f'{where}: index key')
    row = fold(' '.join([r["section"], r["localisation"], r["organisme"], r["page"]]))
    if row not in doc: err(f'{where}: index row not found as a line')

names = sorted(os.listdir(DOCS))
gold_names = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith('.json') and n != 'clusters.json')
if names != gold_names: err(f'documents {names} vs gold {gold_names}')
keys_by_file = {}
for n in gold_names:
    g = json.load(open(os.path.join(GOLD, n + '.json'), encoding='utf-8'))
    if set(g) != {"file", "records"} or g["file"] != n: err(f'{n}: top level')
    doc = fold(load_doc(os.path.join(DOCS, n)))
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(f'{n}: duplicate keys')
    keys_by_file[n] = set(keys)
    for r in g["records"]:
        where = f'{n}#{r.get("key")}'
        if r.get("kind") == "project": check_project(r, doc, where)
        elif r.get("kind") == "index_row": check_index(r, doc, where)
        else: err(f'{where}: kind')
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if set(c) != {"records", "why"} or len(c["records"]) < 2: err('clusters: shape')
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], ()): err(f'clusters: {rec} not a gold record')
print('\n'.join(errors) if errors else 'clean: %d gold files, %d records' % (len(gold_names), sum(len(v) for v in keys_by_file.values())))
sys.exit(1 if errors else 0)
