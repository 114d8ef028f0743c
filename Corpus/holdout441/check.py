#!/usr/bin/env python3
"""Validate holdout441 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, unicodedata, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
# values that are deliberately not verbatim in the text (explained in README)
NOT_VERBATIM = {("carnet-hugo-ezhil-h441.html", "territory", "Le Teil et à Viviers (Ardèche)")}
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s.lower()); s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s)
def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
errs = []
def need(c, m):
    if not c: errs.append(m)
PKEYS = {"kind","key","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
need(set(f[:-5] for f in files) == set(os.listdir(DOCS)), "gold files do not match documents")
keys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = g.get("file"); need(name == gf[:-5], f"{gf}: file field")
    t = doc_text(name)
    def found(field, v):
        if (name, field, v) in NOT_VERBATIM: return
        need(fold(v) in t, f"{name}: {field} {v!r} not in text")
    need(isinstance(g.get("records"), list) and g["records"], f"{gf}: records")
    keys[name] = set()
    for r in g["records"]:
        k = r.get("key"); need(isinstance(k, str), f"{gf}: key"); keys[name].add(k)
        if r["kind"] == "index_row":
            need(IKEYS <= set(r), f"{gf} {k}: index keys")
            for f in ("section", "localisation", "organisme", "page"): found(f, r[f])
            continue
        need(r["kind"] == "project" and PKEYS <= set(r), f"{gf} {k}: project keys {PKEYS - set(r)}")
        if r.get("section"): found("section", r["section"] + ".")
        if r["title"]: found("title", r["title"])
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), f"{gf} {k}: {f} list")
            for v in r[f]: found(f, v)
        tr = r["territory"]
        if tr:
            found("territory", tr["value"])
            need(isinstance(tr["departments"], list) and all(re.fullmatch(r"\d\d\d?", d) for d in tr["departments"]), f"{k}: departments")
        if r["year"] is not None: need(isinstance(r["year"], int) and str(r["year"]) in t, f"{k}: year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{k}: mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            need(set(q) >= {"min","max","per","approximate"} and isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]
                 and q["per"] in ("total","year") and isinstance(q["approximate"], bool), f"{k}: {f} shape")
            if not q["approximate"]: found(f, str(q["min"]))
            if q.get("unit"): found(f + " unit", q["unit"])
        d = r["duration"]
        if d:
            need(isinstance(d["months"], int) and isinstance(d["renewable"], bool), f"{k}: duration shape")
            for y in (d["start"], d["end"]):
                if y: found("duration year", y)
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, f"{k}: cost keys")
            for v in c.values():
                if v is not None:
                    need(re.fullmatch(r"\d+", v) is not None, f"{k}: cost {v}"); found("cost", spaced(v))
        for fu in r.get("funding", []):
            need(set(fu) == {"source","eur","share_percent"}, f"{k}: funding keys")
            found("funding source", fu["source"])
            if fu["eur"]: found("funding eur", spaced(fu["eur"]))
            if fu["share_percent"]: found("funding share", fu["share_percent"] + " %")
        need(isinstance(r["contacts"], list) and r["contacts"], f"{k}: contacts")
        for ct in r["contacts"]:
            need(set(ct) >= {"name","email","phone"}, f"{k}: contact keys")
            for f in ("name","email","phone"):
                if ct[f]: found("contact " + f, ct[f])
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters shape")
    for rr in c["records"]: need(rr["key"] in keys.get(rr["file"], ()), f"cluster record {rr}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
