#!/usr/bin/env python3
"""Validate holdout389 gold files: shape, keys, types, values found in the documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(fn):
    b = open(os.path.join(DOCS, fn), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if fn.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    else: t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):
    d = str(d); out = ""
    while len(d) > 3: out = " " + d[-3:] + out; d = d[:-3]
    return d + out
def has(text, v, where):
    if v is None: return
    if fold(str(v)) not in text: err(f"{where}: {v!r} not found in document")
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
def chkq(q, where, text):
    if q is None: return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{where}: missing {k}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q["per"] not in ("total","year"): err(f"{where}: bad per")
    if not isinstance(q["approximate"], bool): err(f"{where}: approximate not bool")
    if not q["approximate"] and q["min"] == q["max"] and not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text): err(f"{where}: count {q['min']} not found")
    if "unit" in q: has(text, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        has(text, b["label"], where + ".breakdown")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fn = data.get("file")
    if fn != g[:-5]: err(f"{g}: file field {fn!r}"); continue
    text = load(fn); keys[fn] = set()
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    for r in data["records"]:
        w = f"{fn}[{r.get('key')}]"
        if r.get("key") in keys[fn]: err(f"{w}: duplicate key")
        keys[fn].add(r.get("key"))
        if r.get("kind") == "index_row":
            for k in ("section","localisation","organisme","page"):
                if not isinstance(r.get(k), str): err(f"{w}: {k} missing"); continue
                has(text, r[k], w + "." + k)
            if r["key"] != "index " + r["section"]: err(f"{w}: key")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        for k in PROJ:
            if k not in r: err(f"{w}: missing {k}")
        if r["section"]: has(text, r["section"] + ".", w + ".section")
        has(text, r["title"], w + ".title")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} not list")
            for v in r[k]: has(text, v, f"{w}.{k}")
        t = r["territory"]
        if t:
            has(text, t["value"], w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            has(text, "- " + str(r["year"]), w + ".year")
        if r["mode"] not in (None,"access","maintenance","access_and_maintenance"): err(f"{w}: mode")
        chkq(r["households"], w + ".households", text); chkq(r["housing_units"], w + ".housing_units", text)
        d = r["duration"]
        if d:
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration types")
            for k in ("start","end"):
                if d[k] is not None: has(text, d[k], w + ".duration." + k)
        c = r["cost"]
        if c:
            for k in ("total_eur","per_year_eur","per_household_eur"):
                if k not in c: err(f"{w}: cost.{k} missing")
                elif c[k] is not None:
                    if not re.fullmatch(r"\d+", c[k]): err(f"{w}: cost.{k} not decimal string")
                    has(text, spaced(c[k]), w + ".cost." + k)
        for f in r["funding"]:
            has(text, f["source"], w + ".funding")
            if f["eur"]: has(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]: has(text, f["share_percent"] + " %", w + ".funding.share")
        for p in r["contacts"]:
            for k in ("name","email","phone"):
                if k not in p: err(f"{w}: contact.{k} missing")
                else: has(text, p[k], f"{w}.contact.{k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if len(c.get("records", [])) < 2 or not c.get("why"): err("clusters: bad cluster")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
