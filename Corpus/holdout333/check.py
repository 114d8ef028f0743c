#!/usr/bin/env python3
"""Validate holdout333 gold files against the gold format and their documents. Standard library only."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if name.endswith("cp1252.txt"):
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        if not unit_ok: err(f"{where}: unit not expected")
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        n = q["min"]
        if not re.search(r"(?<!\d)" + re.escape(str(n)) + r"(?!\d)", doc):
            err(f"{where}: count {n} not found")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{where}: missing keys {sorted(missing)}")
    if r.get("title") is not None: found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: not a list"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], where + ".territory")
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}.territory.departments: bad")
        for d in t["departments"]:
            if int(d) % 2 == 0: err(f"{where}: even département {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}.year: not int")
        else: found(doc, "- " + str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode: bad")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc, unit_ok=False)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}.duration: keys")
        if not (d["months"] is None or isinstance(d["months"], int)): err(f"{where}.duration.months: type")
        if not isinstance(d["renewable"], bool): err(f"{where}.duration.renewable: type")
        for k in ("start", "end"):
            if d[k] is not None:
                if not re.fullmatch(r"\d{4}", d[k]): err(f"{where}.duration.{k}: not a year string")
                else: found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}.cost: keys")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}.cost.{k}: not a decimal string")
            else: found(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}.funding: not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}.funding: keys")
        found(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None: found(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(f"{where}.contacts: not a list")
    for k in r.get("contacts") or []:
        if set(k) != {"name", "email", "phone"}: err(f"{where}.contacts: keys")
        for x in ("name", "email", "phone"):
            if k.get(x) is not None: found(doc, k[x], f"{where}.contacts.{x}")

def check_index(r, doc, where):
    if set(r) != INDEX_KEYS: err(f"{where}: keys {sorted(r)}")
    if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key/section mismatch")
    found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where + " (row)")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
if golds != sorted(d + ".json" for d in docs): err(f"gold files do not match documents: {golds}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: err(f"{g}: file field {name!r}")
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    doc = load_doc(name)
    seen = set()
    for i, r in enumerate(data["records"]):
        where = f"{g}[{i}]"
        if r.get("key") in seen: err(f"{where}: duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project": check_project(r, doc, where)
        elif r.get("kind") == "index_row": check_index(r, doc, where)
        else: err(f"{where}: bad kind")
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if len(c.get("records", [])) < 2 or not c.get("why"): err("clusters.json: cluster shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
