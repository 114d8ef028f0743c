#!/usr/bin/env python3
"""Validate holdout205 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.replace("**", "")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if name.endswith("cp1252.txt"):
            errors.append(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = text + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        errors.append(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "title", "carriers", "partners", "territory", "year", "mode",
                "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        errors.append(f"{where}: bad quantity shape"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        errors.append(f"{where}: min/max must be ints, min <= max")
    if q["per"] not in ("total", "year"):
        errors.append(f"{where}: per must be total or year")
    if not isinstance(q["approximate"], bool):
        errors.append(f"{where}: approximate must be bool")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc):
            errors.append(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        errors.append(f"{where}: missing keys {sorted(missing)}")
        return
    need(doc, r["section"], where + ".section")
    if r["title"] is not None:
        if not isinstance(r["title"], str): errors.append(f"{where}: title not str")
        need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            errors.append(f"{where}.{k}: must be a list of strings")
        for x in r[k]:
            need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}", c) for c in t["departments"]):
            errors.append(f"{where}.territory: bad shape")
        need(doc, t["value"], where + ".territory")
    if r["year"] is not None:
        if not isinstance(r["year"], int): errors.append(f"{where}.year: not int")
        need(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        errors.append(f"{where}.mode: bad value")
    check_q(r["households"], where + ".households", doc)
    check_q(r["housing_units"], where + ".housing_units", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            errors.append(f"{where}.duration: bad keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            errors.append(f"{where}.duration.months: not int")
        for k in ("start", "end"):
            if d[k] is not None:
                if not re.fullmatch(r"\d{4}", d[k]): errors.append(f"{where}.duration.{k}: not a year string")
                need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            errors.append(f"{where}.cost: bad keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    errors.append(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        errors.append(f"{where}.funding: not a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            errors.append(f"{where}.funding: bad keys")
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None: need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None: need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        errors.append(f"{where}.contacts: not a list")
    for k in r["contacts"]:
        if not {"name", "email", "phone"} <= set(k):
            errors.append(f"{where}.contacts: bad keys")
        for f in ("name", "email", "phone"):
            need(doc, k.get(f), f"{where}.contacts.{f}")

files = sorted(os.listdir(DOCS))
for name in files:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        errors.append(f"{name}: no gold file"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        errors.append(f"{gp}: bad top-level shape"); continue
    doc = load_doc(name)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        errors.append(f"{name}: duplicate keys")
    for r in g["records"]:
        where = f"{name}[{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: errors.append(f"{where}: bad index keys")
            need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where)
        else:
            errors.append(f"{where}: bad kind")
extra = set(os.listdir(GOLD)) - {n + ".json" for n in files} - {"clusters.json"}
if extra: errors.append(f"gold files without a document: {sorted(extra)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        errors.append("clusters.json: bad cluster")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"]]:
            errors.append(f"clusters.json: {rec} not in gold")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
