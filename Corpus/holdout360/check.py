#!/usr/bin/env python3
"""Validate holdout360 gold files: shape, keys, types, values found in documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind", "key", "section", "title", "carriers", "partners", "territory", "year", "mode", "households",
         "housing_units", "duration", "cost", "funding", "contacts"}
def need(cond, msg):
    if not cond: errors.append(msg)
def found(text, val, where):
    need(fold(val) in text, f"{where}: {val!r} not found in document")
def quantity(q, where, text):
    if q is None: return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), f"{where}: bad quantity")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year"), f"{where}: per"); need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if not q["approximate"]: found(text, str(q["min"]), where)
    if "unit" in q: found(text, q["unit"], where + " unit")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    doc = g[:-5]; text = fold(read(doc)); where0 = g
    need(data.get("file") == doc, f"{g}: file"); need(isinstance(data.get("records"), list) and data["records"], f"{g}: records")
    keys[doc] = set()
    for r in data["records"]:
        w = f"{where0}:{r.get('key')}"
        need(r.get("key") not in keys[doc], f"{w}: duplicate key"); keys[doc].add(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == {"kind", "key", "section", "localisation", "organisme", "page"}, f"{w}: index keys")
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            for k in ("section", "localisation", "organisme", "page"): found(text, r[k], f"{w} {k}")
            continue
        need(r.get("kind") == "project", f"{w}: kind"); need(PKEYS <= set(r), f"{w}: missing {PKEYS - set(r)}")
        if r.get("section"): found(text, r["section"], w + " section")
        if r.get("title"): found(text, r["title"], w + " title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}: {k} list")
            for v in r[k]: found(text, v, f"{w} {k}")
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w + " territory")
            need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]), f"{w}: departments")
        if r["year"] is not None: need(isinstance(r["year"], int), f"{w}: year"); found(text, str(r["year"]), w + " year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        quantity(r["households"], w + " households", text); quantity(r["housing_units"], w + " housing", text)
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}: duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}: months")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], f"{w} duration {k}")
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, f"{w}: {k} decimal"); found(text, spaced(v), f"{w} {k}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys"); found(text, f["source"], w + " funder")
            if f["eur"]: found(text, spaced(f["eur"]), w + " funding eur")
            if f["share_percent"]: found(text, f["share_percent"] + " %", w + " share")
        for p in r["contacts"]:
            need({"name", "email", "phone"} <= set(p), f"{w}: contact keys"); found(text, p["name"], w + " contact")
            for k in ("email", "phone"):
                if p[k]: found(text, p[k], f"{w} contact {k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters: list")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and c["why"], "clusters: why")
    need(len(c.get("records", [])) >= 2, "clusters: records")
    for rec in c["records"]:
        need(rec.get("key") in keys.get(rec.get("file"), ()), f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
