#!/usr/bin/env python3
"""Checks holdout173's gold against its documents (python3, standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = html.unescape(s)
    for a, b in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("\u2019", "'"), ("\u00a0", " "),
                 ("\u202f", " "), ("–", "-"), ("—", "-"), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)          # stray HTML fragments in text layouts
    return fold(t)

def has(text, v):
    return fold(str(v)) in text

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def amount_in(text, eur):
    n = int(eur)
    forms = [spaced(n), str(n)]
    if n % 1000 == 0:
        forms.append("%d k€" % (n // 1000))
    return any(re.search(r"(?<![0-9])" + re.escape(fold(f)) + r"(?![0-9])", text) for f in forms)

def year_in(text, y):
    return re.search(r"(?<![0-9])" + str(int(y)) + r"(?![0-9])", text) is not None

def num_in(text, n):
    return re.search(r"(?<![0-9])" + re.escape(spaced(n)) + r"(?![0-9])", text) is not None

PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(where, q, text, word_ok):
    if q is None:
        return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty):
            err("%s: bad %s" % (where, k))
    if q.get("per") not in ("total", "year"):
        err("%s: per" % where)
    if q["min"] > q["max"]:
        err("%s: min > max" % where)
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not num_in(text, n):
                err("%s: %s not in document" % (where, n))
    elif not word_ok(q):
        err("%s: approximate value not found" % where)
    if "unit" in q and not has(text, q["unit"]):
        err("%s: unit %s not in document" % (where, q["unit"]))
    for b in q.get("breakdown", []):
        if not has(text, b["label"]) or not num_in(text, b["min"]):
            err("%s: breakdown %s" % (where, b))

WORDS = {"une quinzaine": (12, 18), "une vingtaine": (16, 24), "une trentaine": (24, 36), "une dizaine": (8, 12)}

gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in gold_files) != docs:
    err("gold files do not match documents: %s vs %s" % (gold_files, docs))
keys = {}
for gf in gold_files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = g.get("file")
    if name + ".json" != gf:
        err("%s: file field %s" % (gf, name))
        continue
    text = load(name)
    keys[name] = set()
    for r in g["records"]:
        w = "%s[%s]" % (name, r.get("key"))
        if r["key"] in keys[name]:
            err("%s: duplicate key" % w)
        keys[name].add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IKEYS:
                err("%s: keys %s" % (w, set(r) ^ IKEYS))
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
            if row not in raw.splitlines():
                err("%s: index row not found as a line" % w)
            if r["key"] != "index " + r["section"]:
                err("%s: index key" % w)
            continue
        if r["kind"] != "project":
            err("%s: kind" % w)
        if set(r) != PKEYS:
            err("%s: keys %s" % (w, set(r) ^ PKEYS))
        if r["section"] is not None and not has(text, r["section"] + ". "):
            err("%s: section" % w)
        if not isinstance(r["title"], str) or not has(text, r["title"]):
            err("%s: title %r" % (w, r["title"]))
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list):
                err("%s: %s not a list" % (w, k))
            for v in r[k]:
                if not has(text, v):
                    err("%s: %s %r not in document" % (w, k, v))
        t = r["territory"]
        if t is not None:
            if not has(text, t["value"]):
                err("%s: territory %r" % (w, t["value"]))
            if not all(isinstance(d, str) for d in t["departments"]) or not t["departments"]:
                err("%s: departments" % w)
        if r["year"] is not None and not year_in(text, r["year"]):
            err("%s: year" % w)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
            err("%s: mode" % w)
        def word_ok(q):
            return any(has(text, wd) and (lo, hi) == (q["min"], q["max"]) for wd, (lo, hi) in WORDS.items())
        check_q(w + " households", r["households"], text, word_ok)
        check_q(w + " housing_units", r["housing_units"], text, word_ok)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], int):
                err("%s: duration shape" % w)
            for k in ("start", "end"):
                if d[k] is not None and (not isinstance(d[k], str) or not year_in(text, d[k])):
                    err("%s: duration %s" % (w, k))
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err("%s: cost keys" % w)
            for k, v in c.items():
                if v is not None and (not isinstance(v, str) or not v.isdigit() or not amount_in(text, v)):
                    err("%s: cost %s %r" % (w, k, v))
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"} or not has(text, f["source"]):
                err("%s: funding %r" % (w, f))
            if f["eur"] is not None and not amount_in(text, f["eur"]):
                err("%s: funding eur %r" % (w, f))
            if f["share_percent"] is not None and not has(text, f["share_percent"] + " %"):
                err("%s: funding share %r" % (w, f))
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}:
                err("%s: contact keys" % w)
            for k in ("name", "email", "phone"):
                if ct[k] is not None and not has(text, ct[k]):
                    err("%s: contact %s %r" % (w, k, ct[k]))

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why") or len(c["records"]) < 2:
        err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], set()):
            err("clusters: unknown record %r" % rec)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
