#!/usr/bin/env python3
"""Validate holdout413's gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def found(doc, s): return fold(str(s)) in doc

def check_q(f, k, q, name):
    if q is None: return
    for key, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(key), t): err(f, f"{k}: {name}.{key} bad type")
    if q.get("per") not in ("total", "year"): err(f, f"{k}: {name}.per")
    if q["min"] > q["max"]: err(f, f"{k}: {name} min > max")
    if "unit" in q and not isinstance(q["unit"], str): err(f, f"{k}: unit")

def check_project(f, doc, r):
    k = r["key"]
    if set(r) != PROJECT_KEYS: err(f, f"{k}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    if not found(doc, r["title"]): err(f, f"{k}: title not in document")
    if r["section"] and not found(doc, r["section"] + "."): err(f, f"{k}: section")
    for fld in ("carriers", "partners"):
        if not isinstance(r[fld], list): err(f, f"{k}: {fld} not a list")
        for v in r[fld]:
            if not found(doc, v): err(f, f"{k}: {fld} {v!r} not in document")
    t = r["territory"]
    if t is not None:
        if not found(doc, t["value"]): err(f, f"{k}: territory {t['value']!r}")
        if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): err(f, f"{k}: departments")
    if r["year"] is not None and not (isinstance(r["year"], int) and found(doc, str(r["year"]))): err(f, f"{k}: year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f, f"{k}: mode")
    for q in ("households", "housing_units"):
        check_q(f, k, r[q], q)
        v = r[q]
        if v and not v["approximate"] and not re.search(r"(?<!\d)(?<!\d )%d(?![\d])(?! \d{3})" % v["min"], doc): err(f, f"{k}: {q} {v['min']} not in document")
        if v and "unit" in v and not found(doc, v["unit"]): err(f, f"{k}: unit {v['unit']}")
        for b in (v or {}).get("breakdown", []):
            if not (found(doc, f"{b['min']} en {b['label']}") or found(doc, f"{b['label']} : {b['min']}")): err(f, f"{k}: breakdown {b}")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], (int, type(None))): err(f, f"{k}: duration shape")
        for y in (d["start"], d["end"]):
            if y is not None and not found(doc, y): err(f, f"{k}: duration year {y}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, f"{k}: cost shape")
        for v in c.values():
            if v is not None and not (re.fullmatch(r"\d+(\.\d+)?", v) and found(doc, spaced(v) + " €")): err(f, f"{k}: amount {v} not in document")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"} or not found(doc, fu["source"]): err(f, f"{k}: funding {fu}")
        if fu["eur"] and not found(doc, spaced(fu["eur"]) + " €"): err(f, f"{k}: funding eur {fu['eur']}")
        if fu["share_percent"] and not re.search(r"%s ?%%|\(%s ?%%\)" % (fu["share_percent"], fu["share_percent"]), doc): err(f, f"{k}: share {fu['share_percent']}")
    for p in r["contacts"]:
        if set(p) != {"name", "email", "phone"}: err(f, f"{k}: contact shape")
        for v in p.values():
            if v is not None and not found(doc, v): err(f, f"{k}: contact value {v!r} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs: err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f != g[:-5]: err(g, "file field"); continue
        doc = load_doc(f)
        ks = [r["key"] for r in data["records"]]
        if len(ks) != len(set(ks)): err(f, "duplicate keys")
        keys[f] = set(ks)
        for r in data["records"]:
            if r.get("kind") == "project": check_project(f, doc, r)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f, f"{r['key']}: index keys")
                if r["key"] != "index " + r["section"]: err(f, f"{r['key']}: index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in doc: err(f, f"{r['key']}: index row not in document")
            else: err(f, f"bad kind {r.get('kind')}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters.json", "cluster shape")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()): err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
