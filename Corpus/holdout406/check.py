#!/usr/bin/env python3
"""Validate holdout406 gold files: shape, keys, types, and values found in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def found(text, v, what, f, k):
    if fold(v) not in text: err(f"{f} {k}: {what} {v!r} not in document")
def isq(q):
    return isinstance(q, dict) and isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and \
        q["min"] <= q["max"] and q.get("per") in ("total", "year") and isinstance(q.get("approximate"), bool)
docs = sorted(os.listdir(DOCS))
golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [d + ".json" for d in docs] != golds: err(f"documents {docs} and gold {golds} differ")
allkeys = set()
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = d.get("file")
    if f + ".json" != g: err(f"{g}: file {f!r}"); continue
    text = load(f)
    recs = d.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{g}: duplicate keys")
    for r in recs:
        k = r.get("key"); allkeys.add((f, k))
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: err(f"{f} {k}: index keys {sorted(r)}")
            if k != "index " + str(r.get("section")): err(f"{f} {k}: index key")
            for fld in ("section", "localisation", "organisme", "page"): found(text, r[fld], fld, f, k)
            continue
        if r.get("kind") != "project": err(f"{f} {k}: kind"); continue
        if not set(r) <= PKEYS or not {"kind", "key"} <= set(r): err(f"{f} {k}: keys {sorted(set(r) - PKEYS)}")
        if r.get("section"): found(text, r["section"], "section", f, k)
        if r.get("title") is not None: found(text, r["title"], "title", f, k)
        for fld in ("carriers", "partners"):
            if not isinstance(r.get(fld, []), list): err(f"{f} {k}: {fld} not a list")
            for v in r.get(fld, []): found(text, v, fld, f, k)
        t = r.get("territory")
        if t is not None:
            if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}", x) for x in t["departments"]): err(f"{f} {k}: departments")
            found(text, t["value"], "territory", f, k)
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{f} {k}: year type")
            found(text, str(r["year"]), "year", f, k)
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{f} {k}: mode")
        for fld in ("households", "housing_units"):
            q = r.get(fld)
            if q is None: continue
            if not isq(q): err(f"{f} {k}: {fld} shape"); continue
            if not q["approximate"]: found(text, str(q["min"]), fld, f, k)
            if "unit" in q: found(text, q["unit"], "unit", f, k)
        du = r.get("duration")
        if du is not None:
            if not (du.get("months") is None or isinstance(du["months"], int)) or not isinstance(du.get("renewable"), bool): err(f"{f} {k}: duration shape")
            for e in ("start", "end"):
                if du.get(e): found(text, du[e], "duration " + e, f, k)
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{f} {k}: cost keys")
            for v in c.values():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{f} {k}: amount {v!r}")
                    else: found(text, spaced(v), "amount", f, k)
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{f} {k}: funding keys")
            found(text, fu["source"], "funder", f, k)
            if fu["eur"]: found(text, spaced(fu["eur"]), "funding eur", f, k)
            if fu["share_percent"]: found(text, fu["share_percent"] + " %", "share", f, k)
        for ct in r.get("contacts", []):
            if not {"name", "email", "phone"} <= set(ct): err(f"{f} {k}: contact keys")
            found(text, ct["name"], "contact name", f, k)
            if ct["email"]: found(text, ct["email"], "email", f, k)
            if ct["phone"]: found(text, ct["phone"], "phone", f, k)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rr in c["records"]:
        if (rr["file"], rr["key"]) not in allkeys: err(f"clusters: unknown record {rr}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
