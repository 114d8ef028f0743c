#!/usr/bin/env python3
"""Validate holdout229 gold files: shape, required keys, types, and that each value's text
occurs in its document (folded: case, accents, apostrophes, NBSP, HTML tags and entities)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return fold(text)

def found(doc, value, what, fname):
    if value is None: return
    if fold(str(value)) not in doc:
        err(f"{fname}: {what} {value!r} not found in document")

def digits(doc):
    return re.sub(r"(?<=\d)[ .](?=\d{3}\b)", "", doc)

def amount_found(doc, eur, what, fname):
    if eur is None: return
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{fname}: {what} {eur!r} is not a decimal string"); return
    if not re.search(r"(?<![\d,])" + re.escape(eur) + r"(?![\d])", digits(doc)):
        err(f"{fname}: {what} {eur} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "contacts"}  # funding may be absent (not scored) where a document only hints at it
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, what, doc, fname):
    if q is None: return
    if not isinstance(q, dict): err(f"{fname}: {what} not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{fname}: {what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{fname}: {what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{fname}: {what} min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
        err(f"{fname}: {what} count {q['min']} not found")
    if "unit" in q: found(doc, q["unit"], what + ".unit", fname)
    for b in q.get("breakdown", []):
        found(doc, b["label"], what + " breakdown label", fname)
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc): err(f"{fname}: breakdown {b} not found")

def check_project(r, doc, fname):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{fname} {r.get('key')}: missing keys {sorted(missing)}")
    k = r.get("key")
    for f in ("title", "section"):
        if r.get(f) is not None and not isinstance(r[f], str): err(f"{fname} {k}: {f} not a string")
        found(doc, r.get(f), f, fname)
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list): err(f"{fname} {k}: {f} not a list"); continue
        for v in r[f]: found(doc, v, f, fname)
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], "territory", fname)
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"])):
            err(f"{fname} {k}: bad departments")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{fname} {k}: year not int")
        found(doc, r["year"], "year", fname)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{fname} {k}: bad mode")
    check_q(r.get("households"), f"{k} households", doc, fname)
    check_q(r.get("housing_units"), f"{k} housing_units", doc, fname)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{fname} {k}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{fname} {k}: renewable type")
        for f in ("start", "end"): found(doc, d.get(f), "duration " + f, fname)
    c = r.get("cost")
    if c is not None:
        for f in ("total_eur", "per_year_eur", "per_household_eur"):
            amount_found(doc, c.get(f), "cost " + f, fname)
    for fu in r.get("funding") or []:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{fname} {k}: funding keys")
        found(doc, fu["source"], "funder", fname)
        amount_found(doc, fu["eur"], "funding eur", fname)
        if fu["share_percent"] is not None and not re.search(r"(?<!\d)" + fu["share_percent"] + r" ?%", doc):
            err(f"{fname} {k}: share {fu['share_percent']} % not found")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): err(f"{fname} {k}: contact without name")
        for f in ("name", "email", "phone"): found(doc, p.get(f), "contact " + f, fname)

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path): err("no gold for " + name); continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name: err(f"{path}: file field {g.get('file')!r}")
        doc = load(name)
        keys = [r.get("key") for r in g.get("records", [])]
        if len(keys) != len(set(keys)) or not keys: err(f"{name}: empty or duplicate keys")
        for r in g["records"]:
            if r.get("kind") == "project": check_project(r, doc, name)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{name} {r.get('key')}: index row keys")
                if r["key"] != "index " + r["section"]: err(f"{name}: index key {r['key']}")
                for f in ("section", "localisation", "organisme", "page"): found(doc, r[f], "index " + f, name)
            else: err(f"{name}: bad kind {r.get('kind')!r}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: bad cluster")
        for rr in c["records"]:
            g = json.load(open(os.path.join(GOLD, rr["file"] + ".json"), encoding="utf-8"))
            if rr["key"] not in [r["key"] for r in g["records"]]: err(f"clusters: {rr} not in gold")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
