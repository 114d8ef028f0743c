#!/usr/bin/env python3
"""Validate holdout341 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); err(f"{name}: expected non-UTF-8 cp1252 bytes")
        except UnicodeDecodeError:
            pass
        return b.decode("cp1252")
    return b.decode("utf-8")

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def need(cond, msg):
    if not cond: err(msg)

def found(text, doc, where):
    if fold(text).strip() not in doc:
        err(f"{where}: {text!r} not found in document")

def amount_found(eur, digits, where):
    if not re.search(r"(?<!\d)" + eur + r"(?!\d)", digits):
        err(f"{where}: amount {eur} not found (spaces removed)")

def check_q(q, where, doc):
    if q is None: return
    need(isinstance(q, dict), f"{where}: quantity must be object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(k in q and isinstance(q[k], t), f"{where}: {k} missing or wrong type")
    need(q.get("per") in ("total", "year"), f"{where}: per must be total/year")
    need(q["min"] <= q["max"], f"{where}: min > max")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc) is not None, f"{where}: count {q['min']} not in document")
    if "unit" in q:
        found(q["unit"], doc, where + ".unit")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"expected 7 documents, got {len(docs)}")
need(files == sorted(d + ".json" for d in docs), "one gold file per document expected")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    need(set(g) == {"file", "records"}, f"{gf}: top-level keys")
    name = g["file"]
    need(gf == name + ".json", f"{gf}: file field mismatch")
    raw = load_doc(name)
    doc = fold(raw)
    digits = re.sub(r"[ \u00a0\u202f]|&nbsp;", "", html.unescape(raw))
    need(isinstance(g["records"], list) and g["records"], f"{gf}: records must be a non-empty list")
    seen = set()
    for r in g["records"]:
        w = f"{gf}[{r.get('key')}]"
        need(r.get("key") not in seen, f"{w}: duplicate key"); seen.add(r.get("key"))
        if r.get("kind") == "index_row":
            need(list(r) == INDEX_KEYS, f"{w}: index keys {list(r)}")
            need(r["key"] == "index " + r["section"], f"{w}: key must be 'index ' + section")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if row not in raw: err(f"{w}: whole index row not found")
            continue
        need(r.get("kind") == "project", f"{w}: kind")
        need(list(r) == PROJECT_KEYS, f"{w}: project keys {list(r)}")
        if r["section"] is not None:
            need(r["key"] == r["section"], f"{w}: key must equal section"); found(r["section"] + ".", doc, w + ".section")
        need(isinstance(r["title"], str), f"{w}: title"); found(r["title"], doc, w + ".title")
        if r["section"] is None and r["year"] is None and r["key"] != "document": err(f"{w}: odd key")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), f"{w}: {k} list of str")
            for x in r[k]: found(x, doc, f"{w}.{k}")
        need(len(r["carriers"]) >= 1, f"{w}: at least one carrier")
        t = r["territory"]
        need(isinstance(t, dict) and set(t) == {"value", "departments"}, f"{w}: territory shape")
        found(t["value"], doc, w + ".territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}", d) is not None and int(d) % 2 == 1, f"{w}: department {d} must be odd code")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}: year int"); found("- %d" % r["year"], doc, w + ".year")
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc)
        du = r["duration"]
        need(set(du) == {"months", "start", "end", "renewable"} and isinstance(du["months"], int) and isinstance(du["renewable"], bool), f"{w}: duration shape")
        for k in ("start", "end"):
            if du[k] is not None: need(re.fullmatch(r"\d{4}", du[k]) is not None, f"{w}: {k}"); found(du[k], doc, f"{w}.duration.{k}")
        if du["start"] and du["end"]:
            need((int(du["end"]) - int(du["start"])) * 12 == du["months"], f"{w}: months vs period")
        c = r["cost"]
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost shape")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None, f"{w}: {k} decimal string"); amount_found(v, digits, f"{w}.cost.{k}")
        need(isinstance(r["funding"], list), f"{w}: funding list")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding shape")
            found(f["source"], doc, w + ".funding")
            if f["eur"]: amount_found(f["eur"], digits, w + ".funding.eur")
            if f["share_percent"]: need(re.search(r"(?<!\d)" + f["share_percent"] + r" ?%", doc) is not None, f"{w}: share {f['share_percent']} % not found")
        need(isinstance(r["contacts"], list) and r["contacts"], f"{w}: contacts")
        for p in r["contacts"]:
            need(set(p) == {"name", "email", "phone"}, f"{w}: contact shape")
            found(p["name"], doc, w + ".contact.name")
            if p["email"]: found(p["email"], doc, w + ".contact.email"); need(not p["email"].startswith(("contact@", "accueil@")), f"{w}: generic mailbox as contact")
            if p["phone"]: found(p["phone"], doc, w + ".contact.phone")
    keys_by_file[name] = seen

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and len(cl["clusters"]) == 1, "clusters.json: one cluster expected")
for c in cl["clusters"]:
    need(set(c) == {"records", "why"} and isinstance(c["why"], str) and len(c["records"]) == 2, "clusters.json: cluster shape")
    for rec in c["records"]:
        need(rec.get("key") in keys_by_file.get(rec.get("file"), set()), f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
