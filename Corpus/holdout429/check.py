#!/usr/bin/env python3
"""Validate holdout429 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def found(doc, value, what, fname, key):
    if fold(value) not in doc:
        err(f"{fname} [{key}] {what}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, what, fname, key, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{fname} [{key}] {what}: bad quantity shape"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{fname} [{key}] {what}: min/max")
    if q["per"] not in ("total", "year"):
        err(f"{fname} [{key}] {what}: per")
    if not isinstance(q["approximate"], bool):
        err(f"{fname} [{key}] {what}: approximate")
    if not q["approximate"]:
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9]| [0-9]{3})", doc):
            err(f"{fname} [{key}] {what}: count {q['min']} not found")
    if "unit" in q:
        found(doc, q["unit"], what + " unit", fname, key)

def check_project(r, fname, doc):
    key = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{fname} [{key}] missing keys {sorted(missing)}")
        return
    if not isinstance(key, str) or not key:
        err(f"{fname}: bad key")
    for k in ("title",):
        if not isinstance(r[k], str):
            err(f"{fname} [{key}] title type")
        else:
            found(doc, r[k], "title", fname, key)
    if r["section"] is not None:
        found(doc, r["section"], "section", fname, key)
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{fname} [{key}] {k} type")
        else:
            for x in r[k]:
                found(doc, x, k, fname, key)
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{fname} [{key}] territory shape")
        else:
            found(doc, t["value"], "territory", fname, key)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{fname} [{key}] department code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{fname} [{key}] year type")
        else:
            found(doc, "- " + str(r["year"]), "year", fname, key)
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{fname} [{key}] mode value")
    check_q(r["households"], "households", fname, key, doc)
    check_q(r["housing_units"], "housing_units", fname, key, doc)
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and {"months", "start", "end", "renewable"} <= set(d)):
            err(f"{fname} [{key}] duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int):
                err(f"{fname} [{key}] months type")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(doc, d[k], "duration " + k, fname, key)
            if not isinstance(d["renewable"], bool):
                err(f"{fname} [{key}] renewable type")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and {"total_eur", "per_year_eur", "per_household_eur"} <= set(c)):
            err(f"{fname} [{key}] cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                        err(f"{fname} [{key}] cost {k} not a decimal string")
                    else:
                        found(doc, spaced(v), "cost " + k, fname, key)
    if not isinstance(r["funding"], list):
        err(f"{fname} [{key}] funding type")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and {"source", "eur", "share_percent"} <= set(f)):
                err(f"{fname} [{key}] funding shape"); continue
            found(doc, f["source"], "funding source", fname, key)
            if f["eur"] is not None:
                found(doc, spaced(f["eur"]), "funding eur", fname, key)
            if f["share_percent"] is not None and f["share_percent"] + " %" not in doc and f["share_percent"] + "%" not in doc \
                    and "(" + f["share_percent"] + " %)" not in doc and "moitie" not in doc:
                err(f"{fname} [{key}] funding share {f['share_percent']} not found")
    if not isinstance(r["contacts"], list):
        err(f"{fname} [{key}] contacts type")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and {"name", "email", "phone"} <= set(p)):
                err(f"{fname} [{key}] contact shape"); continue
            for k in ("name", "email", "phone"):
                if p[k] is not None:
                    found(doc, p[k], "contact " + k, fname, key)

def check_index(r, fname, doc):
    if set(r) != INDEX_KEYS:
        err(f"{fname} [{r.get('key')}] index keys {sorted(set(r) ^ INDEX_KEYS)}"); return
    if r["key"] != "index " + r["section"]:
        err(f"{fname} [{r['key']}] index key/section mismatch")
    found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]), "index row", fname, r["key"])

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = data.get("file")
    if fname + ".json" != g:
        err(f"{g}: file field {fname!r}")
        continue
    doc = load_doc(fname)
    raw = open(os.path.join(DOCS, fname), "rb").read()
    try:
        rawtext = raw.decode("utf-8")
    except UnicodeDecodeError:
        rawtext = raw.decode("cp1252")
    recs = data.get("records")
    if not isinstance(recs, list) or not recs:
        err(f"{g}: no records"); continue
    seen = set()
    for r in recs:
        if r.get("key") in seen:
            err(f"{g}: duplicate key {r.get('key')}")
        seen.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(r, fname, doc)
        elif r.get("kind") == "index_row":
            check_index(r, fname, fold(rawtext))
        else:
            err(f"{g}: bad kind {r.get('kind')}")
    keys[fname] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: bad cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()):
            err(f"clusters.json: unknown record {rec}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
