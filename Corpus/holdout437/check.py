#!/usr/bin/env python3
"""Validate holdout437 gold files: shape, keys, types, and that each value's text is in its document."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "oe")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def doc_text(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); errors.append(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = b.decode("cp1252")
    else:
        t = b.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(d):
    return "{:,}".format(int(d)).replace(",", " ")

def need(cond, msg):
    if not cond: errors.append(msg)

def found(text, value, where):
    need(fold(value) in text, where + ": not found in document: " + repr(value))

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, text):
    if q is None: return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), where + ": bad quantity")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], where + ": min/max")
    need(q["per"] in ("total", "year"), where + ": per")
    need(isinstance(q["approximate"], bool), where + ": approximate")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) is not None, where + ": min not in text")
        need(re.search(r"(?<!\d)%d(?!\d)" % q["max"], text) is not None, where + ": max not in text")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == [d + ".json" for d in docs], "gold files do not match documents: %s vs %s" % (golds, docs))
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    need(data.get("file") == name, g + ": file field")
    text = doc_text(name)
    keys = [r["key"] for r in data["records"]]
    need(len(keys) == len(set(keys)), g + ": duplicate keys")
    keys_by_file[name] = set(keys)
    for r in data["records"]:
        w = "%s[%s]" % (g, r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, w + ": index keys")
            for k in ("section", "localisation", "organisme", "page"):
                found(text, r[k], w + "." + k)
            need(r["key"] == "index " + r["section"], w + ": index key")
            continue
        need(r.get("kind") == "project", w + ": kind")
        need(set(r) == PROJECT_KEYS, w + ": project keys " + str(set(r) ^ PROJECT_KEYS))
        if r["section"] is not None:
            found(text, r["section"] + ".", w + ".section")
            need(r["key"] == r["section"], w + ": key != section")
        if r["title"] is not None: found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), w + "." + k)
            for x in r[k]: found(text, x, w + "." + k)
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w + ".territory")
            need(all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), w + ": departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int), w + ": year type")
            found(text, "- %d" % r["year"], w + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), w + ": mode")
        check_q(r["households"], w + ".households", text)
        check_q(r["housing_units"], w + ".housing_units", text)
        d = r["duration"]
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, w + ": duration keys")
            need(d["months"] is None or isinstance(d["months"], int), w + ": months")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], w + ".duration." + k)
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, w + ": cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, w + ": cost format " + k)
                    found(text, spaced(v), w + ".cost." + k)
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, w + ": funding keys")
            found(text, f["source"], w + ".funding.source")
            if f["share_percent"] is not None: found(text, f["share_percent"] + " %", w + ".funding.share")
            if f["eur"] is not None: found(text, spaced(f["eur"]), w + ".funding.eur")
        for k in r["contacts"]:
            need({"name", "email", "phone"} <= set(k), w + ": contact keys")
            found(text, k["name"], w + ".contact.name")
            if k["email"]: found(text, k["email"], w + ".contact.email")
            if k["phone"]: found(text, k["phone"], w + ".contact.phone")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for rec in c["records"]:
        need(rec["key"] in keys_by_file.get(rec["file"], ()), "clusters: unknown record %s" % rec)

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
