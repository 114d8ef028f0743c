#!/usr/bin/env python3
"""Validate holdout224 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return fold(t)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, text, what):
    if text is None:
        return
    if fold(str(text)) not in doc:
        err(f"{what}: {text!r} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: quantity {k} bad")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per")
    if q["min"] > q["max"]:
        err(f"{where}: min>max")
    if not q["approximate"]:
        found(doc, str(q["min"]), where)
    if "unit" in q:
        found(doc, q["unit"], where + " unit")

def check_project(r, doc, where):
    miss = PROJECT_KEYS - set(r)
    if miss:
        err(f"{where}: missing {sorted(miss)}")
        return
    for k in ("title",):
        if r[k] is not None and not isinstance(r[k], str):
            err(f"{where}: {k} type")
    found(doc, r["title"], where + " title")
    if r["section"]:
        found(doc, r["section"], where + " section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{where}: {k} not list")
        for v in r[k]:
            found(doc, v, f"{where} {k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: territory shape")
        found(doc, t["value"], where + " territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}", d):
                err(f"{where}: department {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year type")
        found(doc, str(r["year"]), where + " year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode {r['mode']}")
    check_q(r["households"], doc, where + " households")
    check_q(r["housing_units"], doc, where + " housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}: duration shape")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}: months type")
        found(doc, d["start"], where + " start")
        found(doc, d["end"], where + " end")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost shape")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: {k} not decimal string")
                else:
                    found(doc, spaced(v), f"{where} {k}")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding shape")
        found(doc, f["source"], where + " funder")
        if f["eur"]:
            found(doc, spaced(f["eur"]), where + " funding eur")
        if f["share_percent"]:
            found(doc, f["share_percent"] + " %", where + " share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts")
    for ct in r["contacts"]:
        if set(ct) != {"name", "email", "phone"}:
            err(f"{where}: contact shape")
        found(doc, ct["name"], where + " contact name")
        found(doc, ct["email"], where + " e-mail")
        found(doc, ct["phone"], where + " phone")

docs = sorted(os.listdir(DOCS))
golds = {}
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        err(f"no gold for {name}")
        continue
    g = json.load(open(path, encoding="utf-8"))
    golds[name] = g
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        err(f"{name}: file/records")
        continue
    doc = load(name)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        err(f"{name}: duplicate keys")
    for r in g["records"]:
        where = f"{name} [{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                err(f"{where}: index keys")
            row = fold("\x00".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
            if row not in fold(raw.replace("\t", "\x00")):
                err(f"{where}: index row not found")
        else:
            err(f"{where}: kind")
extra = set(f[:-5] for f in os.listdir(GOLD) if f != "clusters.json") - set(docs)
if extra:
    err(f"gold without document: {extra}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("cluster shape")
    for rec in c["records"]:
        g = golds.get(rec["file"])
        if not g or rec["key"] not in [r["key"] for r in g["records"]]:
            err(f"cluster record {rec} unknown")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
