#!/usr/bin/env python3
"""Validate holdout391 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def read(f):
    b = open(os.path.join(DOCS, f), "rb").read()
    return b.decode("cp1252" if "cp1252" in f else "utf-8")
def found(text, val, where):
    if fold(val) not in text: err(f"{where}: {val!r} not found in document")
def check_q(q, where, text, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: bad or missing")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min>max")
    if not q.get("approximate") and q.get("min") == q.get("max") and not q.get("breakdown"):
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", text): err(f"{where}: count {q['min']} not found")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(text, b["label"], where + ".breakdown")
files = sorted(f for f in os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if golds != [f + ".json" for f in files]: err(f"gold files {golds} do not match documents {files}")
keys_by_file = {}
for f in files:
    gp = os.path.join(GOLD, f + ".json")
    if not os.path.exists(gp): continue
    g = json.load(open(gp, encoding="utf-8"))
    text = fold(read(f))
    if g.get("file") != f: err(f"{gp}: file field {g.get('file')!r}")
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(f"{gp}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{gp}: duplicate keys")
    keys_by_file[f] = set(keys)
    for r in recs:
        w = f"{f}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section mismatch")
            line = fold("\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]]))
            if line.replace("\t", " ") not in text.replace("\t", " "): err(f"{w}: index row not found whole")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            found(text, r["section"] + ".", w + ".section")
            if r["key"] != r["section"]: err(f"{w}: key != section")
        if r["title"]: found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{w}.{k}: not a list")
            for v in r[k]: found(text, v, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w + ".territory")
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"])): err(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}.year type")
            found(text, f"- {r['year']}", w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode")
        check_q(r["households"], w + ".households", text)
        check_q(r["housing_units"], w + ".housing_units", text)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}.duration keys")
            if not isinstance(d["months"], (int, type(None))) or not isinstance(d["renewable"], bool): err(f"{w}.duration types")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}.cost keys")
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}.cost.{k}: {v!r}")
                else: found(text, spaced(int(v)) + " €", f"{w}.cost.{k}")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}.funding keys")
            found(text, fu["source"], w + ".funding.source")
            if fu["eur"] is not None: found(text, spaced(int(fu["eur"])), w + ".funding.eur")
            if fu["share_percent"] is not None: found(text, fu["share_percent"] + " %", w + ".funding.share")
        if not isinstance(r["contacts"], list): err(f"{w}.contacts")
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(f"{w}.contacts keys")
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None: found(text, ct[k], f"{w}.contacts.{k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["why"]) < 20: err("clusters.json: why missing")
    if len(c.get("records", [])) < 2: err("clusters.json: cluster with fewer than two records")
    for rec in c.get("records", []):
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
