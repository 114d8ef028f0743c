#!/usr/bin/env python3
"""Validate holdout332 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    return raw.decode("utf-8")

def found(doc, text, what, fname):
    if text is None: return
    if fold(str(text)) not in doc: err(f"{fname}: {what} {text!r} not found in document")

def check_q(q, name, fname, doc, key):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{fname} {key}: {name}.{k} bad type")
    if q.get("per") not in ("total", "year"): err(f"{fname} {key}: {name}.per bad")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{fname} {key}: {name} min>max")
    if not q.get("approximate") and q.get("min") == q.get("max"): found(doc, str(q["min"]), name, fname)
    if "unit" in q: found(doc, q["unit"], name + ".unit", fname)

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if sorted(d + ".json" for d in docs) != golds: err("gold files do not match documents")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = data.get("file")
    if fname + ".json" != g: err(g + ": file name mismatch"); continue
    doc = fold(read_doc(fname))
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(g + ": no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(g + ": duplicate keys")
    keys_by_file[fname] = set(keys)
    for r in recs:
        key = r.get("key")
        if r.get("kind") == "index_row":
            if sorted(r) != sorted(INDEX_KEYS): err(f"{g} {key}: index keys {sorted(r)}")
            if key != "index " + r["section"]: err(f"{g} {key}: index key")
            for k in ("section", "localisation", "organisme", "page"): found(doc, r[k], k, g)
            continue
        if r.get("kind") != "project": err(f"{g} {key}: bad kind"); continue
        if sorted(r) != sorted(PROJECT_KEYS): err(f"{g} {key}: project keys {sorted(set(PROJECT_KEYS) ^ set(r))}")
        if r["section"] is not None and r["section"] != key: err(f"{g} {key}: section != key")
        found(doc, r["section"], "section", g)
        if not isinstance(r["title"], str): err(f"{g} {key}: title type")
        found(doc, r["title"], "title", g)
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{g} {key}: {k} type")
            for x in r[k]: found(doc, x, k, g)
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{g} {key}: territory type")
            found(doc, t["value"], "territory", g)
            for d in t["departments"]:
                if not re.fullmatch(r"\d[\dAB]\d?", d) or int(d[:2]) % 2: err(f"{g} {key}: department {d}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{g} {key}: year type")
            found(doc, "- " + str(r["year"]), "year", g)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{g} {key}: mode")
        check_q(r["households"], "households", g, doc, key)
        check_q(r["housing_units"], "housing_units", g, doc, key)
        d = r["duration"]
        if d is not None:
            if sorted(d) != ["end", "months", "renewable", "start"] or not isinstance(d["renewable"], bool): err(f"{g} {key}: duration shape")
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{g} {key}: months type")
            for k in ("start", "end"):
                if d[k] is not None: found(doc, d[k], "duration." + k, g)
        c = r["cost"]
        if c is not None:
            if sorted(c) != ["per_household_eur", "per_year_eur", "total_eur"]: err(f"{g} {key}: cost shape")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{g} {key}: {k} not decimal")
                    found(doc, spaced(v), "cost." + k, g)
        for f in r["funding"]:
            if sorted(f) != ["eur", "share_percent", "source"]: err(f"{g} {key}: funding shape")
            found(doc, f["source"], "funding.source", g)
            if f["eur"] is not None: found(doc, spaced(f["eur"]), "funding.eur", g)
            if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", "funding.share", g)
        for ct in r["contacts"]:
            if sorted(ct) != ["email", "name", "phone"]: err(f"{g} {key}: contact shape")
            for k in ("name", "email", "phone"): found(doc, ct[k], "contact." + k, g)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec.get("key") not in keys_by_file.get(rec.get("file"), ()): err(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
