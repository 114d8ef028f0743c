#!/usr/bin/env python3
"""Validate holdout446 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower())
def load(fn):
    b = open(os.path.join(DOC, fn), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if fn.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def money(s): return " ".join([s[:-3], s[-3:]]) if len(s) > 3 else s
errs = []
def need(c, m):
    if not c: errs.append(m)
PK = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
      "households","housing_units","duration","cost","funding","contacts"]
docs = sorted(os.listdir(DOC))
for fn in docs:
    gp = os.path.join(GOLD, fn + ".json"); need(os.path.exists(gp), "missing gold " + fn)
    if not os.path.exists(gp): continue
    g = json.load(open(gp, encoding="utf-8")); t = load(fn)
    need(g.get("file") == fn and isinstance(g.get("records"), list) and g["records"], fn + ": shape")
    def found(v, what):
        need(isinstance(v, str) and fold(v) in t, f"{fn}: {what} {v!r} not in text")
    keys = set()
    for r in g["records"]:
        need(r.get("key") not in keys, fn + ": duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            for k in ["section","localisation","organisme","page"]: found(r[k], k)
            continue
        need(r["kind"] == "project", fn + ": kind")
        for k in PK: need(k in r, f"{fn}: {r.get('key')} lacks {k}")
        if r["title"] is not None: found(r["title"], "title")
        for k in ["carriers","partners"]:
            need(isinstance(r[k], list), k); [found(x, k) for x in r[k]]
        if r["territory"]:
            found(r["territory"]["value"], "territory")
            need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in r["territory"]["departments"]), "deps")
            for d in r["territory"]["departments"]:
                need(d in t or fn.endswith(".txt"), "dep")
        need(r["year"] is None or (isinstance(r["year"], int) and str(r["year"]) in t), fn + ": year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), fn + ": mode")
        for k in ["households","housing_units"]:
            q = r[k]
            if q is None: continue
            need(set(["min","max","per","approximate"]) <= set(q) and isinstance(q["min"], int) and isinstance(q["max"], int)
                 and q["min"] <= q["max"] and q["per"] in ("total","year") and isinstance(q["approximate"], bool), f"{fn}: {k} shape")
            if not q["approximate"]: need(re.search(r"(?<!\d)%d" % q["min"], t) is not None, f"{fn}: {k} {q['min']} not in text")
            if "unit" in q: found(q["unit"], "unit")
        du = r["duration"]
        if du:
            need(isinstance(du["months"], int) and isinstance(du["renewable"], bool), fn + ": duration shape")
            for k in ["start","end"]:
                if du[k] is not None: found(du[k], "duration " + k)
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, fn + ": cost keys")
            for v in c.values():
                if v is not None: need(re.fullmatch(r"\d+", v) is not None, "eur fmt"); found(money(v), "amount")
        for f in r["funding"]:
            need(set(f) == {"source","eur","share_percent"}, fn + ": funding keys"); found(f["source"], "funder")
            if f["eur"]: found(money(f["eur"]), "funding eur")
            if f["share_percent"]: need(re.search(re.escape(f["share_percent"]) + r" ?%", t) is not None, f"{fn}: share {f['share_percent']}")
        for ct in r["contacts"]:
            need(set(ct) == {"name","email","phone"}, fn + ": contact keys"); found(ct["name"], "contact name")
            if ct["email"]: found(ct["email"], "email")
            if ct["phone"]: found(ct["phone"], "phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for m in c["records"]:
        g = json.load(open(os.path.join(GOLD, m["file"] + ".json"), encoding="utf-8"))
        need(any(r["key"] == m["key"] and r["kind"] == "project" for r in g["records"]), "cluster member " + str(m))
need(len(docs) == 7, "seven documents")
if errs: print("\n".join(errs)); sys.exit(1)
print("OK")
