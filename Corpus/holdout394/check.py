#!/usr/bin/env python3
"""Validate holdout394 gold files against their documents (standard library only). Prints OK."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: expected not to be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("–", "-")
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def spaced(dec):
    n = int(dec); s = f"{n:,}".replace(",", " ")
    return s

def found(doc, value, what):
    if fold(value) not in doc:
        err(f"{what}: {value!r} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, doc, what, counted=True):
    if q is None: return
    if not isinstance(q, dict): err(f"{what}: not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{what}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{what}: bad min/max")
    if q.get("per") not in ("total", "year"): err(f"{what}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{what}: approximate not bool")
    if "unit" in q: found(doc, q["unit"], what + " unit")
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?! ?\d{3}\b)(?!\d)", doc): err(f"{what}: {q['min']} not found")

def check_file(fname):
    path = os.path.join(GOLD, fname)
    g = json.load(open(path, encoding="utf-8"))
    if set(g) != {"file", "records"}: err(f"{fname}: top keys {sorted(g)}")
    docname = g.get("file")
    if docname + ".json" != fname: err(f"{fname}: file name mismatch")
    if not os.path.exists(os.path.join(DOCS, docname)): err(f"{fname}: no document"); return
    doc = fold(load_doc(docname))
    keys = set()
    for r in g["records"]:
        w = f"{fname}[{r.get('key')}]"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section")
            for k in ("section", "localisation", "organisme", "page"): found(doc, r[k], f"{w} {k}")
            continue
        if r.get("kind") != "project": err(f"{w}: bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            found(doc, r["section"] + ".", w + " section")
            if r["key"] != r["section"]: err(f"{w}: key != section")
        if r["section_as_written"] is not None: found(doc, r["section_as_written"], w)
        if not isinstance(r["title"], str): err(f"{w}: title type")
        else: found(doc, r["title"], w + " title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}: {k} type")
            for x in r[k]: found(doc, x, f"{w} {k}")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{w}: territory shape")
            found(doc, t["value"], w + " territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            else: found(doc, "- " + str(r["year"]), w + " year")
        if r["mode"] not in MODES: err(f"{w}: mode")
        check_q(r["households"], doc, w + " households")
        check_q(r["housing_units"], doc, w + " housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}: months type")
            if not isinstance(d["renewable"], bool): err(f"{w}: renewable type")
            for k in ("start", "end"):
                if d[k] is not None: found(doc, d[k], f"{w} duration {k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: {k} not decimal string")
                    else: found(doc, spaced(v), f"{w} {k}")
        if not isinstance(r["funding"], list): err(f"{w}: funding type")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            found(doc, f["source"], w + " funding source")
            if f["eur"] is not None: found(doc, spaced(f["eur"]), w + " funding eur")
            if f["share_percent"] is not None and not re.search(r"(?<!\d)" + f["share_percent"] + r" ?%", doc) \
               and not (f["share_percent"] == "50" and "pour moitié" in doc):
                err(f"{w}: share {f['share_percent']} not found")
        if not isinstance(r["contacts"], list): err(f"{w}: contacts type")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: err(f"{w}: contact keys")
            for k in ("name", "email", "phone"):
                if ct[k] is not None: found(doc, ct[k], f"{w} contact {k}")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: err(f"gold files {files} do not match documents {docs}")
if len(docs) != 7: err("expected 7 documents")
for f in files: check_file(f)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not cl["clusters"]: err("clusters.json shape")
for c in cl["clusters"]:
    if set(c) != {"records", "why"} or not isinstance(c["why"], str) or len(c["records"]) < 2: err("cluster shape")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp): err(f"cluster file {rec['file']}"); continue
        if rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            err(f"cluster key {rec['key']} not in {rec['file']}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
