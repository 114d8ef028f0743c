#!/usr/bin/env python3
"""Validate the gold files of holdout401 against their documents (standard library only)."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a, b in (("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

def is_type(v, types, where, nullable=False):
    if v is None and nullable:
        return True
    if not isinstance(v, types) or isinstance(v, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        err(f"{where}: bad type {type(v).__name__}")
        return False
    return True

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, doc, where):
    if q is None:
        return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
            return
    is_type(q["min"], int, where + ".min"); is_type(q["max"], int, where + ".max")
    is_type(q["approximate"], bool, where + ".approximate")
    if q["per"] not in ("total", "year"):
        err(f"{where}: per {q['per']!r}")
    if q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q["approximate"]:
        need(doc, str(q["min"]), where + ".min")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
            return
    is_type(r["key"], str, where + ".key")
    is_type(r["section"], str, where + ".section", True)
    need(doc, r["section"], where + ".section")
    if r["key"] != "document":
        need(doc, r["key"], where + ".key")
    is_type(r["title"], str, where + ".title", True)
    need(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if is_type(r[f], list, where + "." + f):
            for x in r[f]:
                is_type(x, str, where + "." + f); need(doc, x, where + "." + f)
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or set(t) != {"value", "departments"}:
            err(f"{where}.territory: bad shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}.territory: bad code {d}")
    if r["year"] is not None:
        is_type(r["year"], int, where + ".year"); need(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: {r['mode']!r}")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}.duration: missing {k}")
        is_type(d.get("months"), int, where + ".duration.months", True)
        is_type(d.get("renewable"), bool, where + ".duration.renewable")
        need(doc, d.get("start"), where + ".duration.start"); need(doc, d.get("end"), where + ".duration.end")
    c = r["cost"]
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}.cost: missing {k}")
                continue
            v = c[k]
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(doc, spaced(int(v)), where + ".cost." + k)
    if is_type(r["funding"], list, where + ".funding"):
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding: bad shape {f}")
                continue
            need(doc, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                need(doc, spaced(int(f["eur"])), where + ".funding.eur")
            if f["share_percent"] is not None:
                need(doc, f["share_percent"] + " %", where + ".funding.share")
    if is_type(r["contacts"], list, where + ".contacts"):
        for p in r["contacts"]:
            if not {"name", "email", "phone"} <= set(p):
                err(f"{where}.contacts: bad shape {p}")
                continue
            need(doc, p["name"], where + ".contacts.name")
            need(doc, p["email"], where + ".contacts.email")
            need(doc, p["phone"], where + ".contacts.phone")

def check_index(r, doc, where):
    for k in INDEX_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
            return
    if r["key"] != "index " + r["section"]:
        err(f"{where}: key does not match section")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    need(doc, row, where + ".row")

files = sorted(os.listdir(DOCS))
for name in files:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        err(f"no gold for {name}")
        continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        err(f"{gp}: bad header")
        continue
    doc = load_doc(name)
    keys = set()
    for i, r in enumerate(g["records"]):
        where = f"{name}[{i}]"
        if r.get("key") in keys:
            err(f"{where}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            check_index(r, doc, where)
        else:
            err(f"{where}: bad kind")
extra = set(os.listdir(GOLD)) - {n + ".json" for n in files} - {"clusters.json"}
if extra:
    err(f"gold files without document: {sorted(extra)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2:
        err("clusters.json: cluster without why or with fewer than two records")
    for rec in c.get("records", []):
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
