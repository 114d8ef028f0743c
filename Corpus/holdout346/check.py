#!/usr/bin/env python3
"""Validate holdout346 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def doc_text(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return fold(s)

def need(cond, where, msg):
    if not cond:
        errors.append(f"{where}: {msg}")

def found(text, value, where, what):
    need(fold(value) in text, where, f"{what} {value!r} not found in document")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def check_q(q, where, text, name):
    if q is None:
        return
    need(isinstance(q, dict), where, f"{name} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), t), where, f"{name}.{k} missing or wrong type")
    need(q.get("per") in ("total", "year"), where, f"{name}.per invalid")
    need(q["min"] <= q["max"], where, f"{name} min > max")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text), where, f"{name} {q['min']} not in text")
    if "unit" in q:
        found(text, q["unit"], where, f"{name}.unit")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, "documents", f"expected 7 documents, got {len(docs)}")
need(sorted(f[:-5] for f in files) == docs, "gold", "one gold file per document expected")
keys_by_file = {}
for f in files:
    g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    name = f[:-5]
    need(g.get("file") == name, f, "file field mismatch")
    text = doc_text(name)
    keys = []
    for r in g.get("records", []):
        w = f"{f}#{r.get('key')}"
        keys.append(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == set(INDEX_KEYS), w, "index row keys")
            need(r["key"] == "index " + r["section"], w, "index key")
            for k in ("section", "localisation", "organisme", "page"):
                found(text, r[k], w, k)
            continue
        need(r.get("kind") == "project", w, "kind")
        need(set(r) <= set(PROJECT_KEYS) and set(PROJECT_KEYS) - set(r) <= {"mode"}, w, "project keys")
        if r.get("section"):
            found(text, r["section"], w, "section")
        need(isinstance(r["title"], str), w, "title type")
        found(text, r["title"], w, "title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), w, k)
            for v in r[k]:
                found(text, v, w, k)
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w, "territory")
            need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), w, "departments")
            for d in t["departments"] if "(" in t["value"] else []:
                need(f"({d})" in text, w, f"département code ({d}) not in text")
        if r["year"] is not None:
            need(isinstance(r["year"], int) and str(r["year"]) in text, w, "year")
        if "mode" in r:
            need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), w, "mode")
        check_q(r["households"], w, text, "households")
        check_q(r["housing_units"], w, text, "housing_units")
        d = r["duration"]
        if d is not None:
            need(isinstance(d.get("months"), int) and isinstance(d.get("renewable"), bool), w, "duration types")
            for k in ("start", "end"):
                if d.get(k):
                    found(text, d[k], w, f"duration.{k}")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                need(v is None or (isinstance(v, str) and v.isdigit()), w, f"cost.{k} type")
                if v:
                    found(text, spaced(v), w, f"cost.{k}")
        for fu in r["funding"]:
            need(set(fu) == {"source", "eur", "share_percent"}, w, "funding keys")
            found(text, fu["source"], w, "funding source")
            if fu["share_percent"]:
                found(text, fu["share_percent"] + " %", w, "share")
            if fu["eur"]:
                found(text, spaced(fu["eur"]), w, "funding eur")
        for ct in r["contacts"]:
            need({"name", "email", "phone"} <= set(ct), w, "contact keys")
            for k in ("name", "email", "phone"):
                if ct.get(k):
                    found(text, ct[k], w, f"contact {k}")
    need(len(keys) == len(set(keys)), f, "duplicate keys")
    keys_by_file[name] = set(keys)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters", "shape")
    for rec in c["records"]:
        need(rec["key"] in keys_by_file.get(rec["file"], ()), "clusters", f"unknown record {rec}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
