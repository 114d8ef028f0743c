#!/usr/bin/env python3
"""Validate holdout387 gold files: shape, keys, types, and that values occur in their document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(m): errors.append(m)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('cp1252')
    if name.endswith('.html') or '<div' in t:
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t

def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('œ', 'oe').replace('Œ', 'OE')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r'\s+', ' ', s.lower()).strip()

def spaced(d):
    s = str(int(d)); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, text, where):
    if fold(text) not in doc: err(f"{where}: {text!r} not found in document")

def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): err(f"{where}.{k}: wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min>max")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and not re.search(r'(?<!\d)' + str(q.get("min")) + r'(?!\d)', doc): err(f"{where}: count {q.get('min')} not found")

seen = {}
files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: err(f"gold files {files} do not match documents {docs}")
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    name = gf[:-5]
    if set(g) != {"file", "records"} or g["file"] != name: err(f"{gf}: top-level shape"); continue
    doc = fold(read_doc(name))
    keys = set()
    for i, r in enumerate(g["records"]):
        w = f"{gf}[{i}]"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            for k in ("section", "localisation", "organisme", "page"): need(doc, r[k], f"{w}.{k}")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: project keys differ {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None: need(doc, r["section"] + ".", w + ".section")
        if r["title"] is not None: need(doc, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}.{k}: type")
            for x in r[k]: need(doc, x, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}', d) for d in t["departments"]): err(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}.year type")
            need(doc, str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode")
        check_q(r["households"], w + ".households", doc)
        check_q(r["housing_units"], w + ".housing_units", doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}.duration shape")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}.cost shape")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): err(f"{w}.cost.{k} not decimal")
                    else: need(doc, spaced(v), f"{w}.cost.{k}")
        for j, fu in enumerate(r["funding"]):
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}.funding[{j}] shape")
            need(doc, fu["source"], f"{w}.funding[{j}].source")
            if fu["eur"] is not None: need(doc, spaced(fu["eur"]), f"{w}.funding[{j}].eur")
            if fu["share_percent"] is not None: need(doc, fu["share_percent"] + " %", f"{w}.funding[{j}].share")
        for j, ct in enumerate(r["contacts"]):
            if not {"name", "email", "phone"} <= set(ct): err(f"{w}.contacts[{j}] shape")
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None: need(doc, ct[k], f"{w}.contacts[{j}].{k}")
    seen[name] = keys
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for i, c in enumerate(cl.get("clusters", [])):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err(f"clusters[{i}] shape")
    for r in c.get("records", []):
        if r.get("key") not in seen.get(r.get("file"), set()): err(f"clusters[{i}]: unknown record {r}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
