#!/usr/bin/env python3
"""Validate the gold files of holdout337 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
Q_KEYS = {"min", "max", "per", "approximate"}

def need(cond, where, msg):
    if not cond: err(f"{where}: {msg}")

def found(text, value, where, what):
    if value is None: return
    need(fold(str(value)) in text, where, f"{what} {value!r} not found in document")

def check_q(q, where, text, name):
    if q is None: return
    need(isinstance(q, dict) and Q_KEYS <= set(q) and set(q) <= Q_KEYS | {"unit"}, where, f"{name} keys {q}")
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], where, f"{name} min/max")
    need(q.get("per") in ("total", "year"), where, f"{name} per")
    need(isinstance(q.get("approximate"), bool), where, f"{name} approximate")
    if "unit" in q: found(text, q["unit"], where, f"{name} unit")
    if not q.get("approximate") or q["min"] == q["max"]:
        need(re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text) is not None, where, f"{name} count {q['min']} not found")

def check_project(r, where, text):
    need(set(r) == PROJECT_KEYS, where, f"keys {sorted(set(r) ^ PROJECT_KEYS)}")
    need(isinstance(r["key"], str) and r["key"], where, "key")
    for k in ("section", "section_as_written", "title"):
        need(r[k] is None or isinstance(r[k], str), where, f"{k} type")
        found(text, r[k], where, k)
    for k in ("carriers", "partners"):
        need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), where, f"{k} type")
        for x in r[k]: found(text, x, where, k[:-1])
    t = r["territory"]
    if t is not None:
        need(set(t) == {"value", "departments"} and isinstance(t["departments"], list), where, "territory shape")
        found(text, t["value"], where, "territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}|2[AB]", d) is not None, where, f"department {d}")
    need(r["year"] is None or isinstance(r["year"], int), where, "year type")
    if r["year"] is not None: found(text, r["year"], where, "year")
    need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), where, "mode")
    check_q(r["households"], where, text, "households")
    check_q(r["housing_units"], where, text, "housing_units")
    d = r["duration"]
    if d is not None:
        need(set(d) == {"months", "start", "end", "renewable"}, where, "duration keys")
        need(d["months"] is None or isinstance(d["months"], int), where, "months type")
        need(isinstance(d["renewable"], bool), where, "renewable type")
        for k in ("start", "end"):
            need(d[k] is None or re.fullmatch(r"\d{4}", d[k]) is not None, where, f"duration {k}")
            found(text, d[k], where, f"duration {k}")
    c = r["cost"]
    if c is not None:
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, where, "cost keys")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None, where, f"{k} format")
                found(text, spaced(v), where, k)
    need(isinstance(r["funding"], list), where, "funding type")
    for f in r["funding"]:
        need(set(f) == {"source", "eur", "share_percent"}, where, "funding keys")
        found(text, f["source"], where, "funder")
        if f["eur"] is not None: found(text, spaced(f["eur"]), where, "funding eur")
        if f["share_percent"] is not None: found(text, f["share_percent"] + " %", where, "share")
    need(isinstance(r["contacts"], list), where, "contacts type")
    for k in r["contacts"]:
        need(set(k) <= {"name", "email", "phone", "role", "organisation"} and "name" in k, where, "contact keys")
        for f in ("name", "email", "phone", "role", "organisation"):
            found(text, k.get(f), where, f"contact {f}")

def check_index(r, where, text):
    need(set(r) == INDEX_KEYS, where, "index_row keys")
    need(r["key"] == "index " + r["section"], where, "index key")
    row = fold("\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]]))
    raw = [fold(l) for l in text_raw.splitlines()]
    need(any(row == l.strip() for l in raw), where, "index row not found as a line")

docs = sorted(os.listdir(DOCS))
gold_files = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(gold_files == sorted(d + ".json" for d in docs), "gold", f"gold files {gold_files} vs documents {docs}")
keys_by_file = {}
for g in gold_files:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    need(set(data) == {"file", "records"} and data["file"] + ".json" == g, g, "top-level shape / file name")
    text_raw = read_doc(data["file"])
    text = fold(text_raw)
    keys = [r["key"] for r in data["records"]]
    need(len(keys) == len(set(keys)), g, "duplicate keys")
    keys_by_file[data["file"]] = set(keys)
    for r in data["records"]:
        where = f"{g} [{r.get('key')}]"
        if r.get("kind") == "project": check_project(r, where, text)
        elif r.get("kind") == "index_row": check_index(r, where, text)
        else: err(f"{where}: kind {r.get('kind')}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(set(cl) == {"clusters"} and isinstance(cl["clusters"], list) and cl["clusters"], "clusters.json", "shape")
for c in cl["clusters"]:
    need(set(c) == {"records", "why"} and isinstance(c["why"], str) and len(c["records"]) >= 2, "clusters.json", "cluster shape")
    for rec in c["records"]:
        need(rec.get("key") in keys_by_file.get(rec.get("file"), set()), "clusters.json", f"unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
