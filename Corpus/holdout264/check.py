#!/usr/bin/env python3
"""Validate holdout264 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")
def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def has(text, val, what):
    if fold(val) not in text: err(f"{what}: {val!r} not found")
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"]
IDX = ["kind","key","section","localisation","organisme","page"]
def q(v, text, what):
    if v is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(v.get(k), t): err(f"{what}.{k} type")
    if v.get("per") not in ("total", "year"): err(f"{what}.per value")
    if v["min"] > v["max"]: err(f"{what} min>max")
    if not v["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % v["min"], text): err(f"{what} {v['min']} not found")
    if "unit" in v: has(text, v["unit"], what + ".unit")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: err(f"{g}: file field {name}"); continue
    text = fold(read(name)); keys[name] = set()
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records")
    for r in data["records"]:
        w = f"{g}:{r.get('key')}"
        if r.get("key") in keys[name]: err(f"{w}: duplicate key")
        keys[name].add(r.get("key"))
        if r.get("kind") == "index_row":
            if sorted(r) != sorted(IDX): err(f"{w}: keys {sorted(r)}")
            for k in ("section","localisation","organisme","page"): has(text, r[k], f"{w}.{k}")
            has(text, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), f"{w} row")
            continue
        if r.get("kind") != "project" or sorted(r) != sorted(PROJ): err(f"{w}: kind/keys {sorted(r)}"); continue
        if r["section"]: has(text, r["section"], w + ".section")
        if r["title"]: has(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{w}.{k} type")
            for v in r[k]: has(text, v, f"{w}.{k}")
        t = r["territory"]
        if t:
            has(text, t["value"], w + ".territory")
            if not t["departments"] or not all(isinstance(d, str) and d.isdigit() for d in t["departments"]): err(f"{w}.departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}.year type")
            has(text, str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode")
        q(r["households"], text, w + ".households"); q(r["housing_units"], text, w + ".housing_units")
        d = r["duration"]
        if d:
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}.duration types")
            for k in ("start", "end"):
                if d[k]: has(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if c[k] is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f"{w}.cost.{k} format")
                    else: has(text, spaced(c[k]), f"{w}.cost.{k}")
        for f in r["funding"]:
            has(text, f["source"], w + ".funding")
            if f["eur"]: has(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]: has(text, f["share_percent"] + " %", w + ".funding.share")
        for ct in r["contacts"]:
            has(text, ct["name"], w + ".contact")
            if ct["email"]: has(text, ct["email"], w + ".email")
            if ct["phone"]: has(text, ct["phone"], w + ".phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("cluster shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"cluster record {rec} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
