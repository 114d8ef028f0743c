#!/usr/bin/env python3
"""Validate holdout237 gold files: shape, keys, types, and each value's text in its document.
Standard library only. Prints OK when every check passes."""
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

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": expected non-UTF-8 cp1252 bytes")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def need(doc, name, what, s):
    if fold(s) not in doc:
        err(f"{name}: {what} {s!r} not found in document")

PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "year", "mode",
                "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(name, key, field, q, doc):
    if q is None:
        return
    if not isinstance(q, dict): return err(f"{name} {key}: {field} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{name} {key}: {field}.{k} bad type")
    if q.get("per") not in ("total", "year"): err(f"{name} {key}: {field}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{name} {key}: {field} min > max")
    if "unit" in q:
        need(doc, name, field + " unit", q["unit"])
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc):
            err(f"{name} {key}: {field} count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(doc, name, field + " breakdown label", b["label"])
        if not re.search(r"(?<!\d)" + str(b["min"]) + r"(?!\d)", doc): err(f"{name} {key}: breakdown {b}")

def check_project(name, r, doc):
    key = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{name} {key}: missing keys {sorted(missing)}")
    if not isinstance(key, str) or not key: err(f"{name}: bad key")
    if r.get("title") is not None: need(doc, name, "title", r["title"])
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list): err(f"{name} {key}: {f} not a list"); continue
        for v in r[f]:
            if not isinstance(v, str): err(f"{name} {key}: {f} item not a string")
            else: need(doc, name, f, v)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{name} {key}: territory shape")
        else:
            need(doc, name, "territory", t["value"])
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{name} {key}: department {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{name} {key}: year type")
        else: need(doc, name, "year", "- " + str(y))
    if r.get("mode") is not None and r["mode"] not in MODES: err(f"{name} {key}: mode {r['mode']!r}")
    check_q(name, key, "households", r.get("households"), doc)
    check_q(name, key, "housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)): err(f"{name} {key}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{name} {key}: renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]): err(f"{name} {key}: duration.{k}")
                else: need(doc, name, "duration " + k, d[k])
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "absent")
            if v == "absent": err(f"{name} {key}: cost.{k} missing"); continue
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{name} {key}: cost.{k} {v!r}")
            else: need(doc, name, "cost." + k, spaced(v))
    for f in r.get("funding") or []:
        if not isinstance(f.get("source"), str): err(f"{name} {key}: funding source"); continue
        need(doc, name, "funder", f["source"])
        if f.get("eur") is not None: need(doc, name, "funding eur", spaced(f["eur"]))
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{name} {key}: share {f['share_percent']}")
    if not isinstance(r.get("contacts"), list): err(f"{name} {key}: contacts not a list")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): err(f"{name} {key}: contact name"); continue
        need(doc, name, "contact name", p["name"])
        for k in ("email", "phone"):
            if p.get(k) is not None: need(doc, name, "contact " + k, p[k])
        if p.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", p["email"]): err(f"{name}: email shape")

def check_index(name, r, doc):
    missing = INDEX_KEYS - set(r)
    if missing: err(f"{name} {r.get('key')}: missing keys {sorted(missing)}")
    if r.get("key") != "index " + str(r.get("section")): err(f"{name}: index key/section mismatch")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    need(doc, name, "index row", row.replace("\t", " "))

docs = sorted(os.listdir(DOCS))
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
records_by_file = {}
for d in docs:
    gp = os.path.join(GOLD, d + ".json")
    if not os.path.exists(gp): err(f"missing gold for {d}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != d: err(f"{gp}: file field {g.get('file')!r}")
    if not isinstance(g.get("records"), list) or not g["records"]: err(f"{gp}: no records"); continue
    doc = load_doc(d)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)): err(f"{d}: duplicate keys")
    records_by_file[d] = set(keys)
    for r in g["records"]:
        if r.get("kind") == "project": check_project(d, r, doc)
        elif r.get("kind") == "index_row": check_index(d, r, doc)
        else: err(f"{d}: bad kind {r.get('kind')!r}")
for f in os.listdir(GOLD):
    if f != "clusters.json" and f[:-5] not in docs: err(f"gold without document: {f}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("cluster without why")
    if len(c.get("records", [])) < 2: err("cluster with fewer than 2 records")
    for rec in c.get("records", []):
        if rec.get("key") not in records_by_file.get(rec.get("file"), set()): err(f"cluster record not in gold: {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
