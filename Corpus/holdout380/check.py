#!/usr/bin/env python3
"""Validate holdout380 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    s = re.sub(r"<[^>]+>", " ", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def spaced(eur):
    d = str(eur); out = ""
    while len(d) > 3: out = " " + d[-3:] + out; d = d[:-3]
    return d + out

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); err(f"{name}: cp1252 file is valid UTF-8")
        except UnicodeDecodeError: pass
        return b.decode("cp1252")
    return b.decode("utf-8")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def need(cond, where, msg):
    if not cond: err(f"{where}: {msg}")

def found(text, value, where, what):
    if value is None: return
    if fold(str(value)) not in text: err(f"{where}: {what} {value!r} not found in document")

def check_q(qv, where, text, name):
    if qv is None: return
    need(isinstance(qv, dict), where, f"{name} not an object")
    for k in ("min", "max", "per", "approximate"): need(k in qv, where, f"{name} lacks {k}")
    need(isinstance(qv["min"], int) and isinstance(qv["max"], int) and qv["min"] <= qv["max"], where, f"{name} min/max")
    need(qv["per"] in ("total", "year"), where, f"{name} per")
    need(isinstance(qv["approximate"], bool), where, f"{name} approximate")
    if not qv["approximate"] and qv["min"] == qv["max"]:
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(qv["min"]) + r"(?![0-9])", text): err(f"{where}: {name} {qv['min']} not in document")
    if "unit" in qv: found(text, qv["unit"], where, f"{name} unit")
    for b in qv.get("breakdown", []):
        found(text, b["label"], where, "breakdown label"); found(text, str(b["min"]), where, "breakdown count")

files = sorted(os.listdir(DOCS))
need(len(files) == 7, "documents", f"{len(files)} files, expected 7")
seen = {}
for f in files:
    gp = os.path.join(GOLD, f + ".json")
    if not os.path.exists(gp): err(f"{f}: no gold file"); continue
    g = json.load(open(gp, encoding="utf-8"))
    need(g.get("file") == f, f, "file name mismatch")
    text = fold(read_doc(f))
    keys = set()
    for r in g["records"]:
        where = f"{f} [{r.get('key')}]"
        need(r.get("key") not in keys, where, "duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            need(set(r) == INDEX_KEYS, where, f"keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], where, "index key")
            for k in ("section", "localisation", "organisme", "page"): found(text, r[k], where, k)
            continue
        need(r["kind"] == "project", where, "kind")
        need(set(r) == PROJECT_KEYS, where, f"keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            need(r["key"] == r["section"], where, "key != section"); found(text, r["section"] + ".", where, "section")
        found(text, r["title"], where, "title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), where, k)
            for x in r[k]: found(text, x, where, k)
        t = r["territory"]
        if t is not None:
            need(isinstance(t["value"], str) and isinstance(t["departments"], list), where, "territory shape")
            found(text, t["value"], where, "territory")
            for d in t["departments"]: need(re.fullmatch(r"\d{2,3}", d) and int(d) % 2 == 0, where, f"department {d}")
        if r["year"] is not None:
            need(isinstance(r["year"], int), where, "year type"); found(text, str(r["year"]), where, "year")
        need(r["mode"] is None or r["mode"] in MODES, where, "mode")
        check_q(r["households"], where, text, "households")
        check_q(r["housing_units"], where, text, "housing_units")
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, where, "duration keys")
            need(d["months"] is None or isinstance(d["months"], int), where, "months type")
            for k in ("start", "end"): found(text, d[k], where, "duration " + k)
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, where, "cost keys")
            for k, v in c.items():
                if v is not None:
                    need(isinstance(v, str) and v.isdigit(), where, f"{k} not a decimal string")
                    found(text, spaced(v), where, k)
        for fu in r["funding"]:
            need(set(fu) == {"source", "eur", "share_percent"}, where, "funding keys")
            found(text, fu["source"], where, "funder")
            if fu["eur"]: found(text, spaced(fu["eur"]), where, "funding eur")
            if fu["share_percent"]: found(text, fu["share_percent"] + " %", where, "share")
        need(len(r["contacts"]) >= 1, where, "no contact")
        for ct in r["contacts"]:
            need(set(ct) == {"name", "email", "phone"}, where, "contact keys")
            found(text, ct["name"], where, "contact name"); found(text, ct["email"], where, "e-mail"); found(text, ct["phone"], where, "phone")
    seen[f] = keys

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and len(cl["clusters"]) == 1, "clusters.json", "expected one cluster")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["why"]) > 40, "clusters.json", "why")
    need(len(c["records"]) == 2, "clusters.json", "two records")
    for rec in c["records"]:
        need(rec["key"] in seen.get(rec["file"], set()), "clusters.json", f"unknown record {rec}")

extra = set(os.listdir(GOLD)) - {f + ".json" for f in files} - {"clusters.json"}
need(not extra, "gold", f"unexpected files {sorted(extra)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
