#!/usr/bin/env python3
"""Validate holdout372 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def has(doc, s, what):
    if s is not None and fold(str(s)) not in doc: err(f"{what}: {s!r} not found")
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def quantity(q, doc, w):
    if q is None: return
    if not isinstance(q, dict) or not {"min","max","per","approximate"} <= q.keys(): return err(f"{w}: bad quantity")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{w}: min/max")
    if q["per"] not in ("total","year"): err(f"{w}: per")
    if not isinstance(q["approximate"], bool): err(f"{w}: approximate")
    if "unit" in q: has(doc, q["unit"], w + " unit")
    if q.get("breakdown"):
        if sum(b["min"] for b in q["breakdown"]) != q["min"]: err(f"{w}: breakdown sum")
        for b in q["breakdown"]: has(doc, f'{b["min"]} en {b["label"]}', w + " breakdown")
    elif not q["approximate"]: has(doc, str(q["min"]), w + " count")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if golds != [d + ".json" for d in docs]: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    w0 = g
    try: data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e: err(f"{g}: {e}"); continue
    if set(data) != {"file","records"} or data["file"] + ".json" != g: err(f"{g}: top level"); continue
    doc = load(data["file"]); keys[data["file"]] = set()
    for r in data["records"]:
        w = f"{g} [{r.get('key')}]"
        if r.get("key") in keys[data["file"]]: err(f"{w}: duplicate key")
        keys[data["file"]].add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: err(f"{w}: keys {sorted(set(r) ^ IKEYS)}"); continue
            if r["key"] != "index " + r["section"]: err(f"{w}: key")
            for k in ("section","localisation","organisme","page"): has(doc, r[k], f"{w} {k}")
            continue
        if r.get("kind") != "project" or set(r) != PKEYS: err(f"{w}: kind/keys"); continue
        has(doc, r["section"], w + " section")
        if r["section"] and r["key"] != r["section"]: err(f"{w}: key != section")
        if not isinstance(r["title"], str): err(f"{w}: title type")
        has(doc, r["title"], w + " title")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}: {k} type")
            for x in r[k]: has(doc, x, f"{w} {k}")
        t = r["territory"]
        if not (isinstance(t, dict) and set(t) == {"value","departments"} and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])): err(f"{w}: territory")
        else: has(doc, t["value"], w + " territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            has(doc, r["year"], w + " year")
        if r["mode"] not in ("access","maintenance","access_and_maintenance"): err(f"{w}: mode")
        quantity(r["households"], doc, w + " households"); quantity(r["housing_units"], doc, w + " housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int): err(f"{w}: duration")
            for k in ("start","end"):
                if d[k] is not None: has(doc, d[k], f"{w} duration {k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost {k} not decimal")
                    else: has(doc, spaced(v), f"{w} cost {k}")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding keys"); continue
            has(doc, f["source"], w + " funding source")
            if f["eur"] is not None: has(doc, spaced(f["eur"]), w + " funding eur")
            if f["share_percent"] is not None: has(doc, f["share_percent"] + " %", w + " funding share")
        for p in r["contacts"]:
            if set(p) != {"name","email","phone"}: err(f"{w}: contact keys"); continue
            for k in ("name","email","phone"): has(doc, p[k], f"{w} contact {k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
