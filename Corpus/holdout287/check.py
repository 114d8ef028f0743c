#!/usr/bin/env python3
"""Validate holdout287 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = []
    while len(s) > 3: out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s); return " ".join(out)
PKEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
         "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
         "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
         "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
         "funding": list, "contacts": list}
IKEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
def found(doc, text, where):
    if text is not None and fold(str(text)) not in doc: err(f"{where}: {text!r} not found in document")
def check_q(q, where, doc):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} must be {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc): err(f"{where}: count {q['min']} not found")
names = sorted(os.listdir(DOCS))
for name in names:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp): err(f"missing gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: err(f"{gp}: file mismatch")
    doc = load_doc(name)
    keys = set()
    for i, r in enumerate(g.get("records", [])):
        w = f"{name}#{i}"
        spec = PKEYS if r.get("kind") == "project" else IKEYS if r.get("kind") == "index_row" else None
        if spec is None: err(f"{w}: bad kind"); continue
        for k, t in spec.items():
            if k not in r: err(f"{w}: missing {k}")
            elif not isinstance(r[k], t): err(f"{w}: {k} has wrong type")
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r["kind"] == "index_row":
            for k in ("section", "localisation", "organisme", "page"): found(doc, r.get(k), f"{w}.{k}")
            if r.get("key") != "index " + r.get("section", ""): err(f"{w}: key")
            continue
        found(doc, r.get("title"), w + ".title"); found(doc, r.get("section"), w + ".section")
        for c in r["carriers"] + r["partners"]: found(doc, c, w + ".carrier/partner")
        if r["territory"]:
            found(doc, r["territory"].get("value"), w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d\d\d?|2[AB]", d) for d in r["territory"].get("departments", [None])): err(f"{w}: departments")
        if r["year"] is not None: found(doc, r["year"], w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r["households"], w + ".households", doc); check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]
        if d is not None:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{w}: duration types")
            for k in ("start", "end"): found(doc, d.get(k), f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                if v == "missing": err(f"{w}: cost.{k} missing")
                elif v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost.{k} not decimal")
                    else: found(doc, spaced(int(v)), f"{w}.cost.{k}")
        for f in r["funding"]:
            found(doc, f.get("source"), w + ".funding.source")
            if f.get("eur") is not None: found(doc, spaced(int(f["eur"])), w + ".funding.eur")
            if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{w}: share {f['share_percent']} not found")
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str): err(f"{w}: contact name")
            for k in ("name", "email", "phone"): found(doc, ct.get(k), f"{w}.contact.{k}")
cp = os.path.join(GOLD, "clusters.json")
cl = json.load(open(cp, encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in {r["key"] for r in g["records"]}: err(f"clusters: {rec} unknown")
try:
    open(os.path.join(DOCS, "fiche-pamiers-cp1252.txt"), "rb").read().decode("utf-8"); err("cp1252 fiche decodes as UTF-8")
except UnicodeDecodeError: pass
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
