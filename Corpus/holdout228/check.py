#!/usr/bin/env python3
"""Validate holdout228 gold files: shape, keys, types, and that values occur in their document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("—", "-").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, text, what):
    if fold(text) not in doc:
        err(f"{what}: {text!r} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, what):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{what}: bad quantity {q!r}"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{what}: min/max"); 
    if q["per"] not in ("total", "year"): err(f"{what}: per")
    if not isinstance(q["approximate"], bool): err(f"{what}: approximate")
    if "unit" in q: found(doc, q["unit"], what + " unit")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(q["min"])) + r"(?!\d)", doc):
            err(f"{what}: count {q['min']} not found")

def check_project(r, doc, fn):
    w = f"{fn} {r.get('key')}"
    if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("title", "mode"):
        if r[k] is not None and not isinstance(r[k], str): err(f"{w}: {k} type")
    if r["title"]: found(doc, r["title"], w + " title")
    if r["section"] is not None: found(doc, r["section"] + ".", w + " section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(f"{w}: {k} type"); continue
        for v in r[k]: found(doc, v, f"{w} {k}")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]):
            err(f"{w}: territory shape")
        found(doc, t["value"], w + " territory")
    if r["year"] is not None:
        if not isinstance(r["year"], int): err(f"{w}: year type")
        found(doc, "- " + str(r["year"]), w + " year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
    check_q(r["households"], doc, w + " households")
    check_q(r["housing_units"], doc, w + " housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{w}: duration shape")
        for k in ("start", "end"):
            if d[k] is not None: found(doc, d[k], f"{w} duration {k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost shape")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost {k} not decimal")
                found(doc, spaced(v), f"{w} cost {k}")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding shape")
        found(doc, f["source"], w + " funding source")
        if f["eur"]: found(doc, spaced(f["eur"]), w + " funding eur")
        if f["share_percent"]: found(doc, f["share_percent"] + " %", w + " funding share")
    if not isinstance(r["contacts"], list): err(f"{w}: contacts type")
    for k in r["contacts"]:
        if set(k) != {"name", "email", "phone"}: err(f"{w}: contact shape")
        found(doc, k["name"], w + " contact name")
        for x in ("email", "phone"):
            if k[x]: found(doc, k[x], f"{w} contact {x}")

def check_index(r, doc, fn):
    w = f"{fn} {r.get('key')}"
    if set(r) != INDEX_KEYS: err(f"{w}: keys")
    if r["key"] != "index " + r["section"]: err(f"{w}: key")
    found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + " row")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [d + ".json" for d in docs] != golds: err(f"documents and gold files differ: {docs} / {golds}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fn = data.get("file")
    if fn + ".json" != g or set(data) != {"file", "records"}: err(f"{g}: header"); continue
    doc = fold(read_doc(fn))
    ks = [r["key"] for r in data["records"]]
    if len(ks) != len(set(ks)): err(f"{g}: duplicate keys")
    keys[fn] = set(ks)
    for r in data["records"]:
        if r.get("kind") == "project": check_project(r, doc, fn)
        elif r.get("kind") == "index_row": check_index(r, doc, fn)
        else: err(f"{g}: kind {r.get('kind')}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or len(c["records"]) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: unknown {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
