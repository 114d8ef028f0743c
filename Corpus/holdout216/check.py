#!/usr/bin/env python3
"""Validate holdout216 gold files: shape, keys, types, and that values are found in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, what, f):
    if fold(value) not in doc:
        errors.append(f"{f}: {what} not found: {value!r}")

def spaced(eur):
    n = int(eur); s = f"{n:,}".replace(",", " ")
    return s

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, f, what, doc):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): errors.append(f"{f}: {what}.{k} bad type")
    if q.get("per") not in ("total", "year"): errors.append(f"{f}: {what}.per bad")
    if q["min"] > q["max"]: errors.append(f"{f}: {what} min>max")
    if not q["approximate"]:
        found(doc, str(q["min"]), what + ".min", f)
        found(doc, str(q["max"]), what + ".max", f)
    if "unit" in q: found(doc, q["unit"], what + ".unit", f)

gold_files = sorted(x for x in os.listdir(GOLD) if x.endswith(".json") and x != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(g[:-5] for g in gold_files) != docs:
    errors.append(f"gold files {gold_files} do not match documents {docs}")
keys_by_file = {}
for g in gold_files:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file")
    if f != g[:-5]: errors.append(f"{g}: file field {f!r}")
    doc = load_doc(f)
    if not isinstance(data.get("records"), list) or not data["records"]:
        errors.append(f"{g}: no records"); continue
    keys = [r.get("key") for r in data["records"]]
    if len(set(keys)) != len(keys): errors.append(f"{g}: duplicate keys")
    keys_by_file[f] = set(keys)
    for r in data["records"]:
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: errors.append(f"{g}: index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: errors.append(f"{g}: index key {r['key']}")
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r[k], str): errors.append(f"{g}: {k} type")
                else: found(doc, r[k], k, g)
            continue
        if r.get("kind") != "project": errors.append(f"{g}: kind {r.get('kind')}"); continue
        if set(r) != PROJECT_KEYS: errors.append(f"{g}: project keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            found(doc, r["section"], "section", g)
            if r["key"] != r["section"]: errors.append(f"{g}: key/section")
        if r["title"] is not None: found(doc, r["title"], "title", g)
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): errors.append(f"{g}: {k} type")
            for v in r[k]: found(doc, v, k, g)
        t = r["territory"]
        if t is not None:
            found(doc, t["value"], "territory", g)
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]):
                errors.append(f"{g}: departments {t['departments']}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errors.append(f"{g}: year type")
            found(doc, str(r["year"]), "year", g)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(f"{g}: mode")
        check_q(r["households"], g, "households", doc)
        check_q(r["housing_units"], g, "housing_units", doc)
        d = r["duration"]
        if d is not None:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
                errors.append(f"{g}: duration types")
            for k in ("start", "end"):
                if d.get(k) is not None: found(doc, d[k], "duration." + k, g)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errors.append(f"{g}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{g}: cost {k} {v!r}")
                    else: found(doc, spaced(v), "cost." + k, g)
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: errors.append(f"{g}: funding keys")
            found(doc, fu["source"], "funding.source", g)
            if fu["eur"] is not None: found(doc, spaced(fu["eur"]), "funding.eur", g)
            if fu["share_percent"] is not None: found(doc, fu["share_percent"] + " %", "funding.share", g)
        for ct in r["contacts"]:
            if set(ct) - {"name", "email", "phone", "role", "organisation"} or "name" not in ct:
                errors.append(f"{g}: contact keys")
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None: found(doc, ct[k], "contact." + k, g)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errors.append("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], set()): errors.append(f"clusters: unknown {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
