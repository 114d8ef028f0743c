#!/usr/bin/env python3
"""Validate holdout208 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def found(doc, text, what):
    if fold(str(text)) not in doc:
        err(f"{what}: {text!r} not found in document")

def typ(v, t, what, nullable=True):
    if v is None and nullable: return
    if not isinstance(v, t) or (t is int and isinstance(v, bool)):
        err(f"{what}: bad type {type(v).__name__}")

PROJ_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
             "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(doc, q, what, unit_required):
    if q is None: return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{what}: missing {k}")
    typ(q.get("min"), int, what + ".min", False); typ(q.get("max"), int, what + ".max", False)
    if q.get("per") not in ("total", "year"): err(f"{what}: bad per")
    typ(q.get("approximate"), bool, what + ".approximate", False)
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{what}: min > max")
    if q.get("unit"): found(doc, q["unit"], what + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc): err(f"{what}: count {q['min']} not found")

def check_project(doc, r, w):
    for k in PROJ_KEYS:
        if k not in r: err(f"{w}: missing key {k}")
    if r.get("title"): found(doc, r["title"], w + ".title")
    if r.get("section"): found(doc, r["section"], w + ".section")
    for k in ("carriers", "partners"):
        typ(r.get(k), list, w + "." + k, False)
        for v in r.get(k) or []: found(doc, v, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], w + ".territory")
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{w}.territory.departments bad")
    if r.get("year") is not None:
        typ(r["year"], int, w + ".year"); found(doc, str(r["year"]), w + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode bad")
    check_q(doc, r.get("households"), w + ".households", True)
    check_q(doc, r.get("housing_units"), w + ".housing_units", False)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d: err(f"{w}.duration missing {k}")
        typ(d.get("months"), int, w + ".duration.months"); typ(d.get("renewable"), bool, w + ".duration.renewable", False)
        for k in ("start", "end"):
            if d.get(k) is not None: found(doc, d[k], f"{w}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{w}.cost missing {k}")
            v = c.get(k)
            if v is not None:
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}.cost.{k} not a decimal string")
                else: found(doc, spaced(v), f"{w}.cost.{k}")
    typ(r.get("funding"), list, w + ".funding", False)
    for f in r.get("funding") or []:
        found(doc, f["source"], w + ".funding.source")
        if f.get("eur") is not None: found(doc, spaced(f["eur"]), w + ".funding.eur")
        if f.get("share_percent") is not None: found(doc, f["share_percent"] + " %", w + ".funding.share")
    typ(r.get("contacts"), list, w + ".contacts", False)
    for c in r.get("contacts") or []:
        found(doc, c["name"], w + ".contact.name")
        for k in ("email", "phone"):
            if c.get(k) is not None: found(doc, c[k], f"{w}.contact.{k}")

files = sorted(os.listdir(DOCS))
for name in files:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        err(f"no gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: err(f"{gp}: file field {g.get('file')!r}")
    doc = load(name)
    keys = set()
    for i, r in enumerate(g.get("records", [])):
        w = f"{name}#{i}"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(doc, r, w)
            if r["key"] not in ("document",) and r["key"] != r.get("section") and fold(r["key"]) not in doc:
                err(f"{w}: key not found")
        elif r.get("kind") == "index_row":
            for k in INDEX_KEYS:
                if k not in r: err(f"{w}: missing {k}")
            if r.get("key") != "index " + str(r.get("section")): err(f"{w}: bad index key")
            found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + ".row")
        else:
            err(f"{w}: bad kind")
    if not g.get("records"): err(f"{name}: no records")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: err("cluster shape")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            err(f"cluster record {rec} not in gold")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
