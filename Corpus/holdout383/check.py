#!/usr/bin/env python3
"""Validate holdout383 gold files: shape, keys, types, and values found in documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def spaced(d):
    d = str(d); out = ""
    while len(d) > 3: out = " " + d[-3:] + out; d = d[:-3]
    return d + out
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
def need(cond, msg):
    if not cond: errs.append(msg)
def check_q(q, where, text):
    if q is None: return
    need(isinstance(q, dict) and {"min","max","per","approximate"} <= set(q), where+": quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], where+": min/max")
    need(q["per"] in ("total","year"), where+": per")
    need(isinstance(q["approximate"], bool), where+": approximate")
    if "unit" in q: need(fold(q["unit"]) in text, where+": unit not in text")
    if not q["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text), where+": count not in text")
for name in sorted(os.listdir(DOCS)):
    gp = os.path.join(GOLD, name + ".json")
    need(os.path.exists(gp), "missing gold for " + name)
    if not os.path.exists(gp): continue
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = fold(raw.decode("cp1252" if "cp1252" in name else "utf-8"))
    g = json.load(open(gp, encoding="utf-8"))
    need(g.get("file") == name and isinstance(g.get("records"), list) and g["records"], name+": file/records")
    keys = [r.get("key") for r in g["records"]]
    need(len(keys) == len(set(keys)), name+": duplicate keys")
    for r in g["records"]:
        w = name + " " + str(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == {"kind","key","section","localisation","organisme","page"}, w+": index keys")
            need(r["key"] == "index " + r["section"], w+": index key")
            for k in ("section","localisation","organisme","page"):
                need(fold(r[k]) in text, w+": "+k+" not in text")
            continue
        need(r.get("kind") == "project", w+": kind")
        need(set(PROJ) <= set(r), w+": missing keys "+str(set(PROJ)-set(r)))
        if not set(PROJ) <= set(r): continue
        if r["section"]: need(fold(r["section"]+".") in text, w+": section")
        need(isinstance(r["title"], str) and fold(r["title"]) in text, w+": title")
        for k in ("carriers","partners"):
            need(isinstance(r[k], list), w+": "+k)
            for v in r[k]: need(fold(v) in text, w+": "+k+" "+v)
        t = r["territory"]
        need(isinstance(t, dict) and fold(t["value"]) in text and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), w+": territory")
        if r["year"] is not None: need(isinstance(r["year"], int) and "- %d" % r["year"] in text, w+": year")
        need(r["mode"] in ("access","maintenance","access_and_maintenance"), w+": mode")
        check_q(r["households"], w+" households", text); check_q(r["housing_units"], w+" housing", text)
        d = r["duration"]
        need(isinstance(d, dict) and isinstance(d["months"], int) and isinstance(d["renewable"], bool), w+": duration")
        for k in ("start","end"):
            if d[k]: need(d[k] in text, w+": duration "+k)
        c = r["cost"]
        need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, w+": cost keys")
        for k, v in c.items():
            if v is not None: need(re.fullmatch(r"\d+", v) and spaced(v) in text, w+": cost "+k+" "+v)
        for f in r["funding"]:
            need(set(f) == {"source","eur","share_percent"} and fold(f["source"]) in text, w+": funding source")
            if f["eur"]: need(spaced(f["eur"]) in text, w+": funding eur")
            if f["share_percent"]: need(f["share_percent"]+" %" in text, w+": share")
        need(isinstance(r["contacts"], list) and r["contacts"], w+": contacts")
        for p in r["contacts"]:
            need(set(p) == {"name","email","phone"} and fold(p["name"]) in text, w+": contact name")
            for k in ("email","phone"):
                if p[k]: need(fold(p[k]) in text, w+": contact "+k)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        need(any(r["key"] == rec["key"] for r in g["records"]), "cluster record missing "+str(rec))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
