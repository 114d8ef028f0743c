#!/usr/bin/env python3
"""Validate holdout400 gold files: shape, keys, types, and that each value's text is in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, where):
    if value is None: return
    if fold(str(value)) not in doc: err(f"{where}: {value!r} not found")

def amount(doc, eur, where):
    if eur is None: return
    if not re.fullmatch(r"\d+", eur): err(f"{where}: amount {eur!r} not a decimal string"); return
    n = int(eur); spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and eur not in doc: err(f"{where}: amount {spaced} not found")

def quantity(doc, q, where):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: bad or missing")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q.get("min", -1), doc): err(f"{where}: {q.get('min')} not found")
    if "unit" in q: found(doc, q["unit"], where + ".unit")

def check_project(doc, r, where):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: missing key {k}")
    if not isinstance(r.get("key"), str): err(f"{where}: key not a string")
    found(doc, r.get("section"), where + ".section")
    found(doc, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: not a list"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(isinstance(d, str) for d in t["departments"]): err(f"{where}.territory.departments")
        found(doc, t.get("value"), where + ".territory")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}.year: not int")
        found(doc, str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode: {r.get('mode')!r}")
    quantity(doc, r.get("households"), where + ".households")
    quantity(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{where}.duration: types")
        for k in ("start", "end"): found(doc, d.get(k), f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{where}.cost: missing {k}")
            amount(doc, c.get(k), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}.funding: not a list")
    for f in r.get("funding") or []:
        found(doc, f.get("source"), where + ".funding.source")
        amount(doc, f.get("eur"), where + ".funding.eur")
        if f.get("share_percent") is not None and not re.search(r"%s ?%%" % f["share_percent"], doc): err(f"{where}.funding share {f['share_percent']} not found")
    if not isinstance(r.get("contacts"), list): err(f"{where}.contacts: not a list")
    for p in r.get("contacts") or []:
        for k in ("name", "email", "phone"):
            if k not in p: err(f"{where}.contacts: missing {k}")
            found(doc, p.get(k), f"{where}.contacts.{k}")

def main():
    names = sorted(os.listdir(DOCS))
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path): err(f"no gold for {name}"); continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name: err(f"{path}: file field {g.get('file')!r}")
        doc = doc_text(name)
        keys = set()
        for i, r in enumerate(g.get("records", [])):
            where = f"{name}#{i}"
            if r.get("key") in keys: err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project": check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r: err(f"{where}: missing {k}")
                    elif k not in ("kind", "key"): found(doc, r[k], f"{where}.{k}")
                if r.get("key") != "index " + str(r.get("section")): err(f"{where}: index key")
            else: err(f"{where}: kind {r.get('kind')!r}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for rec in c["records"]:
            g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
            if rec["key"] not in {r["key"] for r in g["records"]}: err(f"clusters: {rec} unknown")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
