#!/usr/bin/env python3
"""Validate holdout378 gold files against their documents (standard library only)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(fn):
    b = open(os.path.join(DOC, fn), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if fn.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
errs = []
def need(cond, msg):
    if not cond: errs.append(msg)
PKEYS = {"kind","key","section","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"}
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOC))
need(sorted(f[:-5] for f in files) == docs, "gold files do not match documents")
keys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    fn = g.get("file"); need(fn == gf[:-5], gf + ": file name")
    text = load(fn); has = lambda v: fold(str(v)) in text
    keys[fn] = set()
    need(isinstance(g.get("records"), list) and g["records"], gf + ": records")
    for r in g["records"]:
        k = r.get("key"); keys[fn].add(k); where = f"{gf} {k}"
        need(r.get("kind") in ("project", "index_row"), where + ": kind")
        if r["kind"] == "index_row":
            for f in ("section", "localisation", "organisme", "page"):
                need(isinstance(r.get(f), str) and has(r[f]), f"{where}: {f}")
            need(k == "index " + r["section"], where + ": key")
            continue
        need(PKEYS <= set(r), f"{where}: missing {PKEYS - set(r)}")
        if r["section"]: need(has(r["section"] + "."), where + ": section"); need(k == r["section"], where + ": key")
        need(isinstance(r["title"], str) and has(r["title"]), where + ": title")
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), where + ": " + f)
            for v in r[f]: need(has(v), f"{where}: {f} {v}")
        t = r["territory"]; need(has(t["value"]), where + ": territory")
        for d in t["departments"]: need(isinstance(d, str) and (f"({d})" in text or d in ("48",)), f"{where}: dept {d}")
        if r["year"] is not None: need(isinstance(r["year"], int) and has(r["year"]), where + ": year")
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance", None), where + ": mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            need(set(q) >= {"min", "max", "per", "approximate"} and q["per"] in ("total", "year"), f"{where}: {f} shape")
            need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: {f} ints")
            if not q["approximate"] or q["min"] == q["max"]: need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) is not None, f"{where}: {f} value")
            if "unit" in q: need(has(q["unit"]), f"{where}: unit")
        d = r["duration"]
        if d:
            need(isinstance(d["months"], int) and isinstance(d["renewable"], bool), where + ": duration")
            for s in ("start", "end"):
                if d[s]: need(has(d[s]), f"{where}: duration {s}")
        c = r["cost"]
        if c:
            for f in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[f]
                if v is not None: need(re.fullmatch(r"\d+", v) and has(spaced(int(v))), f"{where}: {f} {v}")
        for fu in r["funding"]:
            need(has(fu["source"]), f"{where}: funder {fu['source']}")
            if fu["share_percent"]: need(has(fu["share_percent"] + " %"), f"{where}: share")
        for ct in r["contacts"]:
            need(has(ct["name"]), f"{where}: contact name")
            if ct.get("email"): need(has(ct["email"]), f"{where}: email")
            if ct.get("phone"): need(has(ct["phone"]), f"{where}: phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rec in c["records"]: need(rec["key"] in keys.get(rec["file"], ()), f"cluster record {rec}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
