#!/usr/bin/env python3
"""Validate holdout351 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def read(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); errors.append(name + ": expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return b.decode("cp1252")
    return b.decode("utf-8")

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def need(cond, msg):
    if not cond: errors.append(msg)

def found(text, value, where):
    need(fold(value) in text, "%s: %r not found in document" % (where, value))

def quantity(q, where, text):
    if q is None: return
    need(isinstance(q, dict), where + ": not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(k in q and isinstance(q[k], t), where + ": bad " + k)
    need(q.get("per") in ("total", "year"), where + ": per")
    need(q["min"] <= q["max"], where + ": min > max")
    if not q["approximate"]:
        need(q["min"] == q["max"] or True, where)
        need(re.search(r"(?<!\d)%d" % q["min"], text) is not None, where + ": count not in text")
    if "unit" in q: found(text, q["unit"], where + ".unit")

names = sorted(os.listdir(DOCS))
need(len(names) == 7, "expected 7 documents, got %d" % len(names))
for name in names:
    gpath = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gpath):
        errors.append("missing gold for " + name); continue
    g = json.load(open(gpath, encoding="utf-8"))
    need(g.get("file") == name, name + ": file key")
    text = fold(read(name))
    keys = set()
    for r in g.get("records", []):
        w = "%s[%s]" % (name, r.get("key"))
        need(r.get("key") not in keys, w + ": duplicate key"); keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            need(sorted(r) == sorted(INDEX_KEYS), w + ": keys")
            for k in ("section", "localisation", "organisme", "page"): found(text, r[k], w + "." + k)
            continue
        need(r.get("kind") == "project", w + ": kind")
        need(sorted(r) == sorted(PROJECT_KEYS), w + ": keys " + str(sorted(set(r) ^ set(PROJECT_KEYS))))
        if r["section"]: found(text, r["section"] + ".", w + ".section")
        if r["title"]:
            need(isinstance(r["title"], str), w + ".title type"); found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), w + "." + k)
            for v in r[k]: found(text, v, w + "." + k)
        if r["territory"]:
            found(text, r["territory"]["value"], w + ".territory")
            for d in r["territory"]["departments"]:
                need(re.fullmatch(r"\d{2,3}", d) is not None, w + ": dept code")
        if r["year"] is not None:
            need(isinstance(r["year"], int), w + ".year"); found(text, str(r["year"]), w + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), w + ".mode")
        quantity(r["households"], w + ".households", text)
        quantity(r["housing_units"], w + ".housing_units", text)
        d = r["duration"]
        if d:
            need(isinstance(d.get("months"), int) and isinstance(d.get("renewable"), bool), w + ".duration")
            for k in ("start", "end"):
                if d.get(k): found(text, d[k], w + ".duration." + k)
        c = r["cost"]
        if c:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                need(k in c, w + ".cost." + k)
                if c[k]:
                    need(re.fullmatch(r"\d+(\.\d+)?", c[k]) is not None, w + ".cost format")
                    found(text, spaced(c[k]), w + ".cost." + k)
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, w + ".funding keys")
            found(text, f["source"], w + ".funding.source")
            if f["eur"]: found(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]: found(text, f["share_percent"] + " %", w + ".funding.share")
        for ct in r["contacts"]:
            need(isinstance(ct.get("name"), str), w + ".contact name")
            for k in ("name", "email", "phone"):
                if ct.get(k): found(text, ct[k], w + ".contact." + k)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        need(os.path.exists(gp) and rec["key"] in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]],
             "clusters: unknown record %r" % rec)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
