#!/usr/bin/env python3
"""Check holdout169 gold files: keys/types per ../gold/README.md, index rows in the guide,
gold values present in their documents (folded; cp1252 decoded; HTML stripped/unescaped)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u2019', "'").replace('\u00a0', ' ').replace('\u202f', ' ')
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('Æ', 'AE')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[\u2013\u2014]', '-', s)
    return re.sub(r'\s+', ' ', s)
def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'(?is)<(style|script)\b.*?</\1>|<!--.*?-->', ' ', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def opt(v, t): return v is None or isinstance(v, t)
def chk_q(q, where, doc):
    if q is None: return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q["per"] not in ("total","year"): err(f"{where}: bad per")
    if not isinstance(q["approximate"], bool): err(f"{where}: approximate not bool")
    if "unit" in q and fold(q["unit"]) not in doc: err(f"{where}: unit {q['unit']} not in document")
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not re.search(r'(?<![0-9])%s(?![0-9])' % re.escape(spaced(n)), doc): err(f"{where}: count {n} not in document")
    for b in q.get("breakdown", []):
        if fold(b["label"]) not in doc or not re.search(r'(?<![0-9])%d(?![0-9])' % b["min"], doc): err(f"{where}: breakdown {b}")
def amount_in(a, doc):
    n = int(a)
    if re.search(r'(?<!\d)(?<!\d )%s ?€' % re.escape(spaced(n)), doc): return True
    if n % 1000 == 0 and re.search(r'(?<![0-9])%d ?k€' % (n // 1000), doc): return True
    return False
files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: err(f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    name = g.get("file")
    if name != gf[:-5]: err(f"{gf}: file field {name}")
    doc = load(name); keys = set()
    for r in g["records"]:
        w = f"{name}:{r.get('key')}"
        if r["key"] in keys: err(f"{w}: duplicate key")
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{w}: index keys {sorted(set(r) ^ IKEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            row = "\t".join(fold(x) for x in [r["section"], r["localisation"], r["organisme"], r["page"]])
            raw = fold(open(os.path.join(DOCS, name), encoding='utf-8').read().replace('\t', '\x00')).replace('\x00', '\t')
            if row not in raw: err(f"{w}: index row not in guide")
            continue
        if r["kind"] != "project": err(f"{w}: kind"); continue
        if set(r) != PKEYS: err(f"{w}: project keys {sorted(set(r) ^ PKEYS)}")
        for k in ("section","section_as_written","title"):
            if not opt(r[k], str): err(f"{w}: {k} type")
        if r["section"] and r["key"] != r["section"]: err(f"{w}: key/section")
        if r["title"] and fold(r["title"]) not in doc: err(f"{w}: title not in document")
        if r["section"] and (r["section"] + ". ") not in doc: err(f"{w}: section not printed")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} not list")
            for v in r[k]:
                if fold(v) not in doc: err(f"{w}: {k} {v} not in document")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value","departments"} or not all(re.fullmatch(r'\d{2,3}', d) for d in t["departments"]): err(f"{w}: territory shape")
            if fold(t["value"]) not in doc: err(f"{w}: territory not in document")
        if not opt(r["year"], int) or (r["year"] and str(r["year"]) not in doc): err(f"{w}: year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        chk_q(r["households"], w + ":households", doc); chk_q(r["housing_units"], w + ":housing", doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not opt(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration shape")
            for k in ("start","end"):
                if d[k] is not None and (not isinstance(d[k], str) or d[k] not in doc): err(f"{w}: duration {k}")
            if d["renewable"] and "renouvelable" not in doc: err(f"{w}: renewable")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost shape")
            for k, v in c.items():
                if v is not None and (not isinstance(v, str) or not v.isdigit() or not amount_in(v, doc)): err(f"{w}: cost {k} {v}")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding shape")
            if fold(f["source"]) not in doc: err(f"{w}: funder {f['source']}")
            if f["eur"] is not None and not amount_in(f["eur"], doc): err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"] is not None and not re.search(r'(?<![0-9])%s ?%%' % f["share_percent"], doc): err(f"{w}: share {f['share_percent']}")
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(f"{w}: contact shape")
            for k in ("name","email","phone"):
                if ct[k] is not None and fold(ct[k]) not in doc: err(f"{w}: contact {k} {ct[k]}")
    keys_by_file[name] = keys
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], ()): err(f"cluster record {rec} not in gold")
if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print("OK")
