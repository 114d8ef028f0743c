#!/usr/bin/env python3
"""Validate holdout527 gold: shape, keys, types, values findable in documents. Prints OK."""
import json, os, re, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
IDX = ["kind","key","section","localisation","organisme","page"]
errors = []
def err(m): errors.append(m)
def load(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    t = b.decode('cp1252') if 'cp1252' in fn else b.decode('utf-8')
    if fn.endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = t.replace('\u00a0', ' ').replace('\u202f', ' ')
    return re.sub(r'[ \t]+', ' ', t)
def norm(s): return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ').replace('’', "'")).lower()
def has(t, s):
    if s is None: return True
    return norm(s) in norm(t)
def has_amount(t, a):
    pat = r'(?<!\d)' + r'[ \u00a0]?'.join(a) + r'(?!\d)'
    return re.search(pat, t) is not None or re.search(r'(?<!\d)' + re.sub(r'(\d)(?=(\d{3})+$)', r'\1 ', a) + r'(?!\d)', t) is not None
def quant(q, where):
    if q is None: return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not isinstance(q.get("min"), int) or not isinstance(q.get("max"), int) or q["min"] > q["max"]: err(f"{where}: bad min/max")
    if q.get("per") not in ("total","year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
if sorted(g[:-5] for g in golds) != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    fn = d.get("file")
    if fn + '.json' != g: err(f"{g}: file field {fn}")
    t = load(fn)
    seen = set()
    for r in d["records"]:
        w = f"{fn}/{r.get('key')}"
        if r["key"] in seen: err(f"{w}: duplicate key")
        seen.add(r["key"])
        if r["kind"] == "index_row":
            if sorted(r) != sorted(IDX): err(f"{w}: index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section")
            for k in ("section","localisation","organisme","page"):
                if not has(t, r[k]): err(f"{w}: {k} {r[k]!r} not in document")
            continue
        if r["kind"] != "project": err(f"{w}: kind"); continue
        if sorted(r) != sorted(PROJ): err(f"{w}: project keys {sorted(r)}")
        if r["section"] is not None and r["key"] != r["section"]: err(f"{w}: key/section")
        if r["section"] is None and fn.startswith('guide'): err(f"{w}: guide record without section")
        if not fn.startswith(('guide','brochure')) and r["key"] != "document": err(f"{w}: one-project document key must be 'document'")
        if fn.startswith('brochure') and r["key"] != r["title"]: err(f"{w}: brochure key must be the title")
        if r["title"] is not None and not has(t, r["title"]): err(f"{w}: title not in document")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} not a list")
            for v in r[k]:
                if not has(t, v): err(f"{w}: {k} {v!r} not in document")
        tr = r["territory"]
        if tr is not None:
            if not has(t, tr["value"]): err(f"{w}: territory {tr['value']!r} not in document")
            if not tr["departments"] or not all(isinstance(x, str) for x in tr["departments"]): err(f"{w}: departments")
        if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in t): err(f"{w}: year")
        if r["mode"] not in (None,"access","maintenance","access_and_maintenance"): err(f"{w}: mode")
        quant(r["households"], w + " households"); quant(r["housing_units"], w + " housing_units")
        if r["housing_units"] is not None and "unit" in r["housing_units"]: err(f"{w}: housing units carry no unit")
        du = r["duration"]
        if du is not None:
            if sorted(du) != ["end","months","renewable","start"]: err(f"{w}: duration keys")
            for k in ("start","end"):
                if du[k] is not None and du[k] not in t: err(f"{w}: duration {k}")
        co = r["cost"]
        if co is not None:
            if sorted(co) != ["per_household_eur","per_year_eur","total_eur"]: err(f"{w}: cost keys")
            for k, v in co.items():
                if v is not None and (not re.fullmatch(r'\d+(\.\d+)?', v) or not has_amount(t, v)): err(f"{w}: cost {k} {v!r}")
        for f in r["funding"]:
            if sorted(f) != ["eur","share_percent","source"]: err(f"{w}: funding keys")
            if not has(t, f["source"]): err(f"{w}: funding source {f['source']!r}")
            if f["eur"] is not None and not has_amount(t, f["eur"]): err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"] is not None and not re.search(r'(?<!\d)' + f["share_percent"] + r' ?%', t): err(f"{w}: share {f['share_percent']}")
        for c in r["contacts"]:
            if sorted(c) != ["email","name","phone"]: err(f"{w}: contact keys")
            for k in ("name","email","phone"):
                if c[k] is not None and not has(t, c[k]): err(f"{w}: contact {k} {c[k]!r}")
    keys[fn] = seen
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if len(c["records"]) < 2 or not c.get("why"): err("cluster shape")
    for r in c["records"]:
        if r["key"] not in keys.get(r["file"], ()): err(f"cluster record {r} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
