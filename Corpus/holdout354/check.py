#!/usr/bin/env python3
"""Validate holdout354 gold files: shape, keys, types, and values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):
    s = str(d); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def found(doc, v, what):
    if v is not None and fold(str(v)) not in doc: err(f"{what}: {v!r} not found")
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
REQ = {"kind","key"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
files = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs: err(f"gold files {files} do not match documents {docs}")
allkeys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    if set(g) != {"file", "records"} or g["file"] != name: err(f"{gf}: bad top level"); continue
    doc = load(name); keys = set()
    for r in g["records"]:
        w = f"{gf}:{r.get('key')}"
        if not REQ <= set(r): err(f"{w}: missing kind/key"); continue
        if r["key"] in keys: err(f"{w}: duplicate key")
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{w}: index keys {sorted(r)}")
            for k in ("localisation", "organisme", "page"): found(doc, r[k], f"{w} {k}")
            found(doc, r["section"], f"{w} section")
            continue
        if r["kind"] != "project": err(f"{w}: bad kind"); continue
        if not set(r) <= PKEYS: err(f"{w}: unknown keys {set(r)-PKEYS}")
        if r.get("section"): found(doc, r["section"], f"{w} section")
        if r.get("title") is not None:
            if not isinstance(r["title"], str): err(f"{w}: title type")
            found(doc, r["title"], f"{w} title")
        for k in ("carriers", "partners"):
            if k in r:
                if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}: {k} type")
                for x in r[k]: found(doc, x, f"{w} {k}")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): err(f"{w}: territory shape")
            found(doc, t["value"], f"{w} territory")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            found(doc, r["year"], f"{w} year")
        if "mode" in r and r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        for k in ("households", "housing_units"):
            q = r.get(k)
            if q is None: continue
            if not {"min","max","per","approximate"} <= set(q) or not set(q) <= {"min","max","per","approximate","unit","breakdown"}: err(f"{w}: {k} keys")
            if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{w}: {k} min/max")
            if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool): err(f"{w}: {k} per/approx")
            if not q["approximate"] and q["min"] == q["max"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): err(f"{w}: {k} {q['min']} not found")
            if "unit" in q: found(doc, q["unit"], f"{w} {k} unit")
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["renewable"], bool): err(f"{w}: duration shape")
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}: months type")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"\d{4}", d[k]): err(f"{w}: duration {k}")
                    found(doc, d[k], f"{w} duration {k}")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost shape")
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}: cost {k} type")
                    else: found(doc, spaced(v), f"{w} cost {k}")
        for f in r.get("funding", []) or []:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding shape")
            found(doc, f["source"], f"{w} funder")
            if f["eur"] is not None: found(doc, spaced(f["eur"]), f"{w} funding eur")
            if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", f"{w} share") if fold(f["share_percent"] + " %") in doc else found(doc, f["share_percent"] + "%", f"{w} share")
        for ct in r.get("contacts", []) or []:
            if not {"name","email","phone"} <= set(ct): err(f"{w}: contact keys")
            for k in ("name", "email", "phone"): found(doc, ct.get(k), f"{w} contact {k}")
    allkeys[name] = keys
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not cl["clusters"]: err("clusters.json shape")
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or len(c["records"]) < 2 or not c["why"]: err("cluster shape")
    for rr in c["records"]:
        if rr.get("key") not in allkeys.get(rr.get("file"), ()): err(f"cluster record {rr} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
