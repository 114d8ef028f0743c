#!/usr/bin/env python3
"""Validate holdout436 gold files: shape, keys, types, values found in the documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def text_of(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(d): return "{:,}".format(int(d)).replace(",", " ")
errs = []
def need(c, m):
    if not c: errs.append(m)
PROJ = ["kind", "key", "title", "carriers", "partners", "territory", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, "expected 7 documents")
for d in docs:
    p = os.path.join(GOLD, d + ".json"); need(os.path.exists(p), "no gold for " + d)
    if not os.path.exists(p): continue
    g = json.load(open(p, encoding="utf-8")); T = text_of(d)
    need(g.get("file") == d and isinstance(g.get("records"), list) and g["records"], d + ": bad shape")
    keys = [r["key"] for r in g["records"]]; need(len(keys) == len(set(keys)), d + ": duplicate keys")
    def found(v, what):
        need(isinstance(v, str) and fold(v) in T, f"{d}: {what} {v!r} not found")
    for r in g["records"]:
        k = r.get("key")
        if r.get("kind") == "index_row":
            for f in ("section", "localisation", "organisme", "page"): found(r.get(f), k + " " + f)
            continue
        need(r.get("kind") == "project", f"{d}: bad kind"); 
        for f in PROJ: need(f in r, f"{d} {k}: missing {f}")
        found(r["title"], k + " title")
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), f"{d} {k}: {f} not list")
            for v in r[f]: found(v, k + " " + f)
        if r.get("section"): found(r["section"] + ".", k + " section")
        t = r["territory"]; need(isinstance(t, dict) and isinstance(t["departments"], list), f"{d} {k}: territory")
        found(t["value"], k + " territory")
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance", None), f"{d} {k}: mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            need(set(q) >= {"min", "max", "per", "approximate"} and q["per"] in ("total", "year") and isinstance(q["min"], int) and q["min"] <= q["max"], f"{d} {k}: {f} shape")
            if not q["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], T) is not None, f"{d} {k}: {f} {q['min']} not found")
            if q.get("unit"): found(q["unit"], k + " unit")
        du = r["duration"]
        if du:
            need(set(du) == {"months", "start", "end", "renewable"}, f"{d} {k}: duration keys")
            for y in (du["start"], du["end"]):
                if y: found(y, k + " year")
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{d} {k}: cost keys")
            for v in c.values():
                if v: need(re.fullmatch(r"\d+", v) is not None, f"{d} {k}: amount {v}"); found(spaced(v), k + " amount")
        if r.get("year"): found(str(r["year"]), k + " year")
        for fu in r["funding"]:
            need(set(fu) == {"source", "eur", "share_percent"}, f"{d} {k}: funding keys"); found(fu["source"], k + " funder")
            if fu["share_percent"]: found(fu["share_percent"] + " %", k + " share")
            if fu["eur"]: found(spaced(fu["eur"]), k + " funding eur")
        for ct in r["contacts"]:
            need(set(ct) >= {"name", "email", "phone"}, f"{d} {k}: contact keys")
            for f in ("name", "email", "phone"):
                if ct[f]: found(ct[f], k + " contact " + f)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        need(rec["key"] in [r["key"] for r in g["records"]], "cluster key " + rec["key"])
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
