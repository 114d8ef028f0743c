#!/usr/bin/env python3
"""Validate holdout419 gold files: shape, keys, types, and values found in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "oe")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"\s+", " ", s)
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def need(doc, val, what):
    if fold(val) not in doc: errors.append(f"{what}: {val!r} not found")
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
for fn in sorted(os.listdir(GOLD)):
    if fn == "clusters.json": continue
    g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
    name = g.get("file")
    if name + ".json" != fn or not os.path.exists(os.path.join(DOCS, name)):
        errors.append(f"{fn}: bad file name"); continue
    doc = load(name); keys = set()
    for r in g["records"]:
        w = f"{name} {r.get('key')}"
        if r["key"] in keys: errors.append(w + ": duplicate key")
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IKEYS: errors.append(w + ": index keys"); continue
            for k in ("section","localisation","organisme","page"): need(doc, r[k], w + " " + k)
            continue
        if r["kind"] != "project" or set(r) != PKEYS: errors.append(w + ": project keys"); continue
        if r["section"]: need(doc, r["section"], w + " section")
        if not isinstance(r["title"], str): errors.append(w + ": title type")
        else: need(doc, r["title"], w + " title")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): errors.append(w + f": {k} type")
            for v in r[k]: need(doc, v, w + " " + k)
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w + " territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): errors.append(w + ": departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errors.append(w + ": year type")
            else: need(doc, str(r["year"]), w + " year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(w + ": mode")
        for k in ("households","housing_units"):
            q = r[k]
            if q is None: continue
            if set(q) - {"min","max","per","approximate","unit"} or not {"min","max","per","approximate"} <= set(q): errors.append(w + f": {k} keys")
            if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): errors.append(w + f": {k} min/max")
            if q["per"] not in ("total","year") or not isinstance(q["approximate"], bool): errors.append(w + f": {k} per/approx")
            if not q["approximate"]:
                need(doc, str(q["min"]), w + f" {k} min"); need(doc, str(q["max"]), w + f" {k} max")
            if "unit" in q: need(doc, q["unit"], w + f" {k} unit")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int): errors.append(w + ": duration")
            for k in ("start","end"):
                if d[k] is not None: need(doc, d[k], w + " duration " + k)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: errors.append(w + ": cost keys")
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(w + f": cost {k} format")
                else: need(doc, spaced(v), w + " cost " + k)
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: errors.append(w + ": funding keys"); continue
            need(doc, f["source"], w + " funder")
            if f["eur"]: need(doc, spaced(f["eur"]), w + " funding eur")
            if f["share_percent"]: need(doc, f["share_percent"] + " %", w + " funding share") if (f["share_percent"] + " %") in doc or (f["share_percent"] + "%") not in doc else None
        for p in r["contacts"]:
            if set(p) != {"name","email","phone"}: errors.append(w + ": contact keys"); continue
            need(doc, p["name"], w + " contact name")
            for k in ("email","phone"):
                if p[k] is not None: need(doc, p[k], w + " contact " + k)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for cluster in cl["clusters"]:
    if not cluster.get("why") or len(cluster["records"]) < 2: errors.append("clusters: shape")
    for rec in cluster["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in {r["key"] for r in g["records"]}: errors.append(f"clusters: {rec} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
