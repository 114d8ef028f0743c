#!/usr/bin/env python3
"""Validate holdout390 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"\s+", " ", s).strip()

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
        if name.endswith("cp1252.txt"):
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def raw_lines(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    return t.splitlines()

def spaced(d):
    s = str(d); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, text, where):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty or non-string {text!r}"); return
    if fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
         "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, where):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): err(f"{where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc): err(f"{where}: {q['min']} not in document")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")
        if not re.search(r"(?<!\d)" + str(b["min"]) + r"(?!\d)", doc): err(f"{where}.breakdown: {b['min']}")

def check_amount(doc, a, where):
    if a is None: return
    if not isinstance(a, str) or not re.fullmatch(r"\d+(\.\d+)?", a): err(f"{where}: bad amount {a!r}"); return
    if spaced(a) not in doc and a not in doc: err(f"{where}: {spaced(a)} not in document")

def check_project(doc, r, w):
    missing = PKEYS - set(r)
    if missing: err(f"{w}: missing keys {sorted(missing)}")
    for k in ("title",):
        if r.get(k) is not None: found(doc, r[k], w + "." + k)
    if r.get("section") is not None: found(doc, r["section"], w + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{w}.{k}: not a list"); continue
        for v in r[k]: found(doc, v, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), w + ".territory")
        if not isinstance(t.get("departments"), list) or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{w}.territory.departments: bad")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{w}.year: not int")
        elif str(r["year"]) not in doc: err(f"{w}.year not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode: {r.get('mode')!r}")
    check_q(doc, r.get("households"), w + ".households")
    check_q(doc, r.get("housing_units"), w + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{w}.duration.months")
        if not isinstance(d.get("renewable"), bool): err(f"{w}.duration.renewable")
        for k in ("start", "end"):
            if d.get(k) is not None and d[k] not in doc: err(f"{w}.duration.{k}: {d[k]} not found")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"): check_amount(doc, c.get(k), f"{w}.cost.{k}")
    for f in r.get("funding") or []:
        found(doc, f.get("source"), w + ".funding.source")
        check_amount(doc, f.get("eur"), w + ".funding.eur")
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{w}.funding.share {f['share_percent']} not found")
    if not isinstance(r.get("contacts"), list): err(f"{w}.contacts: not a list")
    for ct in r.get("contacts") or []:
        found(doc, ct.get("name"), w + ".contacts.name")
        for k in ("email", "phone"):
            if ct.get(k) is not None: found(doc, ct[k], f"{w}.contacts.{k}")

keys_by_file = {}
docs = sorted(os.listdir(DOCS))
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
for name in docs:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp): err(f"no gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: err(f"{gp}: file is {g.get('file')!r}")
    doc = load(name)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(f"{name}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{name}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{name}[{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(doc, r, w)
        elif r.get("kind") == "index_row":
            if set(r) != IKEYS: err(f"{w}: keys {sorted(r)}")
            if r.get("key") != "index " + str(r.get("section")): err(f"{w}: key/section mismatch")
            line_ok = any(all(fold(r[k]) in fold(line) for k in ("section", "localisation", "organisme", "page"))
                          for line in raw_lines(name))
            if not line_ok: err(f"{w}: index row not found")
        else:
            err(f"{w}: bad kind {r.get('kind')!r}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("cluster without why")
    if len(c.get("records", [])) < 2: err("cluster with fewer than 2 records")
    for rec in c.get("records", []):
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()): err(f"cluster record {rec} unknown")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
