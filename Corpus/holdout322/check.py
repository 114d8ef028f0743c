#!/usr/bin/env python3
"""Validate holdout322 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(d):
    return f"{int(d):,}".replace(",", " ")
def need(doc, text, where):
    if text is not None and fold(str(text)) not in doc: errs.append(f"{where}: {text!r} not in document")
QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
docs = sorted(os.listdir(DOCS)); golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: errs.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name: errs.append(f"{g}: file is {data.get('file')!r}")
    doc = load(name); keys[name] = set()
    for i, r in enumerate(data.get("records", [])):
        w = f"{g}#{i}({r.get('key')})"
        if r.get("key") in keys[name]: errs.append(f"{w}: duplicate key")
        keys[name].add(r.get("key"))
        if r.get("kind") == "index_row":
            for k in ("section","localisation","organisme","page"):
                if not isinstance(r.get(k), str): errs.append(f"{w}: {k} missing")
                else: need(doc, r[k], w)
            if r.get("key") != "index " + str(r.get("section")): errs.append(f"{w}: bad key")
            continue
        if r.get("kind") != "project": errs.append(f"{w}: bad kind"); continue
        for k in PROJ:
            if k not in r: errs.append(f"{w}: missing {k}")
        need(doc, r["section"], w); need(doc, r["title"], w)
        for k in ("carriers","partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): errs.append(f"{w}: {k} not list of str")
            for x in r[k]: need(doc, x, w)
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w)
            if not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): errs.append(f"{w}: bad departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errs.append(f"{w}: year not int")
            need(doc, str(r["year"]), w)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(f"{w}: bad mode")
        for k in ("households","housing_units"):
            q = r[k]
            if q is None: continue
            for kk, ty in QKEYS.items():
                if not isinstance(q.get(kk), ty): errs.append(f"{w}: {k}.{kk} bad")
            if q["per"] not in ("total","year") or q["min"] > q["max"]: errs.append(f"{w}: {k} bad per/range")
            if not q["approximate"]:
                need(doc, str(q["min"]), w)
            if "unit" in q: need(doc, q["unit"], w)
        d = r["duration"]
        if d is not None:
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool): errs.append(f"{w}: duration types")
            for k in ("start","end"):
                if d[k] is not None: need(doc, d[k], w)
        c = r["cost"]
        if c is not None:
            for k in ("total_eur","per_year_eur","per_household_eur"):
                v = c[k]
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): errs.append(f"{w}: {k} not decimal string")
                else: need(doc, spaced(v), w)
        for f in r["funding"]:
            need(doc, f["source"], w)
            if f["share_percent"] is not None and not re.search(r"(?<!\d)" + f["share_percent"] + r" ?%", doc): errs.append(f"{w}: share {f['share_percent']} not found")
            if f["eur"] is not None: need(doc, spaced(f["eur"]), w)
        for ct in r["contacts"]:
            for k in ("name","email","phone"):
                if k not in ct: errs.append(f"{w}: contact lacks {k}")
                elif ct[k] is not None: need(doc, ct[k], w)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errs.append("clusters: bad cluster")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], set()): errs.append(f"clusters: {rec} not in gold")
print("\n".join(errs) if errs else "OK"); sys.exit(1 if errs else 0)
