#!/usr/bin/env python3
"""Validate holdout407 gold files: shape, keys, types, and that each value's text is in its document.
Standard library only. Prints OK when everything passes."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            errors.append(f"{name}: expected Windows-1252 bytes, file decodes as UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, value, what, fname):
    if value is None:
        return
    if fold(str(value)) not in doc:
        errors.append(f"{fname}: {what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, fname, what):
    if q is None:
        return
    if not isinstance(q, dict):
        errors.append(f"{fname}: {what} not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            errors.append(f"{fname}: {what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        errors.append(f"{fname}: {what}.per {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(f"{fname}: {what} min > max")
    if q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(q["min"])) + r"(?![\d])", doc):
            errors.append(f"{fname}: {what} {q['min']} not found")
    if "unit" in q:
        need(doc, q["unit"], what + ".unit", fname)

def check_file(gpath):
    fname = os.path.basename(gpath)
    g = json.load(open(gpath, encoding="utf-8"))
    docname = g.get("file")
    if docname + ".json" != fname:
        errors.append(f"{fname}: 'file' {docname!r} does not match the gold file name"); return set()
    if not os.path.exists(os.path.join(DOCS, docname)):
        errors.append(f"{fname}: document missing"); return set()
    doc = load_doc(docname)
    keys = set()
    if not isinstance(g.get("records"), list) or not g["records"]:
        errors.append(f"{fname}: no records"); return keys
    for r in g["records"]:
        k = r.get("key")
        if k in keys:
            errors.append(f"{fname}: duplicate key {k!r}")
        keys.add(k)
        where = f"{fname} [{k}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                errors.append(f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            if k != "index " + str(r.get("section")):
                errors.append(f"{where}: key does not match section")
            for f in ("section", "localisation", "organisme", "page"):
                need(doc, r.get(f), f, where)
            continue
        if r.get("kind") != "project":
            errors.append(f"{where}: kind {r.get('kind')!r}"); continue
        if set(r) != PROJECT_KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        need(doc, r.get("section"), "section", where)
        need(doc, r.get("title"), "title", where)
        for f in ("carriers", "partners", "funding", "contacts"):
            if not isinstance(r.get(f), list):
                errors.append(f"{where}: {f} not a list")
        for c in r.get("carriers", []) + r.get("partners", []):
            need(doc, c, "organisation", where)
        t = r.get("territory")
        if t is not None:
            if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                errors.append(f"{where}: territory.departments")
            need(doc, t.get("value"), "territory", where)
        if r.get("year") is not None:
            if not isinstance(r["year"], int):
                errors.append(f"{where}: year type")
            need(doc, r["year"], "year", where)
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
            errors.append(f"{where}: mode {r.get('mode')!r}")
        check_q(r.get("households"), doc, where, "households")
        check_q(r.get("housing_units"), doc, where, "housing_units")
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                errors.append(f"{where}: duration shape")
            if d["months"] is not None and not isinstance(d["months"], int):
                errors.append(f"{where}: duration.months type")
            need(doc, d.get("start"), "duration.start", where)
            need(doc, d.get("end"), "duration.end", where)
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                errors.append(f"{where}: cost shape")
            for f, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v):
                        errors.append(f"{where}: cost.{f} {v!r} not a decimal string")
                    else:
                        need(doc, spaced(v), "cost." + f, where)
        for f in r.get("funding", []):
            if set(f) != {"source", "eur", "share_percent"}:
                errors.append(f"{where}: funding shape")
            need(doc, f.get("source"), "funding.source", where)
            if f.get("eur") is not None:
                need(doc, spaced(f["eur"]), "funding.eur", where)
            if f.get("share_percent") is not None and not re.search(
                    r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", doc):
                errors.append(f"{where}: share {f['share_percent']} % not found")
        for p in r.get("contacts", []):
            if not isinstance(p.get("name"), str):
                errors.append(f"{where}: contact without name")
            for f in ("name", "email", "phone"):
                need(doc, p.get(f), "contact." + f, where)
    return keys

all_keys = {}
for fn in sorted(os.listdir(GOLD)):
    if fn.endswith(".json") and fn != "clusters.json":
        all_keys[fn[:-5]] = check_file(os.path.join(GOLD, fn))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in all_keys:
        errors.append(f"{d}: no gold file")
if len(docs) != 7:
    errors.append(f"expected 7 documents, found {len(docs)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        errors.append("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in all_keys.get(rec.get("file"), set()):
            errors.append(f"clusters.json: {rec} not a gold record")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
