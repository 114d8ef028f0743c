#!/usr/bin/env python3
"""Checks holdout130 gold: keys and types per Corpus/gold/README.md, and that every gold
string / figure occurs in its document (cp1252 decoded, HTML entities decoded, tags stripped)."""
import json, os, re, sys, html, unicodedata, glob
BASE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(BASE, 'documents'), os.path.join(BASE, 'gold')
errors = []
def err(m): errors.append(m)
def norm(s):
    s = html.unescape(s)
    s = re.sub(r'[\u00a0\u202f\u2009]', ' ', s)
    s = s.replace('’', "'")
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s)
def load_doc(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: s = b.decode('utf-8')
    except UnicodeDecodeError: s = b.decode('cp1252')
    if fn.endswith('.html'): s = re.sub(r'<[^>]+>', ' ', s)
    return norm(s)
def has(doc, s, ci=False):
    s = norm(s)
    return (s.lower() in doc.lower()) if ci else (s in doc)
def amount_in(doc, a):
    n = int(a)
    forms = {str(n), f"{n:,}".replace(',', ' '), f"{n:,}".replace(',', '.')}
    if n % 1000 == 0: forms.add(f"{n//1000} k€")
    return any(f in doc for f in forms)
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year",
                "mode","households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')}")
    if q["min"] > q["max"]: err(f"{where}: min > max")
    extra = set(q) - {"min","max","per","approximate","unit"}
    if extra: err(f"{where}: extra keys {extra}")
    if "unit" in q and not has(doc, q["unit"], ci=True): err(f"{where}.unit not in doc: {q['unit']}")
    if not q["approximate"]:
        for v in {q["min"], q["max"]}:
            if not re.search(r'(?<!\d)(?<!\d )' + str(v) + r'(?!\d)(?! \d{3})', doc): err(f"{where}: {v} not in doc")
files = sorted(glob.glob(os.path.join(GOLD, '*.json')))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if not os.path.exists(os.path.join(GOLD, d + '.json')): err(f"no gold for {d}")
for gf in files:
    name = os.path.basename(gf)
    data = json.load(open(gf, encoding='utf-8'))
    if name == 'clusters.json':
        for c in data["clusters"]:
            if not isinstance(c.get("why"), str): err("clusters: why missing")
            for r in c["records"]:
                g = json.load(open(os.path.join(GOLD, r["file"] + '.json'), encoding='utf-8'))
                if r["key"] not in [x["key"] for x in g["records"]]: err(f"clusters: {r} not in gold")
        continue
    fn = data.get("file")
    if fn + '.json' != name: err(f"{name}: file field {fn}")
    doc = load_doc(fn)
    keys = [r["key"] for r in data["records"]]
    if len(keys) != len(set(keys)): err(f"{name}: duplicate keys")
    for r in data["records"]:
        w = f"{fn}[{r['key']}]"
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {set(r) ^ INDEX_KEYS}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            raw = open(os.path.join(DOCS, fn), encoding='utf-8').read()
            if row not in raw: err(f"{w}: index row not found as a line")
            continue
        if r["kind"] != "project": err(f"{w}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {set(r) ^ PROJECT_KEYS}")
        if r["section"] is not None:
            if r["key"] != r["section"] or not has(doc, r["section"] + "."): err(f"{w}: section")
        if r["title"] is not None and not has(doc, r["title"]): err(f"{w}: title not in doc")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{w}.{k}: not a list")
            for v in r[k]:
                if not has(doc, v, ci=True): err(f"{w}.{k}: {v} not in doc")
        t = r["territory"]
        if t is not None:
            if not has(doc, t["value"]): err(f"{w}: territory value not in doc")
            if not all(isinstance(x, str) for x in t["departments"]) or not t["departments"]: err(f"{w}: departments")
        if r["year"] is not None and not re.search(r'^- ' + str(r["year"]) + r'$', open(os.path.join(DOCS, fn), encoding='utf-8').read(), re.M):
            err(f"{w}: year line missing")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"}: err(f"{w}: duration keys")
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration types")
            for k in ("start", "end"):
                if d[k] is not None and d[k] not in doc: err(f"{w}: duration {k} {d[k]} not in doc")
            m = d["months"]
            if not (re.search(rf'\b{m} mois', doc) or (m % 12 == 0 and re.search(rf'\b{m//12} ans', doc)) or d["start"]):
                err(f"{w}: duration {m} months not found")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and v.isdigit()): err(f"{w}: cost {k} not a decimal string")
                    elif not amount_in(doc, v): err(f"{w}: cost {k} {v} not in doc")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
            if not has(doc, f["source"]): err(f"{w}: funder {f['source']}")
            if f["eur"] and not amount_in(doc, f["eur"]): err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"] and not re.search(f["share_percent"] + r' ?%', doc): err(f"{w}: share {f['share_percent']}")
        for p in r["contacts"]:
            if set(p) != {"name","email","phone"}: err(f"{w}: contact keys")
            for k in ("name", "email", "phone"):
                if p[k] is not None and not has(doc, p[k]): err(f"{w}: contact {k} {p[k]} not in doc")
print(f"{len(files)} gold files, {len(docs)} documents")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("clean")
