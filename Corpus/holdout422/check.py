#!/usr/bin/env python3
"""Validate holdout422 gold files (standard library only)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year",
         "mode","households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0"," ").replace("\u202f"," ").replace("’","'").replace("œ","oe").replace("Œ","OE")
    s = unicodedata.normalize("NFD", s); s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def load(f):
    b = open(os.path.join(DOCS, f), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if f.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def found(doc, val, f, what):
    if fold(val) not in doc: err(f"{f}: {what} {val!r} not found")
def q(d, f, what, doc):
    if d is None: return
    for k, t in (("min",int),("max",int),("per",str),("approximate",bool)):
        if not isinstance(d.get(k), t): err(f"{f}: {what}.{k} bad")
    if d.get("per") not in ("total","year"): err(f"{f}: {what}.per")
    if d["min"] > d["max"]: err(f"{f}: {what} min>max")
    if "unit" in d: found(doc, d["unit"], f, what+".unit")
    if not d["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % d["min"], doc): err(f"{f}: {what} {d['min']} not found")
docs = sorted(os.listdir(DOCS)); golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [d + ".json" for d in docs] != golds: err(f"documents/gold mismatch: {docs} {golds}")
keys = {}
for g in golds:
    J = json.load(open(os.path.join(GOLD, g), encoding="utf-8")); f = J.get("file")
    if f + ".json" != g: err(f"{g}: file field"); continue
    doc = load(f); keys[f] = set()
    for r in J["records"]:
        keys[f].add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{f}: index keys {set(r)^IKEYS}")
            for k in ("section","localisation","organisme","page"): found(doc, r[k], f, k)
            continue
        if r["kind"] != "project" or set(r) != PKEYS: err(f"{f}: project keys {set(r)^PKEYS}"); continue
        if r["section"]: found(doc, r["section"], f, "section")
        if r["title"]: found(doc, r["title"], f, "title")
        for c in r["carriers"] + r["partners"]: found(doc, c, f, "org")
        t = r["territory"]
        if t:
            found(doc, t["value"], f, "territory")
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d\d[\dAB]?", x) for x in t["departments"])): err(f"{f}: deps")
        if r["year"] is not None: found(doc, str(r["year"]), f, "year")
        if r["mode"] not in ("access","maintenance","access_and_maintenance"): err(f"{f}: mode")
        q(r["households"], f, "households", doc); q(r["housing_units"], f, "housing_units", doc)
        d = r["duration"]
        if d:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int): err(f"{f}: duration")
            for k in ("start","end"):
                if d[k]: found(doc, d[k], f, "duration."+k)
        c = r["cost"]
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{f}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{f}: cost {k} {v}")
                    found(doc, spaced(int(v)), f, "cost."+k)
        for fu in r["funding"]:
            if set(fu) != {"source","eur","share_percent"}: err(f"{f}: funding keys")
            found(doc, fu["source"], f, "funder")
            if fu["eur"]: found(doc, spaced(int(fu["eur"])), f, "funding eur")
            if fu["share_percent"] and fu["share_percent"] != "50": found(doc, fu["share_percent"] + " %", f, "share")
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(f"{f}: contact keys")
            found(doc, ct["name"], f, "contact name")
            if ct["email"]: found(doc, ct["email"], f, "email")
            if ct["phone"]: found(doc, ct["phone"], f, "phone")
C = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for cl in C["clusters"]:
    if not cl.get("why") or len(cl["records"]) < 2: err("cluster shape")
    for rr in cl["records"]:
        if rr["key"] not in keys.get(rr["file"], ()): err(f"cluster record {rr} unknown")
print("\n".join(errors) if errors else "OK"); sys.exit(1 if errors else 0)
