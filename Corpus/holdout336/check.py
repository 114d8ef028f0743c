#!/usr/bin/env python3
"""Validate holdout336 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = html.unescape(s).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()
def text_of(name):
    b = open(os.path.join(DOC, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):  # "163458" -> "163 458"
    s = str(d); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def need(cond, msg):
    if not cond: errors.append(msg)
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
docs = sorted(os.listdir(DOC))
need(sorted(f[:-5] for f in os.listdir(GOLD) if f != "clusters.json") == docs, "gold files do not match documents")
keys = {}
for d in docs:
    g = json.load(open(os.path.join(GOLD, d + ".json"), encoding="utf-8"))
    T = text_of(d); where = d
    def has(v, what):
        need(isinstance(v, str) and fold(v) in T, f"{where}: {what} {v!r} not found")
    need(g.get("file") == d and isinstance(g.get("records"), list) and g["records"], f"{d}: bad top level")
    keys[d] = set()
    for r in g["records"]:
        where = f"{d} [{r.get('key')}]"
        need(r.get("key") not in keys[d], f"{where}: duplicate key"); keys[d].add(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == IKEYS, f"{where}: keys {sorted(set(r) ^ IKEYS)}")
            need(r["key"] == "index " + r["section"], f"{where}: key")
            has("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), "index row")
            continue
        need(r.get("kind") == "project" and set(r) == PKEYS, f"{where}: keys {sorted(set(r) ^ PKEYS)}")
        if r["section"] is not None: has(r["section"], "section"); need(r["key"] == r["section"], f"{where}: key/section")
        has(r["title"], "title")
        for c in r["carriers"] + r["partners"]: has(c, "organisation")
        t = r["territory"]
        need(isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}", x) for x in t["departments"]), f"{where}: departments")
        has(t["value"], "territory")
        need(r["year"] is None or (isinstance(r["year"], int) and str(r["year"]) in T), f"{where}: year")
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance"), f"{where}: mode")
        for q in ("households", "housing_units"):
            v = r[q]
            if v is None: continue
            need(isinstance(v["min"], int) and isinstance(v["max"], int) and v["min"] <= v["max"], f"{where}: {q} min/max")
            need(v["per"] in ("total", "year") and isinstance(v["approximate"], bool), f"{where}: {q} per/approximate")
            if not v["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % v["min"], T) is not None, f"{where}: {q} {v['min']} not found")
            if "unit" in v: has(v["unit"], "unit")
        du = r["duration"]
        if du:
            need(isinstance(du["months"], int) and isinstance(du["renewable"], bool), f"{where}: duration types")
            for k in ("start", "end"):
                if du[k]: has(du[k], "duration " + k)
        co = r["cost"]
        if co:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if co[k] is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", co[k]) is not None, f"{where}: {k} not decimal")
                    has(spaced(co[k]), k)
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{where}: funding keys")
            has(f["source"], "funder")
            if f["eur"]: has(spaced(f["eur"]), "funding eur")
            if f["share_percent"]: has(f["share_percent"] + " %", "share")
        for c in r["contacts"]:
            need({"name", "email", "phone"} <= set(c), f"{where}: contact keys")
            has(c["name"], "contact name")
            if c["email"]: has(c["email"], "email")
            if c["phone"]: has(c["phone"], "phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for m in c["records"]:
        need(m["file"] in keys and m["key"] in keys[m["file"]], f"clusters: unknown record {m}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
