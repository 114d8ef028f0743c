#!/usr/bin/env python3
"""Validate holdout283 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out, s = " " + s[-3:] + out, s[:-3]
    return s + out

def need(cond, msg):
    if not cond: errors.append(msg)

def found(text, value, where):
    need(fold(value) in text, f"{where}: {value!r} not found in document")

def check_q(q, text, where):
    if q is None: return
    need(isinstance(q, dict) and set(["min", "max", "per", "approximate"]) <= set(q), f"{where}: bad quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year"), f"{where}: per")
    need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    if not q["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) is not None, f"{where}: {q['min']} not in doc")

for name in sorted(os.listdir(DOCS)):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = fold(raw.decode("cp1252" if "cp1252" in name else "utf-8"))
    gpath = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gpath):
        errors.append(f"missing gold for {name}"); continue
    g = json.load(open(gpath, encoding="utf-8"))
    need(g.get("file") == name and isinstance(g.get("records"), list) and g["records"], f"{name}: header")
    keys = [r.get("key") for r in g["records"]]
    need(len(keys) == len(set(keys)), f"{name}: duplicate keys")
    for r in g["records"]:
        w = f"{name}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(sorted(r) == sorted(INDEX_KEYS), f"{w}: index keys")
            for k in ("localisation", "organisme", "page"): found(text, r[k], w + "." + k)
            need(r["key"] == "index " + r["section"], f"{w}: key")
            continue
        need(r.get("kind") == "project" and sorted(r) == sorted(PROJECT_KEYS), f"{w}: project keys")
        if r["section"]: found(text, r["section"] + ".", w + ".section")
        if r["title"]: found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}.{k}: list")
            for v in r[k]: found(text, v, f"{w}.{k}")
        t = r["territory"]
        if t:
            found(text, t["value"], w + ".territory")
            need(all(isinstance(d, str) and d.isdigit() for d in t["departments"]), f"{w}: departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}: year type"); found(text, "- %d" % r["year"], w + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], text, w + ".households"); check_q(r["housing_units"], text, w + ".housing_units")
        d = r["duration"]
        if d:
            need(set(d) == {"months", "start", "end", "renewable"} and isinstance(d["renewable"], bool), f"{w}: duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}: months")
            for k in ("start", "end"):
                if d[k]: found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(isinstance(v, str) and v.isdigit(), f"{w}.{k}: decimal string")
                    found(text, spaced(v), f"{w}.cost.{k}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            found(text, f["source"], w + ".funding")
            if f["eur"]: found(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]: found(text, f["share_percent"] + " %", w + ".funding.share")
        for p in r["contacts"]:
            need(set(p) == {"name", "email", "phone"}, f"{w}: contact keys")
            found(text, p["name"], w + ".contact")
            for k in ("email", "phone"):
                if p[k]: found(text, p[k], f"{w}.contact.{k}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for m in c["records"]:
        gp = os.path.join(GOLD, m["file"] + ".json")
        need(os.path.exists(gp) and m["key"] in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]],
             f"clusters: {m} not in gold")
need(len(os.listdir(DOCS)) == 7, "expected 7 documents")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
