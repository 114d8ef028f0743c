#!/usr/bin/env python3
"""Validate holdout226 gold files: shape, keys, types, and that each textual value occurs in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            errors.append(name + ": expected Windows-1252 bytes, decoded as UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(cond, where, msg):
    if not cond:
        errors.append(where + ": " + msg)

def found(doc, value, where):
    need(fold(value) in doc, where, "text not found in document: %r" % value)

def check_q(q, doc, where):
    if q is None:
        return
    need(isinstance(q, dict), where, "quantity must be an object")
    for k in ("min", "max", "per", "approximate"):
        need(k in q, where, "quantity lacks " + k)
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], where, "bad min/max")
    need(q["per"] in ("total", "year"), where, "bad per")
    need(isinstance(q["approximate"], bool), where, "approximate must be bool")
    if "unit" in q and q["unit"]:
        found(doc, q["unit"], where + ".unit")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc) is not None, where, "count %d not in document" % q["min"])

def check_project(r, doc, where):
    need(set(r) == PROJECT_KEYS, where, "keys differ: %s" % sorted(set(r) ^ PROJECT_KEYS))
    need(isinstance(r["key"], str) and r["key"], where, "key")
    if r["section"] is not None:
        found(doc, r["section"] + ".", where + ".section")
    need(isinstance(r["title"], str), where, "title type")
    found(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        need(isinstance(r[f], list), where, f + " type")
        for v in r[f]:
            need(isinstance(v, str), where, f + " item type")
            found(doc, v, where + "." + f)
    t = r["territory"]
    if t is not None:
        need(set(t) == {"value", "departments"}, where, "territory keys")
        found(doc, t["value"], where + ".territory")
        need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]), where, "departments")
    if r["year"] is not None:
        need(isinstance(r["year"], int), where, "year type")
        found(doc, "- %d" % r["year"], where + ".year")
    need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), where, "mode")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        need(set(d) == {"months", "start", "end", "renewable"}, where, "duration keys")
        need(d["months"] is None or isinstance(d["months"], int), where, "months type")
        need(isinstance(d["renewable"], bool), where, "renewable type")
        for k in ("start", "end"):
            if d[k] is not None:
                found(doc, d[k], where + ".duration." + k)
    c = r["cost"]
    if c is not None:
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, where, "cost keys")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v), where, "cost " + k + " format")
                found(doc, spaced(v), where + ".cost." + k)
    for fu in r["funding"]:
        need(set(fu) == {"source", "eur", "share_percent"}, where, "funding keys")
        found(doc, fu["source"], where + ".funding.source")
        if fu["eur"] is not None:
            found(doc, spaced(fu["eur"]), where + ".funding.eur")
        if fu["share_percent"] is not None:
            found(doc, fu["share_percent"] + " %", where + ".funding.share")
    need(isinstance(r["contacts"], list), where, "contacts type")
    for ct in r["contacts"]:
        need(set(ct) == {"name", "email", "phone"}, where, "contact keys")
        found(doc, ct["name"], where + ".contact.name")
        for k in ("email", "phone"):
            if ct[k] is not None:
                found(doc, ct[k], where + ".contact." + k)

def check_index(r, doc, where):
    need(set(r) == INDEX_KEYS, where, "index keys")
    need(r["key"] == "index " + r["section"], where, "index key")
    found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where + ".row")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), "gold", "one gold file per document expected")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    need(set(data) == {"file", "records"}, g, "top-level keys")
    need(data["file"] + ".json" == g, g, "file name")
    doc = load_doc(data["file"])
    seen = set()
    for i, r in enumerate(data["records"]):
        where = "%s[%d]" % (g, i)
        need(r.get("key") not in seen, where, "duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            check_index(r, doc, where)
        else:
            errors.append(where + ": bad kind")
    keys[data["file"]] = seen

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(set(cl) == {"clusters"}, "clusters.json", "top-level keys")
for c in cl["clusters"]:
    need(set(c) == {"records", "why"} and isinstance(c["why"], str) and c["why"], "clusters.json", "cluster keys")
    need(len(c["records"]) >= 2, "clusters.json", "cluster size")
    for rec in c["records"]:
        need(rec["key"] in keys.get(rec["file"], ()), "clusters.json", "unknown record %r" % rec)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
