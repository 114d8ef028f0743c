#!/usr/bin/env python3
"""Validate holdout447 gold files (standard library only). Prints OK when all pass."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"]
def need(cond, msg):
    if not cond: errs.append(msg)
def found(doc, text, where):
    need(text is None or fold(str(text)) in doc, f"{where}: {text!r} not found in document")
def chkq(q, doc, where):
    if q is None: return
    need(isinstance(q, dict) and {"min","max","per","approximate"} <= set(q), where + ": quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], where + ": min/max")
    need(q["per"] in ("total","year") and isinstance(q["approximate"], bool), where + ": per/approximate")
    if not q["approximate"] or q["min"] == q["max"]: found(doc, str(q["min"]), where)
    if "unit" in q: found(doc, q["unit"], where + " unit")
docs = sorted(os.listdir(DOCS))
for name in docs:
    p = os.path.join(GOLD, name + ".json")
    if not os.path.exists(p): errs.append("missing gold for " + name); continue
    g = json.load(open(p, encoding="utf-8"))
    need(g.get("file") == name and isinstance(g.get("records"), list) and g["records"], name + ": file/records")
    doc = fold(read(name)); keys = set()
    for r in g["records"]:
        w = f"{name}:{r.get('key')}"
        need(r.get("key") not in keys, w + ": duplicate key"); keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == {"kind","key","section","localisation","organisme","page"}, w + ": index keys")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            need(line in read(name), w + ": index row not found as a line")
            continue
        need(r.get("kind") == "project" and set(r) == set(PKEYS), w + ": project keys")
        if r["section"]: found(doc, r["section"] + ".", w + " section")
        found(doc, r["title"], w + " title")
        for c in r["carriers"] + r["partners"]: found(doc, c, w + " carrier/partner")
        t = r["territory"]
        need(isinstance(t, dict) and isinstance(t["departments"], list), w + ": territory shape"); found(doc, t["value"], w + " territory")
        need(r["year"] is None or (isinstance(r["year"], int) and str(r["year"]) in doc), w + ": year")
        need(r["mode"] in ("access","maintenance","access_and_maintenance"), w + ": mode")
        chkq(r["households"], doc, w + " households"); chkq(r["housing_units"], doc, w + " housing_units")
        d = r["duration"]
        need(set(d) == {"months","start","end","renewable"} and isinstance(d["months"], int), w + ": duration")
        for k in ("start","end"): found(doc, d[k], w + " duration " + k)
        c = r["cost"]
        need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, w + ": cost keys")
        for k, v in c.items():
            if v is not None:
                need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, w + ": cost decimal"); found(doc, spaced(v), w + " cost " + k)
        for f in r["funding"]:
            need(set(f) == {"source","eur","share_percent"}, w + ": funding keys"); found(doc, f["source"], w + " funder")
            if f["eur"]: found(doc, spaced(f["eur"]), w + " funding eur")
            if f["share_percent"]: found(doc, f["share_percent"] + " %", w + " share")
        for ct in r["contacts"]:
            need(set(ct) == {"name","email","phone"}, w + ": contact keys")
            for v in ct.values(): found(doc, v, w + " contact")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for m in c["records"]:
        g = json.load(open(os.path.join(GOLD, m["file"] + ".json"), encoding="utf-8"))
        need(any(r["key"] == m["key"] for r in g["records"]), f"clusters: {m} unknown")
extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
need(not extra, f"unexpected gold files {extra}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
