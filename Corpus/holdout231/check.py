#!/usr/bin/env python3
"""Validate holdout231 gold files (standard library only). Prints OK when all pass."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, m): errors.append(f"{f}: {m}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def has(doc, s): return fold(s) in doc

def has_amount(doc, dec):
    # a decimal string, written with or without thousands separators
    n = int(dec)
    spaced = f"{n:,}".replace(",", " ")
    return any(re.search(r"(?<!\d)(?<!\d )" + re.escape(v) + r"(?![\d])", doc) for v in {spaced, str(n)})

def has_int(doc, n): return re.search(r"(?<!\d)" + str(n) + r"(?!\d)", doc) is not None

PROJ_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
             "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IDX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
WORDS = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30}

def check_q(f, doc, k, q):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f, f"{k}: bad quantity {q}")
    if not all(isinstance(q[x], int) for x in ("min", "max")) or q["min"] > q["max"]:
        err(f, f"{k}: bad min/max")
    if q["per"] not in ("total", "year"): err(f, f"{k}: bad per")
    if not isinstance(q["approximate"], bool): err(f, f"{k}: approximate not bool")
    if "unit" in q and not has(doc, q["unit"]): err(f, f"{k}: unit {q['unit']!r} not in document")
    if q["min"] == q["max"]:
        if not has_int(doc, q["min"]): err(f, f"{k}: {q['min']} not in document")
    else:
        if not q["approximate"]: err(f, f"{k}: range must come from the text")
        mid = (q["min"] + q["max"]) // 2
        word = [w for w, v in WORDS.items() if v == mid]
        if not (word and has(doc, word[0])) and not (has_int(doc, q["min"]) and has_int(doc, q["max"])):
            err(f, f"{k}: range {q['min']}-{q['max']} not grounded")

def check_project(f, doc, r):
    miss = PROJ_KEYS - set(r)
    if miss: return err(f, f"{r.get('key')}: missing {sorted(miss)}")
    key = r["key"]
    for k in ("title",):
        if r[k] is not None and not has(doc, r[k]): err(f, f"{key}: title not found")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(f, f"{key}: {k} not a list"); continue
        for v in r[k]:
            if not has(doc, v): err(f, f"{key}: {k} {v!r} not found")
    t = r["territory"]
    if t is not None:
        if not has(doc, t["value"]): err(f, f"{key}: territory not found")
        if not isinstance(t["departments"], list) or not t["departments"]: err(f, f"{key}: departments")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}", d): err(f, f"{key}: department {d}")
            elif f"({d})" not in doc and f", {d})" not in doc: err(f, f"{key}: ({d}) not in document")
    if r["year"] is not None and (not isinstance(r["year"], int) or not has_int(doc, r["year"])):
        err(f, f"{key}: year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f, f"{key}: mode")
    check_q(f, doc, key + " households", r["households"])
    check_q(f, doc, key + " housing_units", r["housing_units"])
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f, f"{key}: duration keys")
        for x in ("start", "end"):
            if d[x] is not None and not has(doc, d[x]): err(f, f"{key}: duration {x} not found")
        if d["months"] is not None:
            m = d["months"]
            ok = has(doc, f"{m} mois") or (m % 12 == 0 and (has(doc, f"{m // 12} ans") or
                 has(doc, ["", "un", "deux", "trois"][m // 12] + " ans" if m // 12 <= 3 else "x"))) \
                 or (d["start"] and d["end"] and 12 * (int(d["end"]) - int(d["start"])) == m)
            if not ok: err(f, f"{key}: duration {m} months not grounded")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, f"{key}: cost keys")
        for x, v in c.items():
            if v is not None and (not re.fullmatch(r"\d+(\.\d+)?", v) or not has_amount(doc, v)):
                err(f, f"{key}: cost {x} {v} not found")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}: err(f, f"{key}: funding keys"); continue
        if not has(doc, fu["source"]): err(f, f"{key}: funder {fu['source']} not found")
        if fu["eur"] is not None and not has_amount(doc, fu["eur"]): err(f, f"{key}: funding eur")
        sp = fu["share_percent"]
        if sp is not None and not (re.search(sp + r" ?%", doc) or (sp == "50" and "moitie" in doc)):
            err(f, f"{key}: share {sp} not found")
    if not isinstance(r["contacts"], list): err(f, f"{key}: contacts not a list")
    for ct in r["contacts"]:
        if set(ct) != {"name", "email", "phone"}: err(f, f"{key}: contact keys")
        for x in ("name", "email", "phone"):
            if ct.get(x) is not None and not has(doc, ct[x]): err(f, f"{key}: contact {x} {ct[x]!r} not found")

def check_index(f, doc, r):
    if set(r) != IDX_KEYS: return err(f, f"{r.get('key')}: index keys {sorted(r)}")
    if r["key"] != "index " + r["section"]: err(f, f"{r['key']}: key/section mismatch")
    line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
    if line.replace("\t", " ") not in doc: err(f, f"{r['key']}: index row not found")

names = sorted(os.listdir(DOCS))
for name in names:
    p = os.path.join(GOLD, name + ".json")
    if not os.path.exists(p): err(name, "no gold file"); continue
    g = json.load(open(p, encoding="utf-8"))
    if g.get("file") != name: err(name, "file field")
    doc = load_doc(name)
    keys = [r.get("key") for r in g.get("records", [])]
    if len(keys) != len(set(keys)) or not keys: err(name, "keys empty or duplicated")
    for r in g["records"]:
        if r.get("kind") == "project": check_project(name, doc, r)
        elif r.get("kind") == "index_row": check_index(name, doc, r)
        else: err(name, f"bad kind {r.get('kind')}")
    # index rows must match project sections in the same file
    secs = {r["section"] for r in g["records"] if r["kind"] == "project" and r["section"]}
    for r in g["records"]:
        if r["kind"] == "index_row" and r["section"] not in secs: err(name, f"index {r['section']} has no project")

extra = set(os.listdir(GOLD)) - {n + ".json" for n in names} - {"clusters.json"}
if extra: err("gold", f"unexpected files {sorted(extra)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters.json", "bad cluster")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]]:
            err("clusters.json", f"unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
