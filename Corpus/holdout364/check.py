#!/usr/bin/env python3
"""Validate the gold of holdout364: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}
problems = []

def bad(f, msg): problems.append(f"{f}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name: bad(name, "expected Windows-1252, decodes as UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value):
    return fold(str(value)) in doc

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(f, doc, value, what):
    if value is not None and not found(doc, value): bad(f, f"{what} {value!r} not in document")

def check_q(f, doc, q, what, exact=True):
    if q is None: return
    if not isinstance(q, dict): bad(f, f"{what} not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): bad(f, f"{what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"): bad(f, f"{what}.per {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: bad(f, f"{what} min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): bad(f, f"{what} count {q['min']} not in document")
    if "unit" in q: need(f, doc, q["unit"], what + ".unit")
    for b in q.get("breakdown", []):
        need(f, doc, b["label"], what + ".breakdown label")
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc): bad(f, f"{what} breakdown {b['min']} not found")

def check_project(f, doc, r):
    missing = PROJECT_KEYS - set(r)
    if missing: bad(f, f"{r.get('key')}: missing keys {sorted(missing)}")
    k = r.get("key")
    if not isinstance(k, str) or not k: bad(f, "key missing"); return
    if r.get("section") is not None: need(f, doc, r["section"], k + " section")
    need(f, doc, r.get("title"), k + " title")
    for fld in ("carriers", "partners"):
        if not isinstance(r.get(fld), list): bad(f, f"{k} {fld} not a list"); continue
        for v in r[fld]: need(f, doc, v, f"{k} {fld}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            bad(f, f"{k} territory departments")
        need(f, doc, t.get("value"), k + " territory")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): bad(f, f"{k} year type")
        need(f, doc, r["year"], k + " year")
    if r.get("mode") not in MODES: bad(f, f"{k} mode {r.get('mode')!r}")
    check_q(f, doc, r.get("households"), k + " households")
    check_q(f, doc, r.get("housing_units"), k + " housing_units")
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)): bad(f, f"{k} months type")
        if not isinstance(d.get("renewable"), bool): bad(f, f"{k} renewable type")
        for e in ("start", "end"):
            if d.get(e) is not None: need(f, doc, d[e], f"{k} duration {e}")
    c = r.get("cost")
    if c is not None:
        for e in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(e, "absent")
            if v == "absent": bad(f, f"{k} cost.{e} absent")
            elif v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v): bad(f, f"{k} cost.{e} not a decimal string")
                elif not found(doc, spaced(v)): bad(f, f"{k} cost {spaced(v)} not in document")
    for fu in r.get("funding") or []:
        if set(fu) != {"source", "eur", "share_percent"}: bad(f, f"{k} funding keys")
        need(f, doc, fu.get("source"), k + " funding source")
        if fu.get("eur") is not None and not found(doc, spaced(fu["eur"])): bad(f, f"{k} funding eur {fu['eur']}")
        if fu.get("share_percent") is not None and not found(doc, fu["share_percent"] + " %"): bad(f, f"{k} share {fu['share_percent']}")
    if not isinstance(r.get("contacts"), list): bad(f, f"{k} contacts not a list")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): bad(f, f"{k} contact name")
        for e in ("name", "email", "phone"): need(f, doc, p.get(e), f"{k} contact {e}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: bad("documents", f"{len(docs)} files, expected 7")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): bad(name, "no gold file"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: bad(name, "gold 'file' differs")
        if not isinstance(g.get("records"), list) or not g["records"]: bad(name, "no records"); continue
        doc = load_doc(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)): bad(name, "duplicate keys")
        keys_by_file[name] = set(keys)
        for r in g["records"]:
            if r.get("kind") == "project": check_project(name, doc, r)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: bad(name, f"index row keys {sorted(r)}")
                for e in ("section", "localisation", "organisme", "page"): need(name, doc, r.get(e), r.get("key") + " " + e)
                if r.get("key") != "index " + str(r.get("section")): bad(name, "index key")
            else: bad(name, f"kind {r.get('kind')!r}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: bad("clusters.json", "cluster shape")
        for rec in c["records"]:
            if rec.get("key") not in keys_by_file.get(rec.get("file"), ()): bad("clusters.json", f"unknown record {rec}")
    if problems: print("\n".join(problems)); sys.exit(1)
    print("OK")

main()
