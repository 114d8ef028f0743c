#!/usr/bin/env python3
"""Check the gold of holdout197: format of ../gold/README.md, and every value string present in its document.

Normalisations allowed when searching a document: Windows-1252 decoding when the bytes are not UTF-8,
HTML tags stripped and entities decoded, NFC, no-break / narrow no-break spaces as spaces, typographic
apostrophes as ', dashes as -, oe/ae ligatures expanded, case and accents folded, runs of white space as one.
Amounts are looked for as spaced thousands (104 721), counts and years as whole numbers.
Approximate counts (orders of size) and months are checked by hand, not here.
"""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"),
                 ("\u2014", "-"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n" + html.unescape(t)
    return fold(t)

def has(text, value, where):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{where}: {value!r} not found in document")

def has_number(text, n, where):
    if not re.search(r"(?<![\d ])" + re.escape(str(n)) + r"(?![\d])", text) and \
       not re.search(r"(?<!\d)" + re.escape(str(n)) + r"(?!\d)", text):
        err(f"{where}: number {n} not found")

def spaced(d):
    s = str(int(d))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)

PROJECT_FIELDS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                  "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_FIELDS = {"kind", "key", "section", "localisation", "organisme", "page"}
DEC = re.compile(r"^\d+(\.\d+)?$")

def check_q(q, where, text):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be an object or null")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity lacks {k}")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown", "text"}
    if extra:
        err(f"{where}: unknown quantity keys {extra}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be integers with min <= max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate must be a boolean")
    if "unit" in q:
        has(text, q["unit"], where + ".unit")
    if q.get("approximate") is False:
        has_number(text, q["min"], where + ".min"); has_number(text, q["max"], where + ".max")

def check_project(r, where, text):
    extra = set(r) - PROJECT_FIELDS
    if extra:
        err(f"{where}: unknown keys {extra}")
    for k in ("section", "title"):
        if r.get(k) is not None:
            has(text, r[k], f"{where}.{k}")
    for k in ("carriers", "partners"):
        v = r.get(k, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(f"{where}.{k}: must be a list of strings")
        for x in v:
            has(text, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}.territory: bad shape")
        has(text, t["value"], f"{where}.territory")
        for d in t["departments"]:
            has(text, f"({d})", f"{where}.territory.department")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year: must be an integer")
        has_number(text, r["year"], f"{where}.year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: bad value {r.get('mode')!r}")
    check_q(r.get("households"), where + ".households", text)
    check_q(r.get("housing_units"), where + ".housing_units", text)
    d = r.get("duration")
    if d is not None:
        if set(d) - {"months", "start", "end", "renewable", "text"} or "months" not in d:
            err(f"{where}.duration: bad shape")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}.duration.months: must be an integer")
        if not isinstance(d.get("renewable", False), bool):
            err(f"{where}.duration.renewable: must be a boolean")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(f"{where}.duration.{k}: must be a year string")
                has_number(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) - {"total_eur", "per_year_eur", "per_household_eur", "components", "text"}:
            err(f"{where}.cost: bad shape")
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k)
            if v is not None:
                if not (isinstance(v, str) and DEC.match(v)):
                    err(f"{where}.cost.{k}: must be a decimal string")
                else:
                    has(text, spaced(v), f"{where}.cost.{k}")
    f = r.get("funding", [])
    if not isinstance(f, list):
        err(f"{where}.funding: must be a list")
    for x in f or []:
        if set(x) != {"source", "eur", "share_percent"}:
            err(f"{where}.funding: bad item shape {x}")
            continue
        has(text, x["source"], f"{where}.funding.source")
        if x["eur"] is not None:
            has(text, spaced(x["eur"]), f"{where}.funding.eur")
        if x["share_percent"] is not None:
            has(text, x["share_percent"] + " %", f"{where}.funding.share_percent")
    for x in r.get("contacts", []) or []:
        if not set(x) >= {"name", "email", "phone"} or set(x) - {"name", "email", "phone", "role", "organisation"}:
            err(f"{where}.contacts: bad item shape {x}")
            continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if x.get(k) is not None:
                has(text, x[k], f"{where}.contacts.{k}")

def main():
    names = sorted(os.listdir(DOCS))
    golds = {}
    for n in names:
        p = os.path.join(GOLD, n + ".json")
        if not os.path.exists(p):
            err(f"no gold for {n}"); continue
        g = json.load(open(p, encoding="utf-8"))
        golds[n] = g
        if set(g) != {"file", "records"} or g["file"] != n:
            err(f"{n}: top level must be file + records, file = document name")
        text = load_doc(n)
        keys = set()
        for i, r in enumerate(g.get("records", [])):
            where = f"{n}[{r.get('key', i)}]"
            if r.get("key") in keys:
                err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_FIELDS:
                    err(f"{where}: index_row keys must be {INDEX_FIELDS}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key must be 'index ' + section")
                for k in ("section", "localisation", "organisme", "page"):
                    has(text, r.get(k), f"{where}.{k}")
                row = "\t".join(str(r[k]) for k in ("section", "localisation", "organisme", "page"))
                if fold(row) not in text:
                    err(f"{where}: whole index row not found as a tab-separated line")
            else:
                err(f"{where}: kind must be project or index_row")
    extra = set(os.listdir(GOLD)) - {n + ".json" for n in names} - {"clusters.json"}
    if extra:
        err(f"gold files without a document: {extra}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}:
        err("clusters.json: top level must be clusters")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or not c["why"].strip() or len(c["records"]) < 2:
            err("clusters.json: each cluster needs records (2 or more) and a why")
        for rec in c.get("records", []):
            g = golds.get(rec.get("file"))
            if g is None or rec.get("key") not in {r["key"] for r in g["records"] if r["kind"] == "project"}:
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
