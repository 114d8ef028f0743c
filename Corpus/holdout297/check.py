#!/usr/bin/env python3
"""Validate holdout297 gold files against their documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

def check_q(q, where, doc):
    if q is None: return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q.get("approximate"): need(doc, str(q["min"]), where + ".min")

def check_file(path):
    g = json.load(open(path, encoding="utf-8"))
    name = g.get("file")
    if not isinstance(name, str) or os.path.basename(path) != name + ".json": err(f"{path}: file key mismatch"); return
    if not os.path.exists(os.path.join(DOCS, name)): err(f"{name}: document missing"); return
    doc = fold(read_doc(name))
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(f"{name}: no records"); return
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{name}: duplicate keys")
    for r in recs:
        w = f"{name}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section mismatch")
            need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + " row")
            continue
        if r.get("kind") != "project": err(f"{w}: bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            if r["key"] != r["section"]: err(f"{w}: key != section")
            need(doc, r["section"] + ".", w + ".section")
        need(doc, r["title"], w + ".title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f]): err(f"{w}: {f} not list of str")
            for x in r[f]: need(doc, x, f"{w}.{f}")
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{w}: departments")
            need(doc, t["value"], w + ".territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            need(doc, "- " + str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)): err(f"{w}: months type")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}: {k} not decimal string")
                    else: need(doc, spaced(int(v)), f"{w}.cost.{k}")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            need(doc, f["source"], w + ".funding.source")
            if f["eur"] is not None: need(doc, spaced(int(f["eur"])), w + ".funding.eur")
            if f["share_percent"] is not None: need(doc, f["share_percent"] + " %", w + ".funding.share")
        if not isinstance(r["contacts"], list): err(f"{w}: contacts")
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(f"{w}: contact keys")
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None: need(doc, ct[k], f"{w}.contact.{k}")
    return {(name, r["key"]) for r in recs}

all_keys = set()
for fn in sorted(os.listdir(GOLD)):
    if fn.endswith(".json") and fn != "clusters.json":
        all_keys |= check_file(os.path.join(GOLD, fn)) or set()
docs = sorted(os.listdir(DOCS))
for d in docs:
    if not os.path.exists(os.path.join(GOLD, d + ".json")): err(f"no gold for {d}")
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("cluster without why")
    if len(c.get("records", [])) < 2: err("cluster with fewer than 2 records")
    for r in c.get("records", []):
        if (r.get("file"), r.get("key")) not in all_keys: err(f"cluster record {r} not in gold")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
