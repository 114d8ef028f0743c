#!/usr/bin/env python3
"""Validate holdout256 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"),
                 ("–", "-"), ("—", "-"), ("**", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
        enc = "cp1252"
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text), enc

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(doc, value, where):
    need(fold(value) in doc, f"{where}: {value!r} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "year", "mode",
                "households", "housing_units", "duration", "cost", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k, t in QKEYS.items():
        need(isinstance(q.get(k), t), f"{where}.{k}: missing or not {t.__name__}")
    need(q["per"] in ("total", "year"), f"{where}.per: bad value")
    need(q["min"] <= q["max"], f"{where}: min > max")
    if q.get("breakdown"):
        need(sum(b["min"] for b in q["breakdown"]) == q["min"], f"{where}: breakdown does not add up")
    elif not q["approximate"] and q["min"] == q["max"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc), f"{where}: count {q['min']} not in document")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")
        need(re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc), f"{where}.breakdown: {b['min']} not found")

def check_amount(v, where, doc):
    if v is None:
        return
    need(isinstance(v, str) and v.isdigit(), f"{where}: not a decimal string")
    if isinstance(v, str) and v.isdigit():
        need(spaced(v) in doc or v in doc, f"{where}: {v} not found")

def check_file(path):
    g = json.load(open(path, encoding="utf-8"))
    need(set(g) == {"file", "records"}, f"{path}: top-level keys")
    name = g["file"]
    need(os.path.basename(path) == name + ".json", f"{path}: file name mismatch")
    doc, enc = load(name)
    keys = set()
    for i, r in enumerate(g["records"]):
        w = f"{name}#{i}"
        need(r.get("key") not in keys, f"{w}: duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index_row keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            found(doc, line, w + " index row")
            continue
        need(r["kind"] == "project", f"{w}: kind")
        need(PROJECT_KEYS <= set(r), f"{w}: missing {sorted(PROJECT_KEYS - set(r))}")
        if r.get("section"):
            found(doc, r["section"] + ".", w + ".section")
            need(r["key"] == r["section"], f"{w}: key != section")
        if r["title"] is not None:
            found(doc, r["title"], w + ".title")
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), f"{w}.{f}: not a list")
            for v in r[f]:
                found(doc, v, f"{w}.{f}")
        t = r["territory"]
        if t is not None:
            need(isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]),
                 f"{w}.territory.departments")
            found(doc, t["value"], w + ".territory")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}.year type")
            found(doc, "- %d" % r["year"], w + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}.mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}.duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}.duration.months")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(doc, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}.cost keys")
            for k, v in c.items():
                check_amount(v, f"{w}.cost.{k}", doc)
        for f in r.get("funding", []):
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}.funding keys")
            found(doc, f["source"], w + ".funding.source")
            check_amount(f["eur"], w + ".funding.eur", doc)
            if f["share_percent"] is not None:
                need(re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), doc), f"{w}.funding share {f['share_percent']}")
        need(isinstance(r["contacts"], list), f"{w}.contacts")
        for p in r["contacts"]:
            need({"name", "email", "phone"} <= set(p), f"{w}.contact keys")
            for k in ("name", "email", "phone", "role", "organisation"):
                if p.get(k):
                    found(doc, p[k], f"{w}.contact.{k}")
    return g

golds = {}
for fn in sorted(os.listdir(GOLD)):
    if fn.endswith(".json") and fn != "clusters.json":
        golds[fn[:-5]] = check_file(os.path.join(GOLD, fn))
need(set(golds) == set(os.listdir(DOCS)), "one gold file per document")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and c["why"], "cluster why")
    need(len(c["records"]) >= 2, "cluster size")
    for ref in c["records"]:
        keys = {r["key"] for r in golds.get(ref["file"], {"records": []})["records"]}
        need(ref["key"] in keys, f"cluster ref {ref} not in gold")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
