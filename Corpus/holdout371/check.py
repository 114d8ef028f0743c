#!/usr/bin/env python3
"""Validate holdout371 gold files: shape, required keys, types, and that each value's text occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(f, k, m): errors.append(f"{f} [{k}]: {m}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name: err(name, "-", "expected a non-UTF-8 Windows-1252 file")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"<[^>]+>", " ", text) if "<div" in text else text
    return fold(text)

def spaced(d):
    n = int(d); return f"{n:,}".replace(",", " ")

def need(doc, f, k, what, s):
    if s is None: return
    if fold(str(s)) not in doc: err(f, k, f"{what} {s!r} not found in document")

def is_q(q):
    return isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q) and isinstance(q["min"], int) \
        and isinstance(q["max"], int) and q["min"] <= q["max"] and q["per"] in ("total", "year") and isinstance(q["approximate"], bool)

for gname in sorted(os.listdir(GOLD)):
    path = os.path.join(GOLD, gname)
    g = json.load(open(path, encoding="utf-8"))
    if gname == "clusters.json":
        for c in g.get("clusters", []):
            if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err(gname, "-", "bad cluster")
            for r in c["records"]:
                gg = json.load(open(os.path.join(GOLD, r["file"] + ".json"), encoding="utf-8"))
                if r["key"] not in [x["key"] for x in gg["records"]]: err(gname, r["key"], "unknown record")
        continue
    f = g.get("file")
    if gname != f + ".json" or not os.path.exists(os.path.join(DOCS, f)): err(gname, "-", "file name mismatch"); continue
    doc = load(f)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)): err(f, "-", "duplicate keys")
    for r in g["records"]:
        k = r.get("key")
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f, k, f"index keys {sorted(set(r) ^ INDEX_KEYS)}")
            if k != "index " + r["section"]: err(f, k, "index key")
            for fld in ("section", "localisation", "organisme", "page"): need(doc, f, k, fld, r[fld])
            continue
        if r.get("kind") != "project": err(f, k, "bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f, k, f"project keys {sorted(set(r) ^ PROJECT_KEYS)}")
        need(doc, f, k, "section", r["section"])
        if not isinstance(r["title"], str): err(f, k, "title type")
        need(doc, f, k, "title", r["title"])
        for fld in ("carriers", "partners"):
            if not isinstance(r[fld], list) or not all(isinstance(x, str) for x in r[fld]): err(f, k, fld + " type")
            for x in r[fld]: need(doc, f, k, fld, x)
        t = r["territory"]
        if t is not None:
            if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)): err(f, k, "territory type")
            need(doc, f, k, "territory", t["value"])
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f, k, "year type")
            need(doc, f, k, "year", f"- {r['year']}")
        if r["mode"] not in ("access", "maintenance", "access_and_maintenance", None): err(f, k, "mode")
        for fld in ("households", "housing_units"):
            q = r[fld]
            if q is None: continue
            if not is_q(q): err(f, k, fld + " shape"); continue
            if not q["approximate"] and not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc): err(f, k, fld + " count not found")
            if "unit" in q: need(doc, f, k, "unit", q["unit"])
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], int): err(f, k, "duration shape")
            need(doc, f, k, "start", d["start"]); need(doc, f, k, "end", d["end"])
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, k, "cost shape")
            for v in c.values():
                if v is not None:
                    if not (isinstance(v, str) and v.isdigit()): err(f, k, f"amount {v!r} not a decimal string")
                    else: need(doc, f, k, "amount", spaced(v))
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f, k, "funding shape")
            need(doc, f, k, "funder", fu["source"])
            if fu["eur"] is not None: need(doc, f, k, "funding amount", spaced(fu["eur"]))
            if fu["share_percent"] is not None: need(doc, f, k, "share", fu["share_percent"] + " %")
        if not r["contacts"] and r["contacts"] != []: err(f, k, "contacts type")
        for p in r["contacts"]:
            if not isinstance(p.get("name"), str) or set(p) - {"name", "email", "phone", "role", "organisation"}: err(f, k, "contact shape")
            for fld in ("name", "email", "phone"): need(doc, f, k, "contact " + fld, p.get(fld))

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
