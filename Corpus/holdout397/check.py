#!/usr/bin/env python3
"""Validate holdout397 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError: pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
MODES = {"access","maintenance","access_and_maintenance",None}
def need(doc, fname, key, what, s):
    if not isinstance(s, str) or not s: err(f"{fname} {key}: {what} not a non-empty string: {s!r}"); return
    if fold(s) not in doc: err(f"{fname} {key}: {what} {s!r} not found in document")
def check_q(doc, fname, key, name, q):
    if q is None: return
    if not isinstance(q, dict) or not {"min","max","per","approximate"} <= set(q): err(f"{fname} {key}: {name} bad shape"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{fname} {key}: {name} min/max")
    if q["per"] not in ("total","year"): err(f"{fname} {key}: {name} per")
    if not isinstance(q["approximate"], bool): err(f"{fname} {key}: {name} approximate")
    if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): err(f"{fname} {key}: {name} {q['min']} not in document")
    if "unit" in q: need(doc, fname, key, name + " unit", q["unit"])
    for b in q.get("breakdown", []):
        need(doc, fname, key, "breakdown label", b["label"])
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc): err(f"{fname} {key}: breakdown {b} not in document")
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs: err(f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    fname = gf[:-5]
    if g.get("file") != fname: err(f"{gf}: file field {g.get('file')!r}")
    doc = load(fname)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(f"{gf}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{gf}: duplicate keys")
    keys_by_file[fname] = set(keys)
    for r in recs:
        key = r.get("key")
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{gf} {key}: index keys {sorted(r)}")
            if key != "index " + str(r.get("section")): err(f"{gf} {key}: index key")
            for k in ("section","localisation","organisme","page"): need(doc, fname, key, k, r[k])
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if fold(row) not in doc.replace("\t", " ") and fold(row).replace("\t", " ") not in doc: err(f"{gf} {key}: whole row not found")
            continue
        if r.get("kind") != "project": err(f"{gf} {key}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{gf} {key}: project keys differ: {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            need(doc, fname, key, "section", r["section"])
            if key != r["section"]: err(f"{gf} {key}: key should be section")
        if r["title"] is not None: need(doc, fname, key, "title", r["title"])
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(f"{gf} {key}: {k} not a list")
            for v in r[k]: need(doc, fname, key, k, v)
        t = r["territory"]
        if t is not None:
            need(doc, fname, key, "territory", t["value"])
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])): err(f"{gf} {key}: departments")
        if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in doc): err(f"{gf} {key}: year")
        if r["mode"] not in MODES: err(f"{gf} {key}: mode")
        check_q(doc, fname, key, "households", r["households"])
        check_q(doc, fname, key, "housing_units", r["housing_units"])
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{gf} {key}: duration shape")
            for k in ("start","end"):
                if d[k] is not None and d[k] not in doc: err(f"{gf} {key}: duration {k} {d[k]} not in document")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{gf} {key}: cost keys")
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{gf} {key}: cost {k} not decimal string"); continue
                if spaced(v) not in doc: err(f"{gf} {key}: cost {k} {spaced(v)} not in document")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{gf} {key}: funding keys")
            need(doc, fname, key, "funding source", f["source"])
            if f["eur"] is not None and spaced(f["eur"]) not in doc: err(f"{gf} {key}: funding eur {f['eur']}")
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{gf} {key}: share {f['share_percent']}")
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(f"{gf} {key}: contact keys")
            need(doc, fname, key, "contact name", ct["name"])
            if ct["email"] is not None: need(doc, fname, key, "email", ct["email"])
            if ct["phone"] is not None: need(doc, fname, key, "phone", ct["phone"])
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("clusters: why missing")
    if len(c.get("records", [])) < 2: err("clusters: fewer than two records")
    for rr in c["records"]:
        if rr.get("key") not in keys_by_file.get(rr.get("file"), set()): err(f"clusters: {rr} not a gold record")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
