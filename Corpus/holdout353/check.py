#!/usr/bin/env python3
"""Validate holdout353 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")

def spaced(d):
    d = str(d); out = ""
    while len(d) > 3: out = " " + d[-3:] + out; d = d[:-3]
    return d + out

def need(doc, text, where):
    if fold(text) not in doc: errs.append(f"{where}: {text!r} not found in document")

QK = {"min": int, "max": int, "per": str, "approximate": bool}
PKEYS = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"]
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if golds != [d + ".json" for d in docs]: errs.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: errs.append(f"{g}: file field {name!r}")
    raw = read(name); doc = fold(raw)
    if name.endswith("cp1252.txt"):
        try: open(os.path.join(DOCS, name), "rb").read().decode("utf-8"); errs.append(f"{name}: decodes as UTF-8")
        except UnicodeDecodeError: pass
    for r in data["records"]:
        w = f"{g} {r.get('key')}"
        keys.setdefault(name, set()).add(r.get("key"))
        if r.get("kind") == "index_row":
            for k in ("section","localisation","organisme","page"):
                if not isinstance(r.get(k), str): errs.append(f"{w}: {k}")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if row not in raw: errs.append(f"{w}: index row not in document")
            continue
        if r.get("kind") != "project": errs.append(f"{w}: kind"); continue
        for k in PKEYS:
            if k not in r: errs.append(f"{w}: missing {k}")
        for k in ("title","section"):
            if r.get(k) is not None: need(doc, r[k], w)
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): errs.append(f"{w}: {k} not list")
            for v in r[k]: need(doc, v, w)
        if r["territory"] is not None:
            t = r["territory"]; need(doc, t["value"], w)
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])): errs.append(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errs.append(f"{w}: year type")
            need(doc, "- " + str(r["year"]), w)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(f"{w}: mode")
        for k in ("households","housing_units"):
            q = r[k]
            if q is None: continue
            for kk, ty in QK.items():
                if not isinstance(q.get(kk), ty): errs.append(f"{w}: {k}.{kk}")
            if q["per"] not in ("total","year") or q["min"] > q["max"]: errs.append(f"{w}: {k} per/min/max")
            if not q["approximate"]: need(doc, str(q["min"]), w)
            if "unit" in q: need(doc, q["unit"], w)
        d = r["duration"]
        if d is not None:
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool): errs.append(f"{w}: duration types")
            for kk in ("start","end"):
                if d[kk] is not None: need(doc, d[kk], w)
        c = r["cost"]
        if c is not None:
            for kk in ("total_eur","per_year_eur","per_household_eur"):
                v = c[kk]
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): errs.append(f"{w}: cost {kk} format")
                need(doc, spaced(v), w)
        for f in r["funding"]:
            need(doc, f["source"], w)
            if f["eur"] is not None: need(doc, spaced(f["eur"]), w)
            if f["share_percent"] is not None: need(doc, f["share_percent"] + " %", w)
        for ct in r["contacts"]:
            need(doc, ct["name"], w)
            if ct["email"]: need(doc, ct["email"], w)
            if ct["phone"]: need(doc, ct["phone"], w)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: errs.append("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], set()): errs.append(f"clusters: {rec} not a gold record")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
