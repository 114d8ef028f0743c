#!/usr/bin/env python3
"""Validate holdout428 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def need(doc, text, where):
    if text is not None and fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

def check_q(q, where, doc):
    if q is None:
        return
    for k, typ in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], typ):
            err(f"{where}: quantity key {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        need(doc, str(q["min"]), where + ".min")
    for b in q.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")
        need(doc, str(b["min"]), where + ".breakdown")

def check_record(r, doc, where):
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS:
            err(f"{where}: index_row keys {sorted(set(r) ^ INDEX_KEYS)}")
        if r.get("key") != "index " + str(r.get("section")):
            err(f"{where}: index key must be 'index ' + section")
        line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
        if line not in doc:
            err(f"{where}: whole index row not found")
        return
    if kind != "project":
        err(f"{where}: bad kind {kind!r}")
        return
    missing = PROJECT_KEYS - set(r)
    extra = set(r) - PROJECT_KEYS - {"mode"}
    if missing or extra:
        err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
        return
    if not isinstance(r["key"], str) or not r["key"]:
        err(f"{where}: key")
    for k in ("section", "section_as_written"):
        if r[k] is not None:
            need(doc, r[k] + ".", where + "." + k)
    need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        for x in r[k]:
            need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        need(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}", d):
                err(f"{where}: department code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year type")
        need(doc, str(r["year"]), where + ".year")
    if "mode" in r and r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}: mode {r['mode']!r}")
    check_q(r["households"], where + ".households", doc)
    check_q(r["housing_units"], where + ".housing_units", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}: duration shape")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}: months type")
        for k in ("start", "end"):
            if d[k] is not None:
                need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost shape")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}: {k} not a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding shape")
            continue
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts list")
    for p in r["contacts"]:
        if not {"name", "email", "phone"} <= set(p):
            err(f"{where}: contact shape")
            continue
        for k in ("name", "email", "phone"):
            if p[k] is not None:
                need(doc, p[k], f"{where}.contact.{k}")

gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(g[:-5] for g in gold_files) != docs:
    err(f"gold files {gold_files} do not match documents {docs}")
keys = {}
for g in gold_files:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    if set(data) != {"file", "records"} or data["file"] != g[:-5]:
        err(f"{g}: top-level shape or file name")
        continue
    doc = load_doc(data["file"])
    seen = set()
    for i, r in enumerate(data["records"]):
        where = f"{g}[{i}]"
        check_record(r, doc, where)
        if r.get("key") in seen:
            err(f"{where}: duplicate key")
        seen.add(r.get("key"))
    keys[data["file"]] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list):
    err("clusters.json shape")
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or not isinstance(c["why"], str) or len(c["records"]) < 2:
        err("cluster shape")
        continue
    for rr in c["records"]:
        if rr.get("key") not in keys.get(rr.get("file"), set()):
            err(f"cluster record {rr} not in gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
