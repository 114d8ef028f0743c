#!/usr/bin/env python3
"""Validate holdout444 gold files: shape, keys, types, and values found in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "oe")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)
def read(name):
    b = open(os.path.join(DOC, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")
def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJ = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
        "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
IDX = ["kind", "key", "section", "localisation", "organisme", "page"]
def q_ok(q, where, text):
    if q is None: return
    if not isinstance(q, dict): return err(where + ": not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: bad {k}")
    if q.get("per") not in ("total", "year"): err(where + ": per")
    if q["min"] > q["max"]: err(where + ": min > max")
    if not q["approximate"] and str(q["min"]) not in text: err(f"{where}: {q['min']} not in document")
    if "unit" in q and fold(q["unit"]) not in text: err(f"{where}: unit {q['unit']} not in document")
docs = sorted(os.listdir(DOC)); golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [d + ".json" for d in docs] != golds: err(f"documents {docs} vs gold {golds}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: err(g + ": file name"); continue
    t = fold(read(name)); keys[name] = set()
    for r in data["records"]:
        w = f"{name}[{r.get('key')}]"; keys[name].add(r.get("key"))
        need = PROJ if r.get("kind") == "project" else IDX if r.get("kind") == "index_row" else None
        if need is None: err(w + ": kind"); continue
        miss = [k for k in need if k not in r]
        if miss: err(f"{w}: missing {miss}")
        if r["kind"] == "index_row":
            for k in ("section", "localisation", "organisme", "page"):
                if fold(r[k]) not in t: err(f"{w}: {k} {r[k]!r} not found")
            continue
        for k in ("section", "title"):
            if r[k] is not None and fold(r[k]) not in t: err(f"{w}: {k} {r[k]!r} not found")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} not a list")
            for v in r[k]:
                if fold(v) not in t: err(f"{w}: {k} {v!r} not found")
        tr = r["territory"]
        if tr is not None:
            if fold(tr["value"]) not in t: err(f"{w}: territory {tr['value']!r} not found")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in tr["departments"]): err(w + ": departments")
        if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in t): err(w + ": year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(w + ": mode")
        q_ok(r["households"], w + ".households", t); q_ok(r["housing_units"], w + ".housing_units", t)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): err(w + ": duration shape")
            for k in ("start", "end"):
                if d[k] is not None and d[k] not in t: err(f"{w}: duration {k} not found")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                if v == "missing": err(f"{w}: cost.{k} missing")
                elif v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost.{k} not decimal")
                    elif spaced(v) not in t: err(f"{w}: cost.{k} {v} not found")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(w + ": funding shape")
            if fold(f["source"]) not in t: err(f"{w}: funder {f['source']} not found")
            if f["eur"] is not None and spaced(f["eur"]) not in t: err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"] is not None and f["share_percent"] + " %" not in t: err(f"{w}: share {f['share_percent']}")
        for p in r["contacts"]:
            if not {"name", "email", "phone"} <= set(p): err(w + ": contact shape")
            for k in ("name", "email", "phone"):
                if p.get(k) is not None and fold(p[k]) not in t: err(f"{w}: contact {k} {p[k]!r} not found")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: {rec} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
