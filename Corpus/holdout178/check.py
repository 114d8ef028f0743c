#!/usr/bin/env python3
"""Checks holdout178's gold against its documents (python3, standard library only)."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def has(doc, value):
    return fold(value) in doc

def amount_forms(a):
    n = int(a)
    forms = {a, "{:,}".format(n).replace(",", " ")}
    if n % 1000 == 0:
        forms.add("%d k€" % (n // 1000))
    return forms

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(where, q, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where + ": quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err("%s: quantity lacks %s" % (where, k))
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(where + ": bad min/max")
    if q.get("per") not in ("total", "year"):
        err(where + ": bad per")
    if not isinstance(q.get("approximate"), bool):
        err(where + ": approximate not bool")
    if "unit" in q and not has(doc, q["unit"]):
        err("%s: unit %r not in document" % (where, q["unit"]))
    if not q.get("approximate"):
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})" % n, doc):
                err("%s: number %d not in document" % (where, n))
    for b in q.get("breakdown", []):
        if not has(doc, b["label"]) or not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc):
            err("%s: breakdown %r not in document" % (where, b))

def check_project(where, r, doc):
    if set(r) != PROJECT_KEYS:
        err("%s: keys %s" % (where, sorted(set(r) ^ PROJECT_KEYS)))
    for k in ("title",):
        if r[k] is not None and not has(doc, r[k]):
            err("%s: title %r not in document" % (where, r[k]))
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(where + ": %s not a list" % k)
        for v in r[k]:
            if not has(doc, v):
                err("%s: %s %r not in document" % (where, k, v))
    t = r["territory"]
    if t is not None:
        if not has(doc, t["value"]):
            err("%s: territory %r not in document" % (where, t["value"]))
        if not all(isinstance(d, str) for d in t["departments"]):
            err(where + ": departments not strings")
    if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in doc):
        err(where + ": year")
    if r["mode"] not in MODES:
        err(where + ": mode")
    check_q(where + " households", r["households"], doc)
    check_q(where + " housing_units", r["housing_units"], doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(where + ": duration keys")
        if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool):
            err(where + ": duration types")
        for k in ("start", "end"):
            if d[k] is not None and (not isinstance(d[k], str) or d[k] not in doc):
                err("%s: duration %s %r" % (where, k, d[k]))
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where + ": cost keys")
        for k, a in c.items():
            if a is None:
                continue
            if not (isinstance(a, str) and a.isdigit()):
                err("%s: cost %s not a decimal string" % (where, k))
            elif not any(fold(f) in doc for f in amount_forms(a)):
                err("%s: cost %s %s not in document" % (where, k, a))
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(where + ": funding keys")
        if not has(doc, f["source"]):
            err("%s: funder %r not in document" % (where, f["source"]))
        if f["eur"] is not None and not any(fold(x) in doc for x in amount_forms(f["eur"])):
            err("%s: funding amount %s" % (where, f["eur"]))
        if f["share_percent"] is not None and not re.search(r"(?<!\d)%s ?%%" % f["share_percent"], doc):
            err("%s: share %s %%" % (where, f["share_percent"]))
    for p in r["contacts"]:
        if set(p) != {"name", "email", "phone"}:
            err(where + ": contact keys")
        for k in ("name", "email", "phone"):
            if p[k] is not None and not has(doc, p[k]):
                err("%s: contact %s %r not in document" % (where, k, p[k]))

def check_index(where, r, doc):
    if set(r) != INDEX_KEYS:
        err("%s: keys %s" % (where, sorted(set(r) ^ INDEX_KEYS)))
    if r["key"] != "index " + r["section"]:
        err(where + ": index key")
    line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if fold(line) not in [fold(l) for l in doc.split("\n")]:
        err("%s: index row not a line of the guide" % where)

def main():
    gold_files = sorted(f for f in glob.glob(os.path.join(GOLD, "*.json")) if not f.endswith("clusters.json"))
    docs = sorted(os.listdir(DOCS))
    if sorted(os.path.basename(f)[:-5] for f in gold_files) != docs:
        err("gold files do not match documents")
    keys = {}
    for gf in gold_files:
        g = json.load(open(gf, encoding="utf-8"))
        name = g["file"]
        if os.path.basename(gf) != name + ".json":
            err(gf + ": file field")
        raw = read_doc(name)
        doc = fold(raw)
        seen = set()
        for r in g["records"]:
            where = "%s[%s]" % (name, r.get("key"))
            if r["key"] in seen:
                err(where + ": duplicate key")
            seen.add(r["key"])
            if r["kind"] == "project":
                check_project(where, r, doc)
            elif r["kind"] == "index_row":
                check_index(where, r, raw)
                if r["section"] not in seen:
                    pass
            else:
                err(where + ": kind")
        keys[name] = seen
        for r in g["records"]:
            if r["kind"] == "index_row" and r["section"] not in seen:
                err("%s: index row %s has no monograph" % (name, r["section"]))
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not c.get("why"):
            err("cluster without why")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], ()):
                err("cluster record %r not in gold" % rec)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d gold files, %d records checked" % (len(gold_files), sum(len(v) for v in keys.values())))

main()
