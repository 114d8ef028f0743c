#!/usr/bin/env python3
"""Validate holdout240 gold files (standard library only). Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def bad(f, msg):
    problems.append(f"{f}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            bad(name, "expected Windows-1252 bytes, file is valid UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(int(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)

def found(f, doc, value, what):
    if not isinstance(value, str) or not value:
        bad(f, f"{what}: empty or not a string: {value!r}"); return
    if fold(value) not in doc:
        bad(f, f"{what} not found in document: {value!r}")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(f, doc, q, what):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        bad(f, f"{what}: bad quantity {q!r}"); return
    if not all(isinstance(q[k], int) for k in ("min", "max")) or q["min"] > q["max"]:
        bad(f, f"{what}: min/max {q!r}")
    if q["per"] not in ("total", "year"): bad(f, f"{what}: per {q['per']!r}")
    if not isinstance(q["approximate"], bool): bad(f, f"{what}: approximate not bool")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(q["min"])) + r"(?!\d)(?! \d{3})", doc):
            bad(f, f"{what}: count {q['min']} not found")
    if "unit" in q: found(f, doc, q["unit"], what + " unit")

def check_project(f, doc, r):
    missing = PROJECT_KEYS - set(r)
    if missing: bad(f, f"{r.get('key')}: missing keys {sorted(missing)}")
    k = r.get("key")
    if r.get("section") is not None: found(f, doc, r["section"] + ".", f"{k} section")
    if r.get("title") is not None: found(f, doc, r["title"], f"{k} title")
    for fld in ("carriers", "partners"):
        if not isinstance(r.get(fld), list): bad(f, f"{k}: {fld} not a list"); continue
        for v in r[fld]: found(f, doc, v, f"{k} {fld}")
    t = r.get("territory")
    if t is not None:
        found(f, doc, t.get("value"), f"{k} territory")
        deps = t.get("departments")
        if not isinstance(deps, list) or not deps: bad(f, f"{k}: departments")
        else:
            for d in deps:
                if not re.fullmatch(r"\d{2,3}", d) or d not in doc: bad(f, f"{k}: department {d!r}")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or str(y) not in doc): bad(f, f"{k}: year {y!r}")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): bad(f, f"{k}: mode")
    check_q(f, doc, r.get("households"), f"{k} households")
    check_q(f, doc, r.get("housing_units"), f"{k} housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: bad(f, f"{k}: duration keys")
        if d["months"] is not None and not isinstance(d["months"], int): bad(f, f"{k}: months")
        for e in ("start", "end"):
            if d[e] is not None: found(f, doc, d[e], f"{k} duration {e}")
        if not isinstance(d["renewable"], bool): bad(f, f"{k}: renewable")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: bad(f, f"{k}: cost keys")
        for e, v in c.items():
            if v is None: continue
            if not re.fullmatch(r"\d+(\.\d+)?", v): bad(f, f"{k}: {e} {v!r}")
            else: found(f, doc, spaced(v), f"{k} {e}")
    if not isinstance(r.get("funding"), list): bad(f, f"{k}: funding not a list")
    else:
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: bad(f, f"{k}: funding keys {fu!r}")
            found(f, doc, fu.get("source"), f"{k} funder")
            if fu.get("eur") is not None: found(f, doc, spaced(fu["eur"]), f"{k} funding eur")
            if fu.get("share_percent") is not None: found(f, doc, fu["share_percent"] + " %", f"{k} share")
    if not isinstance(r.get("contacts"), list): bad(f, f"{k}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not {"name", "email", "phone"} <= set(p): bad(f, f"{k}: contact keys {p!r}")
            found(f, doc, p.get("name"), f"{k} contact name")
            for e in ("email", "phone"):
                if p.get(e) is not None: found(f, doc, p[e], f"{k} contact {e}")

def check_index(f, doc, r):
    if set(r) != INDEX_KEYS: bad(f, f"{r.get('key')}: index keys {sorted(r)}")
    if r.get("key") != "index " + str(r.get("section")): bad(f, f"{r.get('key')}: key/section mismatch")
    for e in ("section", "localisation", "organisme", "page"): found(f, doc, r.get(e), f"{r.get('key')} {e}")
    if fold("\t".join(r[e] for e in ("section", "localisation", "organisme", "page"))).replace("\t", " ") not in doc:
        bad(f, f"{r['key']}: whole index row not found")

docs = sorted(os.listdir(DOCS))
if len(docs) != 7: bad("documents", f"expected 7 documents, found {len(docs)}")
keys_by_file = {}
for name in docs:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp): bad(name, "no gold file"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: bad(name, "gold 'file' differs")
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: bad(name, "no records"); continue
    doc = load_doc(name)
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): bad(name, "duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        if r.get("kind") == "project": check_project(name, doc, r)
        elif r.get("kind") == "index_row": check_index(name, doc, r)
        else: bad(name, f"bad kind {r.get('kind')!r}")
extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
if extra: bad("gold", f"unexpected files {sorted(extra)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: bad("clusters.json", "no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: bad("clusters.json", "missing why")
    if len(c.get("records", [])) < 2: bad("clusters.json", "cluster with fewer than 2 records")
    for rr in c.get("records", []):
        if rr.get("key") not in keys_by_file.get(rr.get("file"), set()): bad("clusters.json", f"unknown record {rr!r}")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
