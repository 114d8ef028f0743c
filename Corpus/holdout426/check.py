#!/usr/bin/env python3
"""Validate holdout426 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

DEPTS = {"30": "Gard", "34": "Hérault", "50": "Manche", "56": "Morbihan", "68": "Haut-Rhin"}
Q_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
REC_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
            "year", "mode", "households", "housing_units", "duration", "cost", "contacts"]

def check_q(f, k, q, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f"{f} {k}: quantity not an object")
    for key, t in Q_KEYS.items():
        if not isinstance(q.get(key), t): err(f"{f} {k}: quantity {key} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{f} {k}: bad per")
    if q.get("min", 0) > q.get("max", 0): err(f"{f} {k}: min > max")
    if "unit" in q and fold(q["unit"]) not in doc: err(f"{f} {k}: unit {q['unit']!r} not in document")
    if not q.get("approximate") and not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc):
        err(f"{f} {k}: count {q['min']} not in document")

def need(f, what, value, doc):
    if value is not None and fold(str(value)) not in doc:
        err(f"{f}: {what} {value!r} not found in document")

def check_project(f, r, doc):
    for k in REC_KEYS:
        if k not in r: err(f"{f} {r.get('key')}: missing key {k}")
    key = r.get("key")
    need(f, "title", r.get("title"), doc)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{f} {key}: {k} not a list")
        for v in r.get(k) or []: need(f, k[:-1], v, doc)
    t = r.get("territory")
    if t is not None:
        need(f, "territory", t["value"], doc)
        if not (isinstance(t.get("departments"), list) and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{f} {key}: bad departments")
        for d in t["departments"]:
            if d not in doc and fold(DEPTS.get(d, "@")) not in doc: err(f"{f} {key}: département {d} not in document")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{f} {key}: year not int")
        need(f, "year", r["year"], doc)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{f} {key}: bad mode")
    check_q(f, key + " households", r.get("households"), doc)
    check_q(f, key + " housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{f} {key}: duration keys")
        if not isinstance(d["months"], (int, type(None))) or not isinstance(d["renewable"], bool): err(f"{f} {key}: duration types")
        for y in (d["start"], d["end"]): need(f, "duration year", y, doc)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{f} {key}: cost keys")
        for v in c.values():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{f} {key}: amount {v!r} not a decimal string")
                elif spaced(v) not in doc: err(f"{f} {key}: amount {spaced(v)} not in document")
    for fu in r.get("funding") or []:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{f} {key}: funding keys")
        need(f, "funder", fu["source"], doc)
        if fu["eur"] is not None and spaced(fu["eur"]) not in doc: err(f"{f} {key}: funding amount")
        if fu["share_percent"] is not None and not re.search(fu["share_percent"] + r" ?%", doc): err(f"{f} {key}: share {fu['share_percent']}")
    if not isinstance(r.get("contacts"), list): err(f"{f} {key}: contacts not a list")
    for ct in r.get("contacts") or []:
        for k in ("name", "email", "phone"):
            if k not in ct: err(f"{f} {key}: contact missing {k}")
        for k in ("name", "email", "phone", "role", "organisation"):
            need(f, "contact " + k, ct.get(k), doc)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f + ".json" != g: err(f"{g}: file field {f!r}")
        doc = load(f)
        seen = set()
        for r in data.get("records", []):
            k = r.get("key")
            if not isinstance(k, str) or k in seen: err(f"{g}: bad or repeated key {k!r}")
            seen.add(k)
            if r.get("kind") == "project":
                check_project(g, r, doc)
                if r.get("section") is not None and r["section"] not in doc: err(f"{g}: section {r['section']}")
            elif r.get("kind") == "index_row":
                for fld in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(fld), str): err(f"{g} {k}: index {fld}")
                    else: need(g, "index " + fld, r[fld], doc)
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in doc: err(f"{g} {k}: whole index row not found")
            else:
                err(f"{g}: bad kind {r.get('kind')!r}")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()): err(f"clusters: {rec} not a gold record")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
