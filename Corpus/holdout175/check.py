#!/usr/bin/env python3
"""Checks holdout175 gold files: keys and types, index rows, and that gold values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u00a0', ' ').replace('\u202f', ' ')
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', '', s)

def fold_ws(s):
    return re.sub(r'\s+', ' ', fold_keep(s))

def fold_keep(s):
    s = s.replace('\u2019', "'").replace('\u00a0', ' ').replace('\u202f', ' ')
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()

def load(name, tag_repl=''):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'(?s)<script.*?</script>', ' ', t)
        t = re.sub(r'<[^>]+>', tag_repl, t)
        t = html.unescape(t)
    return t

WORDS = {1: 'un', 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf',
         10: 'dix', 11: 'onze', 12: 'douze'}
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3:
        out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def amount_forms(a):
    n = int(a); forms = [spaced(n), str(n)]
    if n % 100 == 0 and n >= 1000:
        k = n / 1000
        forms.append(('%g' % k).replace('.', ',') + 'k€')
    return forms

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, where, text, spaced_text):
    if q is None: return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f'{where}: quantity lacks {k}')
    if not isinstance(q["min"], int) or not isinstance(q["max"], int) or q["min"] > q["max"]:
        err(f'{where}: bad min/max')
    if q["per"] not in ("total", "year"): err(f'{where}: bad per')
    if not isinstance(q["approximate"], bool): err(f'{where}: approximate not bool')
    if "unit" in q and fold(q["unit"]) not in text: err(f'{where}: unit {q["unit"]} not in text')
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not (re.search(r'(?<![0-9 ])' + str(n) + r'(?![0-9])', spaced_text) or re.search(r'(?<![0-9])' + str(n) + r'(?![0-9]| [0-9]{3})', spaced_text) or (n in WORDS and re.search(r'\b' + WORDS[n] + r'\b', spaced_text))):
                err(f'{where}: number {n} not in text')

def occurs(s, text): return fold(s) in text

total = 0
for gf in sorted(os.listdir(GOLD)):
    if gf == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, gf)))
    name = g.get("file")
    if name + '.json' != gf: err(f'{gf}: file field mismatch')
    if not os.path.exists(os.path.join(DOCS, name)): err(f'{gf}: no document'); continue
    raw = load(name); text = fold(raw); spaced_text = fold_ws(load(name, ' '))
    keys = set()
    for r in g["records"]:
        total += 1
        w = f'{name}[{r.get("key")}]'
        if r["key"] in keys: err(f'{w}: duplicate key')
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f'{w}: keys {sorted(set(r) ^ INDEX_KEYS)}')
            if r["key"] != "index " + r["section"]: err(f'{w}: key/section')
            line = '\t'.join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if line not in raw.split('\n'): err(f'{w}: index row not found as a line')
            continue
        if r["kind"] != "project": err(f'{w}: bad kind'); continue
        if set(r) != PROJECT_KEYS: err(f'{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}')
        if r["section"] is not None and r["section"] != r["key"]: err(f'{w}: section != key')
        if r["section"] is not None and not occurs(r["section"] + '. ' + r["title"], text): err(f'{w}: section+title not in text')
        if not isinstance(r["title"], str) or not occurs(r["title"], text): err(f'{w}: title not in text')
        for c in r["carriers"] + r["partners"]:
            if not occurs(c, text): err(f'{w}: organisation {c} not in text')
        t = r["territory"]
        if t is not None:
            if not occurs(t["value"], text): err(f'{w}: territory not in text')
            if not isinstance(t["departments"], list) or not t["departments"]: err(f'{w}: departments')
        if r["year"] is not None and not re.search(r'-\s*' + str(r["year"]) + r'\s*\n', raw): err(f'{w}: year line missing')
        if r["mode"] not in MODES: err(f'{w}: mode')
        check_q(r["households"], w + '.households', text, spaced_text)
        check_q(r["housing_units"], w + '.housing_units', text, spaced_text)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f'{w}: duration keys')
            for y in (d["start"], d["end"]):
                if y is not None and (not isinstance(y, str) or y not in raw): err(f'{w}: duration year {y}')
            if d["months"] is not None and not isinstance(d["months"], int): err(f'{w}: months type')
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f'{w}: cost keys')
            for k, v in c.items():
                if v is None: continue
                if not isinstance(v, str) or not v.isdigit(): err(f'{w}: {k} not a decimal string')
                elif not any(fold(f) in text for f in amount_forms(v)): err(f'{w}: amount {v} not in text')
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f'{w}: funding keys')
            if not occurs(f["source"], text): err(f'{w}: funder {f["source"]} not in text')
            if f["eur"] is not None and not any(fold(x) in text for x in amount_forms(f["eur"])): err(f'{w}: funding eur {f["eur"]}')
            if f["share_percent"] is not None and fold(f["share_percent"] + ' %') not in text: err(f'{w}: share {f["share_percent"]}')
        for p in r["contacts"]:
            if set(p) != {"name", "email", "phone"}: err(f'{w}: contact keys')
            for k in ("name", "email", "phone"):
                if p[k] is not None and not occurs(p[k], text): err(f'{w}: contact {k} {p[k]} not in text')
    if name.startswith('guide'):
        secs = {r["section"] for r in g["records"] if r["kind"] == "project"}
        idx = {r["section"] for r in g["records"] if r["kind"] == "index_row"}
        if secs != idx: err(f'{name}: index rows do not match monographs')

cl = json.load(open(os.path.join(GOLD, 'clusters.json')))
for c in cl["clusters"]:
    if not c.get("why"): err('cluster without why')
    for m in c["records"]:
        g = json.load(open(os.path.join(GOLD, m["file"] + '.json')))
        if m["key"] not in {r["key"] for r in g["records"]}: err(f'cluster member {m} not in gold')

if errors:
    print('\n'.join(errors)); print(f'{len(errors)} problem(s)'); sys.exit(1)
print(f'OK ({total} records)')
