#!/usr/bin/env python3
"""Validate holdout211 gold files: shape, keys, types, and that each value is found in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, what, fn, key):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{fn} [{key}] {what}: {value!r} not found in document")

def amount_found(doc, eur, what, fn, key):
    if eur is None:
        return
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{fn} [{key}] {what}: {eur!r} is not a decimal string"); return
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and str(n) not in doc:
        err(f"{fn} [{key}] {what}: {spaced} not found in document")

def number_found(doc, n, what, fn, key):
    if not re.search(r"(?<![0-9])(?<![0-9] )" + str(n) + r"(?![0-9])(?! [0-9]{3})", doc):
        err(f"{fn} [{key}] {what}: {n} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(doc, q, what, fn, key):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{fn} [{key}] {what} not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{fn} [{key}] {what} lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{fn} [{key}] {what} min/max bad")
    if q.get("per") not in ("total", "year"):
        err(f"{fn} [{key}] {what} per bad")
    if not isinstance(q.get("approximate"), bool):
        err(f"{fn} [{key}] {what} approximate not bool")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit", fn, key)
    if not q.get("approximate") or q["min"] == q["max"]:
        number_found(doc, q["min"], what, fn, key)

def check_project(doc, r, fn):
    key = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{fn} [{key}] missing keys {sorted(missing)}")
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{fn} [{key}] unexpected keys {sorted(extra)}")
    if r.get("section") is not None:
        found(doc, r["section"], "section", fn, key)
    if r.get("title") is not None:
        found(doc, r["title"], "title", fn, key)
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{fn} [{key}] {f} not a list"); continue
        for v in r[f]:
            found(doc, v, f, fn, key)
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), "territory", fn, key)
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{fn} [{key}] departments bad")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{fn} [{key}] year not int")
        number_found(doc, y, "year", fn, key)
    if r.get("mode") not in MODES:
        err(f"{fn} [{key}] mode bad")
    check_q(doc, r.get("households"), "households", fn, key)
    check_q(doc, r.get("housing_units"), "housing_units", fn, key)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{fn} [{key}] duration keys")
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{fn} [{key}] duration types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], "duration." + k, fn, key)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{fn} [{key}] cost keys")
        for k, v in c.items():
            amount_found(doc, v, "cost." + k, fn, key)
    if not isinstance(r.get("funding"), list):
        err(f"{fn} [{key}] funding not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{fn} [{key}] funding keys")
            found(doc, f.get("source"), "funding.source", fn, key)
            amount_found(doc, f.get("eur"), "funding.eur", fn, key)
            if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{fn} [{key}] share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{fn} [{key}] contacts not a list")
    else:
        for p in r["contacts"]:
            if "name" not in p:
                err(f"{fn} [{key}] contact without name")
            for k in ("name", "email", "phone", "role", "organisation"):
                if p.get(k) is not None:
                    found(doc, p[k], "contact." + k, fn, key)

def check_index(doc, r, fn):
    key = r.get("key")
    if set(r) != INDEX_KEYS:
        err(f"{fn} [{key}] index_row keys {sorted(r)}")
    if key != "index " + str(r.get("section")):
        err(f"{fn} [{key}] index key does not match section")
    row = "\t".join([r.get("section", ""), r.get("localisation", ""), r.get("organisme", ""), r.get("page", "")])
    found(doc, row.replace("\t", " "), "index row", fn, key)

docs = sorted(os.listdir(DOCS))
golds = {}
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        err(f"no gold for {name}"); continue
    g = json.load(open(path, encoding="utf-8"))
    golds[name] = g
    if set(g) != {"file", "records"} or g["file"] != name or not isinstance(g["records"], list) or not g["records"]:
        err(f"{name}: top-level shape"); continue
    doc = load_doc(name)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        err(f"{name}: duplicate keys")
    for r in g["records"]:
        if r.get("kind") == "project":
            check_project(doc, r, name)
        elif r.get("kind") == "index_row":
            check_index(doc, r, name)
        else:
            err(f"{name}: bad kind {r.get('kind')}")
for extra in sorted(set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}):
    err(f"gold file without document: {extra}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list):
    err("clusters.json shape")
else:
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or not isinstance(c["why"], str) or len(c["records"]) < 2:
            err("cluster shape")
        for rec in c["records"]:
            g = golds.get(rec.get("file"))
            if g is None or rec.get("key") not in [r["key"] for r in g["records"] if r["kind"] == "project"]:
                err(f"cluster member not in gold: {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
