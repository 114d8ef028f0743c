#!/usr/bin/env python3
"""Validate holdout425 gold files against their documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8")
            err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc_f, value, what, fname, key):
    if fold(value) not in doc_f:
        err(f"{fname} [{key}] {what}: {value!r} not found in document")

QTY_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
OPTIONAL = {"mode"}

def check_qty(q, what, fname, key, doc_f):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{fname} [{key}] {what}: not an object"); return
    for k, t in QTY_KEYS.items():
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            err(f"{fname} [{key}] {what}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{fname} [{key}] {what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{fname} [{key}] {what}: min > max")
    if q.get("breakdown"):
        if sum(b["min"] for b in q["breakdown"]) != q.get("min"):
            err(f"{fname} [{key}] {what}: breakdown does not add up to min")
    elif not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc_f):
            err(f"{fname} [{key}] {what}: {q['min']} not in document")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{fname} [{key}] {what}.unit not a string")
        else: found(doc_f, q["unit"], what + ".unit", fname, key)
    for b in q.get("breakdown", []) or []:
        found(doc_f, b["label"], what + ".breakdown.label", fname, key)
        if not re.search(r"(?<!\d)" + str(b["min"]) + r"(?!\d)", doc_f):
            err(f"{fname} [{key}] breakdown {b['min']} not in document")

def check_project(r, fname, doc_f):
    key = r.get("key")
    for k in PROJECT_KEYS:
        if k not in r and k not in OPTIONAL:
            err(f"{fname} [{key}] missing key {k}")
    if fname.startswith("guide"):
        if r.get("section") != key: err(f"{fname} [{key}] section != key")
    elif fname.startswith("brochure"):
        if r.get("title") != key: err(f"{fname} [{key}] brochure key must be the title")
    elif key != "document":
        err(f"{fname}: one-project document key must be 'document'")
    if r.get("section"): found(doc_f, r["section"] + ".", "section", fname, key)
    if not isinstance(r.get("title"), str): err(f"{fname} [{key}] title not a string")
    else: found(doc_f, r["title"], "title", fname, key)
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list): err(f"{fname} [{key}] {f} not a list"); continue
        for v in r[f]:
            found(doc_f, v, f, fname, key)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{fname} [{key}] territory shape")
        else:
            found(doc_f, t["value"], "territory", fname, key)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}", d): err(f"{fname} [{key}] bad department {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{fname} [{key}] year not int")
        elif f"- {y}" not in doc_f: err(f"{fname} [{key}] year {y} not a bullet line")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{fname} [{key}] mode invalid")
    check_qty(r.get("households"), "households", fname, key, doc_f)
    check_qty(r.get("housing_units"), "housing_units", fname, key, doc_f)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d: err(f"{fname} [{key}] duration.{k} missing")
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{fname} [{key}] months type")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not isinstance(d[k], str) or d[k] not in doc_f: err(f"{fname} [{key}] duration.{k} {d[k]!r} not found")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{fname} [{key}] cost.{k} missing"); continue
            v = c[k]
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{fname} [{key}] cost.{k} not decimal string")
            else: found(doc_f, spaced(v) + " €", "cost." + k, fname, key)
    for f in r.get("funding", []) or []:
        for k in ("source", "eur", "share_percent"):
            if k not in f: err(f"{fname} [{key}] funding.{k} missing")
        found(doc_f, f["source"], "funding.source", fname, key)
        if f.get("eur"): found(doc_f, spaced(f["eur"]) + " €", "funding.eur", fname, key)
        if f.get("share_percent"): found(doc_f, f["share_percent"] + " %", "funding.share", fname, key)
    if not isinstance(r.get("contacts"), list): err(f"{fname} [{key}] contacts not a list")
    for p in r.get("contacts") or []:
        for k in ("name", "email", "phone"):
            if k not in p: err(f"{fname} [{key}] contact.{k} missing")
            elif p[k] is not None: found(doc_f, p[k], "contact." + k, fname, key)

def check_index(r, fname, doc_f):
    key = r.get("key")
    for k in ("kind", "key", "section", "localisation", "organisme", "page"):
        if not isinstance(r.get(k), str): err(f"{fname} [{key}] index {k} missing or not a string")
    if key != "index " + r.get("section", ""): err(f"{fname} [{key}] index key mismatch")
    row = "\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]])
    if fold(row) not in doc_f: err(f"{fname} [{key}] whole index row not found")

docs = sorted(os.listdir(DOCS))
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
for name in docs:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp): err(f"no gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: err(f"{gp}: file field mismatch")
    doc_f = fold(read_doc(name))
    keys = set()
    for r in g.get("records", []):
        if r.get("key") in keys: err(f"{name}: duplicate key {r.get('key')}")
        keys.add(r.get("key"))
        if r.get("kind") == "project": check_project(r, name, doc_f)
        elif r.get("kind") == "index_row": check_index(r, name, doc_f)
        else: err(f"{name}: bad kind {r.get('kind')}")
    if not any(r.get("kind") == "project" for r in g.get("records", [])): err(f"{name}: no project")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: bad cluster")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp): err(f"clusters.json: unknown file {rec['file']}"); continue
        if rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            err(f"clusters.json: unknown key {rec['key']} in {rec['file']}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
