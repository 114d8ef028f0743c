#!/usr/bin/env python3
"""Validate holdout363 gold files: shape, keys, types, and values found in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    s = re.sub(r"<[^>]+>", " ", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, text):
    if q is None:
        return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), f"{where}: quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year"), f"{where}: per")
    need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) is not None, f"{where}: {q['min']} not in document")
    if "unit" in q:
        need(fold(q["unit"]) in text, f"{where}: unit {q['unit']} not in document")

docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"expected 7 documents, found {len(docs)}")
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        errors.append(f"missing gold for {name}"); continue
    g = json.load(open(path, encoding="utf-8"))
    need(g.get("file") == name, f"{name}: file field")
    text = fold(read_doc(name))
    keys = set()
    for r in g["records"]:
        w = f"{name}#{r.get('key')}"
        need(r.get("key") not in keys, f"{w}: duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
            for k in ("section", "localisation", "organisme", "page"):
                need(isinstance(r[k], str) and fold(r[k]) in text, f"{w}: {k} not in document")
            continue
        need(r["kind"] == "project", f"{w}: kind")
        need(set(r) == PROJECT_KEYS, f"{w}: project keys {sorted(set(r) ^ PROJECT_KEYS)}")
        for k in ("section", "title"):
            if r[k] is not None:
                need(isinstance(r[k], str) and fold(r[k]) in text, f"{w}: {k} {r[k]!r} not in document")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}: {k} list")
            for v in r[k]:
                need(fold(v) in text, f"{w}: {k} {v!r} not in document")
        t = r["territory"]
        if t is not None:
            need(fold(t["value"]) in text, f"{w}: territory not in document")
            need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), f"{w}: departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int) and str(r["year"]) in text, f"{w}: year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], w + " households", text)
        check_q(r["housing_units"], w + " housing_units", text)
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}: duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}: months")
            for k in ("start", "end"):
                need(d[k] is None or (isinstance(d[k], str) and d[k] in text), f"{w}: duration {k}")
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(isinstance(v, str) and v.isdigit() and spaced(v) in text, f"{w}: cost {k} {v} not in document")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            need(fold(f["source"]) in text, f"{w}: funder {f['source']} not in document")
            if f["eur"] is not None:
                need(spaced(f["eur"]) in text, f"{w}: funding eur")
            if f["share_percent"] is not None:
                need(re.search(re.escape(f["share_percent"]) + r" ?%", text) is not None, f"{w}: share")
        need(isinstance(r["contacts"], list), f"{w}: contacts list")
        for k in r["contacts"]:
            need(set(k) == {"name", "email", "phone"}, f"{w}: contact keys")
            need(fold(k["name"]) in text, f"{w}: contact {k['name']} not in document")
            for kk in ("email", "phone"):
                if k[kk] is not None:
                    need(fold(k[kk]) in text, f"{w}: contact {kk} not in document")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters list")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rec in c["records"]:
        p = os.path.join(GOLD, rec["file"] + ".json")
        need(os.path.exists(p) and any(r["key"] == rec["key"] for r in json.load(open(p, encoding="utf-8"))["records"]),
             f"cluster record {rec} not found")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
