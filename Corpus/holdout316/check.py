#!/usr/bin/env python3
"""Validate holdout316 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(eur):
    n = int(eur); s = f"{n:,}".replace(",", " ")
    return s
def found(doc, text, where):
    if fold(text) not in doc: err(f"{where}: {text!r} not found in document")
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory",
  "year","mode","households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
def check_q(q, where, doc):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}: per")
    if q["min"] > q["max"]: err(f"{where}: min > max")
    if not q["approximate"] and q["min"] == q["max"] and not re.search(r"(?<!\d)%d(?![\d ]\d)" % q["min"], doc):
        err(f"{where}: count {q['min']} not found")
    if "unit" in q: found(doc, q["unit"], where + " unit")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name: err(f"{g}: file field")
    doc = load(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: records"); continue
    keys[name] = set()
    for r in recs:
        w = f"{g}[{r.get('key')}]"
        if r.get("key") in keys[name]: err(f"{w}: duplicate key")
        keys[name].add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            found(doc, line, w + " index row")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None: found(doc, r["section"] + ".", w + " section")
        if not isinstance(r["title"], str): err(f"{w}: title type")
        else: found(doc, r["title"], w + " title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): err(f"{w}: {f} type")
            for v in r[f]: found(doc, v, f"{w} {f}")
        t = r["territory"]
        if t is not None:
            found(doc, t["value"], w + " territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            else: found(doc, f"- {r['year']}", w + " year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r["households"], w + " households", doc)
        check_q(r["housing_units"], w + " housing_units", doc)
        d = r["duration"]
        if d is not None:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{w}: duration types")
            for k in ("start", "end"):
                if d.get(k) is not None: found(doc, d[k], f"{w} duration {k}")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                if v == "missing": err(f"{w}: cost {k} missing")
                elif v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost {k} not decimal")
                    else: found(doc, spaced(v), f"{w} cost {k}")
        for fu in r["funding"]:
            found(doc, fu["source"], w + " funding source")
            if fu["eur"] is not None: found(doc, spaced(fu["eur"]), w + " funding eur")
            if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", doc): err(f"{w}: share {fu['share_percent']}")
        for ct in r["contacts"]:
            for k in ("name", "email", "phone"):
                if k not in ct: err(f"{w}: contact {k} missing")
                elif ct[k] is not None: found(doc, ct[k], f"{w} contact {k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: {rec} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
