#!/usr/bin/env python3
"""Validate holdout359 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); problems.append(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond: problems.append(msg)

def found(doc, val, where):
    need(isinstance(val, str) and fold(val) in doc, f"{where}: {val!r} not found in document")

def qty(q, where, doc):
    if q is None: return
    need(isinstance(q, dict), f"{where}: not an object"); 
    if not isinstance(q, dict): return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), t) and not (t is int and isinstance(q.get(k), bool)), f"{where}.{k}: bad or missing")
    need(q.get("per") in ("total", "year"), f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int):
        need(q["min"] <= q["max"], f"{where}: min > max")
        if not q.get("approximate") or q["min"] == q["max"]:
            for v in {q["min"], q["max"]}:
                need(re.search(r"(?<![0-9])" + str(v) + r"(?![0-9])", doc) is not None, f"{where}: count {v} not in document")
    if "unit" in q: found(doc, q["unit"], where + ".unit")

files = sorted(f for f in os.listdir(DOCS))
need(len(files) == 7, f"expected 7 documents, found {len(files)}")
PKEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
for f in files:
    gp = os.path.join(GOLD, f + ".json")
    if not os.path.exists(gp):
        problems.append(f"missing gold for {f}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    doc = load_doc(f)
    need(g.get("file") == f, f"{gp}: file field {g.get('file')!r}")
    recs = g.get("records")
    need(isinstance(recs, list) and recs, f"{gp}: records must be a non-empty list")
    keys = [r.get("key") for r in recs]
    need(len(keys) == len(set(keys)), f"{gp}: duplicate keys")
    for r in recs:
        w = f"{f}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            for k in ("key", "section", "localisation", "organisme", "page"):
                need(isinstance(r.get(k), str), f"{w}.{k}: missing")
            need(r.get("key") == "index " + str(r.get("section")), f"{w}: key must be 'index ' + section")
            for k in ("section", "localisation", "organisme", "page"):
                found(doc, r.get(k, ""), f"{w}.{k}")
            continue
        need(r.get("kind") == "project", f"{w}: kind {r.get('kind')!r}")
        for k in PKEYS:
            need(k in r, f"{w}: missing key {k}")
        if r.get("section"): found(doc, r["section"] + ".", w + ".section")
        if r.get("key") != "document" and r.get("section") is None:
            found(doc, r["key"], w + ".key")
        if r.get("title") is not None: found(doc, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r.get(k), list), f"{w}.{k}: not a list")
            for v in r.get(k) or []: found(doc, v, f"{w}.{k}")
        t = r.get("territory")
        if t is not None:
            found(doc, t.get("value"), w + ".territory")
            need(isinstance(t.get("departments"), list) and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]), f"{w}.territory.departments bad")
            for d in t.get("departments", []):
                need(f"({d})" in doc or f", {d})" in doc, f"{w}: code {d} not written in document")
        if r.get("year") is not None:
            need(isinstance(r["year"], int), f"{w}.year not int"); found(doc, "- " + str(r["year"]), w + ".year")
        need(r.get("mode") in (None, "access", "maintenance", "access_and_maintenance"), f"{w}.mode bad")
        qty(r.get("households"), w + ".households", doc)
        qty(r.get("housing_units"), w + ".housing_units", doc)
        d = r.get("duration")
        if d is not None:
            need(isinstance(d.get("months"), int), f"{w}.duration.months")
            need(isinstance(d.get("renewable"), bool), f"{w}.duration.renewable")
            for k in ("start", "end"):
                if d.get(k) is not None: found(doc, d[k], f"{w}.duration.{k}")
        c = r.get("cost")
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                need(v is None or (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)), f"{w}.cost.{k} bad: {v!r}")
                if isinstance(v, str) and v.isdigit(): found(doc, spaced(v), f"{w}.cost.{k}")
        need(isinstance(r.get("funding"), list), f"{w}.funding not a list")
        for fu in r.get("funding") or []:
            found(doc, fu.get("source"), w + ".funding.source")
            if fu.get("eur") is not None: found(doc, spaced(fu["eur"]), w + ".funding.eur")
            if fu.get("share_percent") is not None: found(doc, fu["share_percent"] + " %", w + ".funding.share")
        need(isinstance(r.get("contacts"), list), f"{w}.contacts not a list")
        for ct in r.get("contacts") or []:
            found(doc, ct.get("name"), w + ".contact.name")
            for k in ("email", "phone"):
                if ct.get(k) is not None: found(doc, ct[k], f"{w}.contact.{k}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: no clusters")
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and c["why"], "cluster without why")
    need(len(c.get("records", [])) >= 2, "cluster with fewer than two records")
    for rr in c.get("records", []):
        gp = os.path.join(GOLD, rr.get("file", "") + ".json")
        ok = os.path.exists(gp) and any(x.get("key") == rr.get("key") for x in json.load(open(gp, encoding="utf-8"))["records"])
        need(ok, f"clusters.json: {rr} not a gold record")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
