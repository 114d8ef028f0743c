#!/usr/bin/env python3
"""Check holdout171 gold: keys and types per ../gold/README.md, index rows in the guide,
gold values present in their documents (folded; cp1252 decoded; HTML stripped and unescaped)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', "'").replace('\u2013', '-').replace('\u2014', '-')
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('Æ', 'AE')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

def load_doc(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    else:
        t = re.sub(r'<[^>]+>', ' ', t)
    return fold(t)

def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def isstr(x): return isinstance(x, str)
def opt(x, t): return x is None or isinstance(x, t)

def check_q(q, where):
    if q is None: return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q.get("per") not in ("total","year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    if "unit" in q and not isstr(q["unit"]): err(f"{where}: unit")
    for b in q.get("breakdown", []):
        if not (isstr(b.get("label")) and isinstance(b.get("min"), int) and isinstance(b.get("max"), int)): err(f"{where}: breakdown")

def has(doc, s, where, what):
    if fold(s) not in doc: err(f"{where}: {what} {s!r} not found in document")

def has_amount(doc, eur, where):
    n = int(eur); cands = [spaced(n), str(n)]
    if n % 1000 == 0: cands.append(f"{n//1000} k€")
    if not any(fold(c) in doc for c in cands): err(f"{where}: amount {eur} not found")

files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: err(f"gold files {files} do not match documents {docs}")
keys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    fn = g.get("file")
    if fn + '.json' != gf: err(f"{gf}: file field {fn}")
    doc = load_doc(fn)
    keys[fn] = set()
    for r in g["records"]:
        w = f"{fn}[{r.get('key')}]"
        if r.get("key") in keys[fn]: err(f"{w}: duplicate key")
        keys[fn].add(r.get("key"))
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{w}: index keys {sorted(set(r) ^ IKEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            raw = open(os.path.join(DOCS, fn), encoding='utf-8').read()
            if row not in fold(raw).replace(' ', ' ') and row.replace('\t', ' ') not in doc: err(f"{w}: index row not in guide")
            continue
        if r["kind"] != "project": err(f"{w}: kind"); continue
        if set(r) != PKEYS: err(f"{w}: keys differ {sorted(set(r) ^ PKEYS)}")
        for k in ("section","section_as_written","title","mode"):
            if not opt(r[k], str): err(f"{w}: {k} type")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        if r["section"]: has(doc, r["section"] + ".", w, "section")
        if r["title"]: has(doc, r["title"], w, "title")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list) or not all(isstr(x) for x in r[k]): err(f"{w}: {k} type")
            for x in r[k]: has(doc, x, w, k[:-1])
        t = r["territory"]
        if t is not None:
            if not (isstr(t.get("value")) and isinstance(t.get("departments"), list)): err(f"{w}: territory type")
            else:
                has(doc, t["value"], w, "territory")
                for d in t["departments"]:
                    if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}: department {d}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            else: has(doc, f"- {r['year']}", w, "year")
        for k in ("households","housing_units"):
            q = r[k]; check_q(q, f"{w}.{k}")
            if q and not q["approximate"]:
                has(doc, str(q["min"]), w, k); has(doc, str(q["max"]), w, k)
            if q and q.get("unit"): has(doc, q["unit"], w, "unit")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"}: err(f"{w}: duration keys")
            if not opt(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration types")
            for k in ("start","end"):
                if d[k] is not None:
                    if not isstr(d[k]): err(f"{w}: duration {k} type")
                    else: has(doc, d[k], w, "duration " + k)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not (isstr(v) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}: cost {k} not a decimal string")
                    else: has_amount(doc, v, w)
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
            has(doc, f["source"], w, "funder")
            if f["eur"] is not None: has_amount(doc, f["eur"], w)
            if f["share_percent"] is not None: has(doc, f["share_percent"] + " %", w, "share")
        for p in r["contacts"]:
            if set(p) != {"name","email","phone"}: err(f"{w}: contact keys")
            has(doc, p["name"], w, "contact name")
            if p["email"]: has(doc, p["email"], w, "e-mail")
            if p["phone"]: has(doc, p["phone"], w, "phone")
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if not isstr(c.get("why")) or len(c["records"]) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print("OK")
