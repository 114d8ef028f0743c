#!/usr/bin/env python3
"""Validate holdout319 gold files: shape, keys, types, and values found in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def text_of(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
def need(cond, msg):
    if not cond: errors.append(msg)
def found(doc, s, where):
    need(fold(s) in doc, f"{where}: {s!r} not found in document")
def check_q(q, where, doc):
    if q is None: return
    need(isinstance(q, dict) and {"min","max","per","approximate"} <= set(q), f"{where}: quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total","year"), f"{where}: per")
    need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if not q["approximate"]: found(doc, str(q["min"]), where)
    if "unit" in q: found(doc, q["unit"], where + ".unit")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), "one gold file per document")
keys_by_file = {}
for gname in golds:
    g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
    fname = g.get("file"); need(fname + ".json" == gname, f"{gname}: file name")
    doc = text_of(fname); recs = g.get("records"); need(isinstance(recs, list) and recs, f"{gname}: records")
    keys = [r["key"] for r in recs]; need(len(keys) == len(set(keys)), f"{gname}: duplicate keys")
    keys_by_file[fname] = set(keys)
    for r in recs:
        w = f"{gname}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index keys")
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            for k in ("section","localisation","organisme","page"): found(doc, r[k], w + "." + k)
            continue
        need(r.get("kind") == "project" and set(r) == PROJECT_KEYS, f"{w}: project keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None: found(doc, r["section"] + ".", w + ".section")
        need(isinstance(r["title"], str), f"{w}: title type"); found(doc, r["title"], w + ".title")
        for k in ("carriers","partners"):
            need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), f"{w}: {k} type")
            for x in r[k]: found(doc, x, f"{w}.{k}")
        t = r["territory"]; need(isinstance(t, dict) and isinstance(t["departments"], list), f"{w}: territory")
        found(doc, t["value"], w + ".territory")
        need(r["year"] is None or isinstance(r["year"], int), f"{w}: year type")
        if r["year"] is not None: found(doc, str(r["year"]), w + ".year")
        need(r["mode"] in ("access","maintenance","access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], w + ".households", doc); check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]; need(isinstance(d, dict) and isinstance(d["months"], int) and isinstance(d["renewable"], bool), f"{w}: duration")
        for k in ("start","end"):
            if d[k] is not None: found(doc, d[k], f"{w}.duration.{k}")
        c = r["cost"]; need(isinstance(c, dict), f"{w}: cost")
        for k in ("total_eur","per_year_eur","per_household_eur"):
            v = c[k]; need(v is None or (isinstance(v, str) and v.isdigit()), f"{w}: cost.{k} type")
            if v: found(doc, spaced(int(v)), f"{w}.cost.{k}")
        for f in r["funding"]:
            need(set(f) == {"source","eur","share_percent"}, f"{w}: funding keys")
            found(doc, f["source"], w + ".funding")
            if f["eur"]: found(doc, spaced(int(f["eur"])), w + ".funding.eur")
            if f["share_percent"]: found(doc, f["share_percent"] + " %", w + ".funding.share")
        for ct in r["contacts"]:
            need({"name","email","phone"} <= set(ct), f"{w}: contact keys")
            found(doc, ct["name"], w + ".contact.name")
            for k in ("email","phone"):
                if ct[k]: found(doc, ct[k], f"{w}.contact.{k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for rr in c["records"]:
        need(rr["key"] in keys_by_file.get(rr["file"], set()), f"clusters: {rr} not a gold record")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
