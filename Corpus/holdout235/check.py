#!/usr/bin/env python3
"""Validate holdout235 gold files: shape, keys, types, and that values occur in the documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-"), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s).strip()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: expected Windows-1252, but it decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def found(doc, value, where):
    if not fold(value) in doc:
        err(f"{where}: {value!r} not found in document")

def amount_found(doc, eur, where):
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{where}: amount {eur!r} is not a decimal string")
        return
    n = int(eur.split(".")[0])
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and str(n) not in doc:
        err(f"{where}: amount {eur} not found as {spaced!r}")

def is_str_or_none(v):
    return v is None or isinstance(v, str)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_quantity(q, doc, where, need_unit):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be an object or null")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be ints with min <= max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate must be a bool")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where, name):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if not isinstance(r["key"], str) or not r["key"]:
        err(f"{where}: key must be a non-empty string")
    for k in ("section", "section_as_written", "title"):
        if not is_str_or_none(r[k]):
            err(f"{where}: {k} must be string or null")
    if r["section"]:
        found(doc, r["section"], where + ".section")
    if r["title"]:
        found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                found(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: territory shape")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad département code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be int or null")
        else:
            found(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode {r['mode']!r}")
    check_quantity(r["households"], doc, where + ".households", True)
    check_quantity(r["housing_units"], doc, where + ".housing_units", False)
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and set(d) >= {"months", "start", "end", "renewable"}):
            err(f"{where}: duration shape")
        else:
            if not (d["months"] is None or isinstance(d["months"], int)):
                err(f"{where}: months must be int or null")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable must be bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and set(c) >= {"total_eur", "per_year_eur", "per_household_eur"}):
            err(f"{where}: cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if c[k] is not None:
                    if not isinstance(c[k], str):
                        err(f"{where}: {k} must be a string")
                    else:
                        amount_found(doc, c[k], f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and set(f) >= {"source", "eur", "share_percent"}):
                err(f"{where}: funding item shape")
                continue
            found(doc, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                amount_found(doc, f["eur"], where + ".funding.eur")
            if f["share_percent"] is not None:
                if not re.search(r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", doc):
                    err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and isinstance(p.get("name"), str) and "email" in p and "phone" in p):
                err(f"{where}: contact shape")
                continue
            found(doc, p["name"], where + ".contact.name")
            if p["email"] is not None:
                found(doc, p["email"], where + ".contact.email")
            if p["phone"] is not None:
                found(doc, p["phone"], where + ".contact.phone")

def check_index(r, doc, where):
    missing = INDEX_KEYS - set(r)
    if missing:
        return err(f"{where}: missing keys {sorted(missing)}")
    if r["key"] != "index " + r["section"]:
        err(f"{where}: key must be 'index ' + section")
    for k in ("section", "localisation", "organisme", "page"):
        if not isinstance(r[k], str):
            err(f"{where}: {k} must be a string")
    row = fold("\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]]))
    if row not in doc:
        err(f"{where}: whole index row not found")

docs = sorted(os.listdir(DOCS))
if len(docs) != 7:
    err(f"expected 7 documents, found {len(docs)}")
gold_files = {}
for name in docs:
    gpath = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gpath):
        err(f"{name}: no gold file")
        continue
    g = json.load(open(gpath, encoding="utf-8"))
    gold_files[name] = g
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        err(f"{name}: gold must have file == document name and a non-empty records list")
        continue
    doc = load_doc(name)
    keys = set()
    for i, r in enumerate(g["records"]):
        where = f"{name}#{i}"
        if r.get("key") in keys:
            err(f"{where}: duplicate key {r.get('key')!r}")
        keys.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(r, doc, where, name)
        elif r.get("kind") == "index_row":
            check_index(r, doc, where)
        else:
            err(f"{where}: bad kind {r.get('kind')!r}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: clusters must be a non-empty list")
else:
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: each cluster needs a why and at least two records")
        for rec in c.get("records", []):
            g = gold_files.get(rec.get("file"))
            if g is None or rec.get("key") not in {r.get("key") for r in g["records"]}:
                err(f"clusters.json: unknown record {rec}")

extra = set(os.listdir(GOLD)) - {n + ".json" for n in docs} - {"clusters.json"}
if extra:
    err(f"unexpected gold files: {sorted(extra)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
