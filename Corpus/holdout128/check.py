#!/usr/bin/env python3
"""Check holdout128 gold: format (keys, types) and that every gold value occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
             "households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
MODES = {"access","maintenance","access_and_maintenance"}
WORDS = {"huit":8,"six":6,"onze":11,"douze":12}
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0',' ').replace('\u202f',' ')
    s = re.sub(r"[’‘]", "'", s); s = re.sub(r"[–—]", "-", s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return fold(t)
def has(doc, s, what):
    if fold(s) not in doc: err(f"{what}: {s!r} not found")
def spaced(n):
    n = int(n); return f"{n:,}".replace(',', ' ')
def typ(v, types, what):
    if not isinstance(v, types): err(f"{what}: bad type {type(v).__name__}")
def check_q(q, what, doc, housing=False):
    if q is None: return
    need = {"min","max","per","approximate"}
    if not need <= set(q): err(f"{what}: missing keys {need-set(q)}")
    typ(q["min"], int, what+".min"); typ(q["max"], int, what+".max"); typ(q["approximate"], bool, what)
    if q["per"] not in ("total","year"): err(f"{what}: per {q['per']}")
    if q["min"] > q["max"]: err(f"{what}: min>max")
    if "unit" in q: has(doc, q["unit"], what+".unit")
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            words = [w for w, v in WORDS.items() if v == n]
            if not re.search(r'(?<!\d)(?<!\d )' + re.escape(str(n)) + r'(?!\d)(?! \d{3})', doc) and not any(w in doc for w in words):
                err(f"{what}: {n} not found")
for gf in sorted(os.listdir(GOLD)):
    if gf == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    fn = g.get("file")
    if fn + '.json' != gf: err(f"{gf}: file field {fn}")
    if not os.path.exists(os.path.join(DOCS, fn)): err(f"{gf}: no document"); continue
    doc = load(fn); keys = set()
    for r in g["records"]:
        w = f"{fn}[{r.get('key')}]"
        if r["key"] in keys: err(w + ": duplicate key")
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IDX_KEYS: err(w + f": keys {set(r) ^ IDX_KEYS}")
            if r["key"] != "index " + r["section"]: err(w + ": key")
            for k in ("section","localisation","organisme","page"): has(doc, r[k], w + "." + k)
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if fn.endswith('.txt') and row not in open(os.path.join(DOCS, fn), encoding='utf-8').read(): err(w + ": whole row not found")
            continue
        if r["kind"] != "project": err(w + ": kind"); continue
        if set(r) != PROJ_KEYS: err(w + f": keys {set(r) ^ PROJ_KEYS}")
        if r["section"] is not None:
            if r["key"] != r["section"]: err(w + ": key != section")
            has(doc, r["section"] + ".", w + ".section")
        typ(r["title"], str, w + ".title"); has(doc, r["title"], w + ".title")
        for k in ("carriers","partners"):
            typ(r[k], list, w + "." + k)
            for x in r[k]: has(doc, x, w + "." + k)
        t = r["territory"]
        if t:
            for part in re.split(r", | et ", re.sub(r" \(\d+\)", "", t["value"])): has(doc, part, w + ".territory")
            for d in t["departments"]:
                typ(d, str, w + ".dep")
                if f"({d})" not in doc and not any(fold(n) in doc for n in {"56":["Morbihan"],"82":["Tarn-et-Garonne"],"54":["Meurthe-et-Moselle"],"976":["Mayotte"],"06":[]}.get(d, [])):
                    err(w + f": department {d} not evidenced")
        if r["year"] is not None: has(doc, "- " + str(r["year"]), w + ".year")
        if r["mode"] is not None and r["mode"] not in MODES: err(w + ".mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc, True)
        d = r["duration"]
        if d:
            if set(d) != {"months","start","end","renewable"}: err(w + ".duration keys")
            typ(d["months"], int, w + ".months")
            for k in ("start","end"):
                if d[k] is not None: typ(d[k], str, w + "." + k); has(doc, d[k], w + "." + k)
            if d["start"] and d["end"] and d["months"] != 12 * (int(d["end"]) - int(d["start"])): err(w + ": months vs years")
        c = r["cost"]
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(w + ".cost keys")
            for k, v in c.items():
                if v is None: continue
                typ(v, str, w + "." + k)
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(w + f".{k} not decimal")
                n = int(v)
                if fold(spaced(n) + " €") not in doc and not (n % 1000 == 0 and f"{n//1000} k€" in doc):
                    err(w + f".{k}: {v} not found")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(w + ".funding keys")
            has(doc, f["source"], w + ".funding")
            if f["eur"]: has(doc, spaced(f["eur"]) + " €", w + ".funding eur")
            if f["share_percent"]: has(doc, f["share_percent"] + " %", w + ".funding share")
        for ct in r["contacts"]:
            if not {"name","email","phone"} <= set(ct): err(w + ".contact keys")
            for k in ("name","email","phone","role","organisation"):
                if ct.get(k): has(doc, ct[k], w + ".contact." + k)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + '.json'), encoding='utf-8'))
        if rec["key"] not in {r["key"] for r in g["records"]}: err(f"cluster record {rec} missing")
print("\n".join(errors) if errors else "clean: no error")
sys.exit(1 if errors else 0)
