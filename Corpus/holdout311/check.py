#!/usr/bin/env python3
"""Validate holdout311 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond: errors.append(msg)

def found(doc, value, where):
    need(fold(value) in doc, f"{where}: {value!r} not found in document")

Q_KEYS = {"min", "max", "per", "approximate"}
REC_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
            "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
need(sorted(f + ".json" for f in os.listdir(DOCS)) == files, "gold files do not match documents")
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    need(g.get("file") == name, f"{gf}: file key")
    doc = fold(read(name))
    keys = set()
    for r in g["records"]:
        w = f"{gf} [{r.get('key')}]"
        need(r.get("key") not in keys, w + ": duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            need(set(r) == {"kind", "key", "section", "localisation", "organisme", "page"}, w + ": index keys")
            need(r["key"] == "index " + r["section"], w + ": index key")
            for k in ("section", "localisation", "organisme", "page"):
                found(doc, r[k], w)
            continue
        need(r["kind"] == "project", w + ": kind")
        need(set(r) == REC_KEYS, w + f": keys {sorted(set(r) ^ REC_KEYS)}")
        if r["section"]:
            found(doc, r["section"] + ".", w); need(r["key"] == r["section"], w + ": key/section")
        need(isinstance(r["title"], str), w + ": title"); found(doc, r["title"], w)
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), w + ": " + k)
            for v in r[k]: found(doc, v, w + " " + k)
        t = r["territory"]
        need(isinstance(t, dict) and set(t) == {"value", "departments"}, w + ": territory")
        found(doc, t["value"], w)
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}", d) is not None, w + ": dept")
        need(r["year"] is None or isinstance(r["year"], int), w + ": year")
        if r["year"]: found(doc, "- " + str(r["year"]), w)
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance"), w + ": mode")
        for k in ("households", "housing_units"):
            q = r[k]
            if q is None: continue
            need(Q_KEYS <= set(q) <= Q_KEYS | {"unit"}, w + f": {k} keys")
            need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], w + f": {k} min/max")
            need(q["per"] in ("total", "year") and isinstance(q["approximate"], bool), w + f": {k} per/approx")
            if "unit" in q: found(doc, q["unit"], w)
            if q["min"] == q["max"]:
                need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc) is not None, w + f": {k} {q['min']} not found")
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, w + ": duration keys")
            need(d["months"] is None or isinstance(d["months"], int), w + ": months")
            need(isinstance(d["renewable"], bool), w + ": renewable")
            for k in ("start", "end"):
                if d[k]: found(doc, d[k], w)
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, w + ": cost keys")
            for v in c.values():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, w + ": amount format")
                    found(doc, spaced(v), w + " cost")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, w + ": funding keys")
            found(doc, f["source"], w)
            if f["eur"]: found(doc, spaced(f["eur"]), w)
            if f["share_percent"]: found(doc, f["share_percent"] + " %", w)
        need(len(r["contacts"]) > 0, w + ": no contact")
        for p in r["contacts"]:
            need(set(p) == {"name", "email", "phone"}, w + ": contact keys")
            for k in ("name", "email", "phone"):
                if p[k]: found(doc, p[k], w)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        need(any(r["key"] == rec["key"] for r in g["records"]), f"clusters: {rec} missing")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
