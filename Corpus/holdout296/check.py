#!/usr/bin/env python3
"""Validate the holdout296 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[–—]", "-", s)
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); problems.append(f"{name}: cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond: problems.append(msg)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def isstr(x): return isinstance(x, str)
def optstr(x): return x is None or isinstance(x, str)

def check_q(where, q, text):
    if q is None: return
    need(isinstance(q, dict), f"{where}: quantity not an object"); 
    if not isinstance(q, dict): return
    for k in ("min", "max", "per", "approximate"):
        need(k in q, f"{where}: quantity lacks {k}")
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], f"{where}: bad min/max")
    need(q.get("per") in ("total", "year"), f"{where}: bad per")
    need(isinstance(q.get("approximate"), bool), f"{where}: approximate not bool")
    if "unit" in q:
        need(isstr(q["unit"]) and fold(q["unit"]) in text, f"{where}: unit {q.get('unit')!r} not in text")
    if q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        need(re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", text), f"{where}: count {q['min']} not in text")

def check_amount(where, a, text):
    if a is None: return
    need(isstr(a) and re.fullmatch(r"\d+(\.\d+)?", a or ""), f"{where}: amount {a!r} not a decimal string")
    if isstr(a): need(spaced(a) in text, f"{where}: amount {spaced(a)} not in text")

def check_project(where, r, text):
    need(set(r) == PROJECT_KEYS, f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    need(isstr(r.get("key")), f"{where}: key")
    need(optstr(r.get("section")) and optstr(r.get("section_as_written")), f"{where}: section types")
    if r.get("section"): need(fold(r["section"]) in text, f"{where}: section not in text")
    need(isstr(r.get("title")) and fold(r["title"]) in text, f"{where}: title {r.get('title')!r} not in text")
    for f in ("carriers", "partners"):
        need(isinstance(r.get(f), list), f"{where}: {f} not a list")
        for v in r.get(f) or []:
            need(isstr(v) and fold(v) in text, f"{where}: {f} {v!r} not in text")
    need(len(r.get("carriers") or []) > 0, f"{where}: no carrier")
    t = r.get("territory")
    need(isinstance(t, dict) and isstr(t.get("value")) and isinstance(t.get("departments"), list), f"{where}: territory shape")
    if isinstance(t, dict) and isstr(t.get("value")):
        need(fold(t["value"]) in text, f"{where}: territory {t['value']!r} not in text")
        for d in t.get("departments") or []:
            need(isstr(d) and re.fullmatch(r"\d{2,3}|2[AB]", d) and int(d[-1]) % 2 == 0, f"{where}: department {d!r}")
    y = r.get("year")
    need(y is None or (isinstance(y, int) and f"- {y}" in text), f"{where}: year {y!r}")
    need(r.get("mode") in MODES, f"{where}: mode {r.get('mode')!r}")
    check_q(where + " households", r.get("households"), text)
    check_q(where + " housing_units", r.get("housing_units"), text)
    du = r.get("duration")
    if du is not None:
        need(set(du) == {"months", "start", "end", "renewable"}, f"{where}: duration keys")
        need(du.get("months") is None or isinstance(du.get("months"), int), f"{where}: months type")
        need(isinstance(du.get("renewable"), bool), f"{where}: renewable type")
        for k in ("start", "end"):
            if du.get(k) is not None: need(isstr(du[k]) and du[k] in text, f"{where}: duration {k} {du[k]!r} not in text")
    c = r.get("cost")
    if c is not None:
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{where}: cost keys")
        for k in c: check_amount(f"{where} cost.{k}", c[k], text)
    need(isinstance(r.get("funding"), list), f"{where}: funding not a list")
    for fu in r.get("funding") or []:
        need(set(fu) == {"source", "eur", "share_percent"}, f"{where}: funding keys")
        need(isstr(fu.get("source")) and fold(fu["source"]) in text, f"{where}: funder {fu.get('source')!r} not in text")
        check_amount(f"{where} funding eur", fu.get("eur"), text)
        sp = fu.get("share_percent")
        if sp is not None: need(isstr(sp) and re.search(sp + r" ?%", text), f"{where}: share {sp!r} % not in text")
    need(isinstance(r.get("contacts"), list), f"{where}: contacts not a list")
    for k in r.get("contacts") or []:
        need({"name", "email", "phone"} <= set(k), f"{where}: contact keys")
        need(isstr(k.get("name")) and fold(k["name"]) in text, f"{where}: contact name {k.get('name')!r} not in text")
        for f in ("email", "phone"):
            if k.get(f) is not None: need(fold(k[f]) in text, f"{where}: contact {f} {k[f]!r} not in text")

def check_index(where, r, text):
    need(set(r) == INDEX_KEYS, f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
    need(r.get("key") == "index " + str(r.get("section")), f"{where}: key")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]) if all(isstr(r.get(k)) for k in INDEX_KEYS - {"kind"}) else None
    need(row is not None and fold(row) in text.replace("\n", " ") or (row and row in open(os.path.join(DOCS, where.split(':')[0]), encoding='utf-8').read()), f"{where}: index row not in text")

docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"expected 7 documents, found {len(docs)}")
for name in docs:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        problems.append(f"no gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    need(set(g) == {"file", "records"} and g.get("file") == name, f"{name}: top-level shape")
    text = doc_text(name)
    keys = [r.get("key") for r in g.get("records", [])]
    need(len(keys) == len(set(keys)), f"{name}: duplicate keys")
    for r in g.get("records", []):
        where = f"{name}:{r.get('key')}"
        if r.get("kind") == "project": check_project(where, r, text)
        elif r.get("kind") == "index_row": check_index(where, r, text)
        else: problems.append(f"{where}: bad kind")
extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
need(not extra, f"unexpected gold files {extra}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: no clusters")
for c in cl.get("clusters", []):
    need(isstr(c.get("why")) and len(c["why"]) > 20, "cluster without why")
    need(len(c.get("records", [])) >= 2, "cluster with fewer than 2 records")
    for rec in c.get("records", []):
        gp = os.path.join(GOLD, str(rec.get("file")) + ".json")
        ok = os.path.exists(gp) and rec.get("key") in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]]
        need(ok, f"cluster record {rec} not in gold")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
