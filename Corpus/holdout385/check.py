#!/usr/bin/env python3
"""Validate holdout385 gold files: shape, keys, types, and values found in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, doc, where):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{where}: bad quantity shape"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q["per"] not in ("total", "year"): err(f"{where}: per")
    if not isinstance(q["approximate"], bool): err(f"{where}: approximate")
    if not q["approximate"] and not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9]| [0-9]{3}(?![0-9]))", doc):
        err(f"{where}: count {q['min']} not in document")
    if "unit" in q: found(doc, q["unit"], where + ".unit")

def check_amount(a, doc, where):
    if a is None: return
    if not (isinstance(a, str) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", a)):
        err(f"{where}: amount must be a decimal string"); return
    if spaced(a) not in doc: err(f"{where}: {spaced(a)} not in document")

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("section", "title"):
        if r.get(k) is not None: found(doc, r[k], f"{where}.{k}")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: list expected"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], where + ".territory")
        if not all(isinstance(d, str) and re.fullmatch(r"[0-9]{2,3}", d) for d in t["departments"]):
            err(f"{where}: departments")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}: year type")
        found(doc, str(r["year"]), where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES: err(f"{where}: mode")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        if not (d["months"] is None or isinstance(d["months"], int)): err(f"{where}: months")
        for k in ("start", "end"):
            if d[k] is not None: found(doc, d[k], f"{where}.duration.{k}")
        if not isinstance(d["renewable"], bool): err(f"{where}: renewable")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k in c: check_amount(c[k], doc, f"{where}.cost.{k}")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
        found(doc, f["source"], where + ".funding.source")
        check_amount(f["eur"], doc, where + ".funding.eur")
        if f["share_percent"] is not None and f["share_percent"] + " %" not in doc:
            err(f"{where}: share {f['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list): err(f"{where}: contacts")
    for p in r.get("contacts", []):
        if set(p) != {"name", "email", "phone"}: err(f"{where}: contact keys")
        for k in ("name", "email", "phone"):
            if p[k] is not None: found(doc, p[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if golds != [d + ".json" for d in docs]: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = data.get("file")
        if name + ".json" != g: err(f"{g}: file field {name!r}")
        doc = read_doc(name)
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            where = f"{g}[{i}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{where}: index keys")
                if r["key"] != "index " + r["section"]: err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"): found(doc, r[k], f"{where}.{k}")
            else: err(f"{where}: kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters: shape")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()): err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
