#!/usr/bin/env python3
"""Validate holdout252 gold files against their documents (standard library only)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def need(doc, f, key, what, text):
    if fold(text) not in doc: errors.append(f"{f} [{key}] {what}: {text!r} not found")
PKEYS = {"kind","key","section","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if golds != [d + ".json" for d in docs]: errors.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file")
    if f + ".json" != g: errors.append(f"{g}: file field {f!r}")
    doc = load(f); keys[f] = set()
    if not isinstance(data.get("records"), list) or not data["records"]: errors.append(f"{g}: no records"); continue
    for r in data["records"]:
        k = r.get("key"); keys[f].add(k)
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: errors.append(f"{g} [{k}] index keys {sorted(set(r) ^ IKEYS)}")
            if k != "index " + r["section"]: errors.append(f"{g} [{k}] bad key")
            for fld in ("section", "localisation", "page"): need(doc, g, k, fld, r[fld])
            for part in r["organisme"].split(", "): need(doc, g, k, "organisme", part)
            continue
        if r.get("kind") != "project": errors.append(f"{g} [{k}] bad kind"); continue
        miss = PKEYS - set(r)
        if miss: errors.append(f"{g} [{k}] missing {sorted(miss)}")
        if r["section"]: need(doc, g, k, "section", r["section"])
        if r.get("section_as_written"): need(doc, g, k, "section_as_written", r["section_as_written"])
        need(doc, g, k, "title", r["title"])
        for fld in ("carriers", "partners"):
            if not isinstance(r[fld], list): errors.append(f"{g} [{k}] {fld} not a list")
            for v in r[fld]: need(doc, g, k, fld, v)
        t = r["territory"]
        if t is not None:
            need(doc, g, k, "territory", t["value"])
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
                errors.append(f"{g} [{k}] departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errors.append(f"{g} [{k}] year type")
            need(doc, g, k, "year", str(r["year"]))
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(f"{g} [{k}] mode")
        for fld in ("households", "housing_units"):
            q = r[fld]
            if q is None: continue
            if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): errors.append(f"{g} [{k}] {fld} min/max")
            if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool): errors.append(f"{g} [{k}] {fld} per/approximate")
            if q.get("breakdown"):
                if sum(b["min"] for b in q["breakdown"]) != q["min"]: errors.append(f"{g} [{k}] {fld} breakdown sum")
                for b in q["breakdown"]: need(doc, g, k, fld + " breakdown", f"{b['min']} en {b['label']}")
            elif not q["approximate"]: need(doc, g, k, fld, str(q["min"]))
            if "unit" in q: need(doc, g, k, fld + " unit", q["unit"])
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): errors.append(f"{g} [{k}] duration shape")
            for y in (d["start"], d["end"]):
                if y is not None: need(doc, g, k, "duration year", y)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errors.append(f"{g} [{k}] cost shape")
            for v in c.values():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{g} [{k}] cost {v!r} not decimal")
                    else: need(doc, g, k, "cost", spaced(int(v)) + " €")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: errors.append(f"{g} [{k}] funding shape")
            need(doc, g, k, "funding source", fu["source"])
            if fu["eur"]: need(doc, g, k, "funding eur", spaced(int(fu["eur"])))
            if fu["share_percent"]: need(doc, g, k, "funding share", fu["share_percent"] + " %")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: errors.append(f"{g} [{k}] contact shape")
            need(doc, g, k, "contact name", ct["name"])
            if ct["email"]: need(doc, g, k, "contact email", ct["email"])
            if ct["phone"]: need(doc, g, k, "contact phone", ct["phone"])
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why") or len(c["records"]) < 2: errors.append("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], set()): errors.append(f"clusters: {rec} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
