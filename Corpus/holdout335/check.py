#!/usr/bin/env python3
"""Validate holdout335 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s)
def read(f):
    b = open(os.path.join(DOC, f), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")
def spaced(d):
    s = f"{int(d):,}".replace(",", " ")
    return s
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
def need(cond, msg):
    if not cond: errs.append(msg)
docs = sorted(os.listdir(DOC))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), f"gold/doc mismatch {golds} {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file"); need(f == g[:-5], f"{g}: file")
    T = fold(read(f)); keys[f] = set()
    def found(v, what):
        need(fold(str(v)) in T, f"{g}: {what} {v!r} not in document")
    for r in data["records"]:
        k = r.get("key"); need(isinstance(k, str) and k not in keys[f], f"{g}: bad/dup key {k}"); keys[f].add(k)
        if r["kind"] == "index_row":
            for x in ("section","localisation","organisme","page"):
                need(isinstance(r.get(x), str), f"{g}:{k} {x}"); found(r[x], x)
            continue
        need(r["kind"] == "project", f"{g}:{k} kind")
        for x in PROJ: need(x in r, f"{g}:{k} missing {x}")
        if r["section"]: found(r["section"], "section")
        need(isinstance(r["title"], str), f"{g}:{k} title"); found(r["title"], "title")
        for x in ("carriers","partners"):
            need(isinstance(r[x], list), f"{g}:{k} {x}")
            for v in r[x]: found(v, x)
        t = r["territory"]
        need(isinstance(t, dict) and isinstance(t["departments"], list), f"{g}:{k} territory"); found(t["value"], "territory")
        for d in t["departments"]: found(d, "department")
        need(r["year"] is None or isinstance(r["year"], int), f"{g}:{k} year")
        if r["year"]: found(r["year"], "year")
        need(r["mode"] in ("access","maintenance","access_and_maintenance",None), f"{g}:{k} mode")
        for x in ("households","housing_units"):
            qv = r[x]
            if qv is None: continue
            need(all(isinstance(qv.get(y), int) for y in ("min","max")) and qv["min"] <= qv["max"], f"{g}:{k} {x} min/max")
            need(qv.get("per") in ("total","year") and isinstance(qv.get("approximate"), bool), f"{g}:{k} {x} per/approx")
            if not qv["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % qv["min"], T) is not None, f"{g}:{k} {x} {qv['min']} not in doc")
            if "unit" in qv: found(qv["unit"], x + " unit")
        du = r["duration"]
        if du:
            need(isinstance(du["months"], int) and isinstance(du["renewable"], bool), f"{g}:{k} duration")
            for y in ("start","end"):
                if du[y]: found(du[y], "duration " + y)
        co = r["cost"]
        if co:
            for y in ("total_eur","per_year_eur","per_household_eur"):
                v = co.get(y)
                need(v is None or (isinstance(v, str) and v.isdigit()), f"{g}:{k} cost {y}")
                if v: found(spaced(v), "cost " + y)
        for fu in r["funding"]:
            need(set(fu) == {"source","eur","share_percent"}, f"{g}:{k} funding keys"); found(fu["source"], "funder")
            if fu["eur"]: found(spaced(fu["eur"]), "funding eur")
            if fu["share_percent"]: need(re.search(re.escape(fu["share_percent"]) + r" ?%", T) is not None, f"{g}:{k} share {fu['share_percent']}")
        need(len(r["contacts"]) >= 1, f"{g}:{k} contacts")
        for c in r["contacts"]:
            need({"name","email","phone"} <= set(c), f"{g}:{k} contact keys"); found(c["name"], "contact name")
            if c["email"]: found(c["email"], "email")
            if c["phone"]: found(c["phone"], "phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rr in c["records"]: need(rr["key"] in keys.get(rr["file"], ()), f"cluster record {rr}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
