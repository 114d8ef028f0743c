#!/usr/bin/env python3
"""Validate holdout348 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
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

def spaced(eur):
    n = int(eur); return f"{n:,}".replace(",", " ")

def need(doc, s, where):
    if s is not None and fold(str(s)) not in doc:
        errors.append(f"{where}: {s!r} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"]

def check_q(q, doc, where):
    if q is None: return
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t): errors.append(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): errors.append(f"{where}: bad per")
    if q["min"] > q["max"]: errors.append(f"{where}: min > max")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q["approximate"]:
        need(doc, str(q["min"]), where + ".min")
    for b in q.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")

expected_docs = sorted(os.listdir(DOCS))
gold_files = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in gold_files] != expected_docs:
    errors.append(f"gold files {gold_files} do not match documents {expected_docs}")

keys_by_file = {}
for g in gold_files:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name != g[:-5]: errors.append(f"{g}: file field {name!r}")
    doc = load_doc(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: errors.append(f"{g}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): errors.append(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{g}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            for k in ("key", "section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): errors.append(f"{w}: {k} not a string")
            if r["key"] != "index " + r["section"]: errors.append(f"{w}: key/section mismatch")
            need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + " row")
            continue
        if r.get("kind") != "project": errors.append(f"{w}: bad kind"); continue
        for k in PROJECT_KEYS:
            if k not in r: errors.append(f"{w}: missing {k}")
        if r["section"] is not None:
            need(doc, r["section"] + ".", w + ".section")
            if r["key"] != r["section"]: errors.append(f"{w}: key != section")
        need(doc, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): errors.append(f"{w}: {k} not a list")
            for v in r[k]: need(doc, v, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]):
                errors.append(f"{w}: bad departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errors.append(f"{w}: year not int")
            need(doc, str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
            errors.append(f"{w}: bad mode")
        check_q(r["households"], doc, w + ".households")
        check_q(r["housing_units"], doc, w + ".housing_units")
        d = r["duration"]
        if d is not None:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
                errors.append(f"{w}: bad duration")
            for k in ("start", "end"):
                if d.get(k) is not None: need(doc, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "absent")
                if v == "absent": errors.append(f"{w}: cost.{k} missing"); continue
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{w}: cost.{k} not decimal")
                    else: need(doc, spaced(v), f"{w}.cost.{k}")
        for f in r["funding"]:
            need(doc, f["source"], w + ".funding")
            if f.get("eur") is not None: need(doc, spaced(f["eur"]), w + ".funding.eur")
            if f.get("share_percent") is not None: need(doc, f["share_percent"] + " %", w + ".funding.share")
        if not isinstance(r["contacts"], list): errors.append(f"{w}: contacts not a list")
        for ct in r["contacts"]:
            need(doc, ct["name"], w + ".contact.name")
            if ct.get("email"): need(doc, ct["email"], w + ".contact.email")
            if ct.get("phone"): need(doc, ct["phone"], w + ".contact.phone")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        errors.append("clusters.json: bad cluster")
    for rec in c.get("records", []):
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
            errors.append(f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
