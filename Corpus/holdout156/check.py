#!/usr/bin/env python3
"""Check the gold of holdout 156 (stdlib only).

1. Every gold/<document>.json has the keys and value types of ../gold/README.md, and
   `key` follows its rules (section for a guide monograph, "index " + section for an
   index row, the title for a brochure / multi-project section, "document" otherwise).
2. Every gold value (title, carriers, partners, territory, contact names, e-mails,
   phones, amounts in some written form, counts, years, shares, index cells) occurs
   in its document once decoded (Windows-1252 for *cp1252*, HTML tags stripped and
   entities decoded for .html, no-break spaces and typographic apostrophes folded).
3. gold/clusters.json has the shape of holdout20's and names existing gold records.
Run: python3 check.py   (exit status 0 when everything passes)
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def decode(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def norm(s):
    s = unicodedata.normalize("NFC", s)
    for a in ("\u00a0", "\u202f", "\u2009"):
        s = s.replace(a, " ")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("*", "")
    return re.sub(r"\s+", " ", s)

WORDS = {(8, 12): "dizaine", (12, 18): "quinzaine", (16, 24): "vingtaine", (24, 36): "trentaine",
         (32, 48): "quarantaine", (40, 60): "cinquantaine", (80, 120): "centaine"}
SMALL = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
         9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze",
         16: "seize", 20: "vingt", 30: "trente", 40: "quarante"}

def has(text, value, ci=False):
    v = norm(value)
    return (v.lower() in text.lower()) if ci else (v in text)

def has_number(text, n):
    if re.search(r"(?<![\d,])%d(?![\d])" % n, text):
        return True
    w = SMALL.get(n)
    return bool(w and re.search(r"(?i)\b%s\b" % w, text))

def amount_forms(a):
    n = int(a)
    forms = {str(n)}
    g = "{:,}".format(n).replace(",", " ")
    forms |= {g, g.replace(" ", ".")}
    k = n / 1000
    ks = ("%g" % k).replace(".", ",")
    forms |= {ks + " k€", ks + "k€"}
    m = n / 1000000
    ms = ("%g" % m).replace(".", ",")
    forms |= {ms + " million", ms + " millions"}
    return forms

def has_amount(text, a):
    return any(re.search(r"(?<![\d,])" + re.escape(f) + r"(?![\d])", text) for f in amount_forms(a))

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def is_str_or_none(x):
    return x is None or isinstance(x, str)

def check_q(where, q, text, field):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: {field} not an object")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra:
        err(f"{where}: {field} unknown keys {extra}")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: {field} lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: {field} min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: {field} per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: {field} approximate")
    if "unit" in q and not isinstance(q["unit"], str):
        err(f"{where}: {field} unit")
    if "unit" in q and not has(text, q["unit"], ci=True):
        err(f"{where}: {field} unit {q['unit']!r} not in document")
    if q.get("approximate") and (q["min"], q["max"]) in WORDS:
        if not re.search(r"(?i)\b(une |)%s\b" % WORDS[(q["min"], q["max"])], text):
            err(f"{where}: {field} word of size not found")
    else:
        for n in {q["min"], q["max"]}:
            if not has_number(text, n):
                err(f"{where}: {field} {n} not in document")

def check_project(where, r, text, doc, multi):
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{where}: unknown keys {extra}")
    for k in ("kind", "key", "title"):
        if k not in r:
            err(f"{where}: lacks {k}")
    sec = r.get("section")
    if not is_str_or_none(sec) or not is_str_or_none(r.get("section_as_written")):
        err(f"{where}: section types")
    if sec is not None:
        if not re.fullmatch(r"\d+(\.\d+)+", sec):
            err(f"{where}: section {sec!r}")
        if r["key"] != sec:
            err(f"{where}: key must be the section {sec!r}")
        if not has(text, sec + ". "):
            err(f"{where}: section {sec} not printed")
    elif multi:
        if r["key"] != r.get("title"):
            err(f"{where}: key must be the title")
    elif r["key"] != "document":
        err(f"{where}: key must be 'document'")
    if not isinstance(r.get("title"), str) or not has(text, r["title"]):
        err(f"{where}: title {r.get('title')!r} not in document")
    for f in ("carriers", "partners"):
        if f in r:
            if not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f]):
                err(f"{where}: {f} must be a list of strings")
                continue
            for x in r[f]:
                if not has(text, x):
                    err(f"{where}: {f} {x!r} not in document")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not isinstance(t["value"], str) \
                or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}: territory shape")
        elif not has(text, t["value"]):
            err(f"{where}: territory {t['value']!r} not in document")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or not re.search(r"\b%d\b" % y, text)):
        err(f"{where}: year {y!r}")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode {r.get('mode')!r}")
    check_q(where, r.get("households"), text, "households")
    check_q(where, r.get("housing_units"), text, "housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) - {"months", "start", "end", "renewable"} or not isinstance(d.get("renewable"), bool):
            err(f"{where}: duration shape")
        if not (d.get("months") is None or isinstance(d["months"], int)):
            err(f"{where}: duration months")
        for k in ("start", "end"):
            v = d.get(k)
            if v is not None and (not isinstance(v, str) or not re.search(r"\b%s\b" % v, text)):
                err(f"{where}: duration {k} {v!r}")
        if d.get("renewable") and not re.search(r"(?i)renouvelable|reconductible", text):
            err(f"{where}: renewable not stated")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost keys")
        for k, v in c.items():
            if v is None:
                continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err(f"{where}: cost {k} {v!r} not a decimal string")
            elif not has_amount(text, v):
                err(f"{where}: cost {k} {v} not in document")
    if "funding" in r:
        if not isinstance(r["funding"], list):
            err(f"{where}: funding list")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}:
                err(f"{where}: funding keys")
                continue
            if not has(text, fu["source"]):
                err(f"{where}: funder {fu['source']!r} not in document")
            if fu["eur"] is not None and not has_amount(text, fu["eur"]):
                err(f"{where}: funding eur {fu['eur']}")
            if fu["share_percent"] is not None and not re.search(r"\b%s ?%%" % re.escape(fu["share_percent"]), text):
                err(f"{where}: share {fu['share_percent']}% not in document")
    if "contacts" in r:
        for ct in r["contacts"]:
            if set(ct) - {"name", "email", "phone", "role", "organisation"} or not isinstance(ct.get("name"), str):
                err(f"{where}: contact shape")
                continue
            if not has(text, ct["name"]):
                err(f"{where}: contact name {ct['name']!r} not in document")
            for k in ("email", "phone", "role", "organisation"):
                v = ct.get(k)
                if v is not None and not has(text, v, ci=(k == "email")):
                    err(f"{where}: contact {k} {v!r} not in document")

def check_index(where, r, text):
    if set(r) != INDEX_KEYS:
        err(f"{where}: index_row keys {set(r) ^ INDEX_KEYS}")
        return
    if r["key"] != "index " + r["section"]:
        err(f"{where}: index key")
    cells = [r["section"], r["localisation"], r["organisme"], r["page"]]
    if not any(norm("\t".join(cells)) in norm(line) for line in doc_lines(text)):
        err(f"{where}: index row {cells} not found as one line")

def doc_lines(raw):
    return raw.splitlines()

files = sorted(f for f in os.listdir(DOCS))
golds = {}
for f in files:
    gp = os.path.join(GOLD, f + ".json")
    if not os.path.exists(gp):
        err(f"no gold for {f}")
        continue
    g = json.load(open(gp, encoding="utf-8"))
    golds[f] = g
    if set(g) != {"file", "records"} or g["file"] != f:
        err(f"{f}: top-level keys or file name")
    raw = decode(f)
    text = norm(raw)
    projects = [r for r in g["records"] if r.get("kind") == "project"]
    multi = len(projects) > 1
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        err(f"{f}: duplicate keys")
    for r in g["records"]:
        where = f"{f} [{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(where, r, text, f, multi)
        elif r.get("kind") == "index_row":
            check_index(where, r, raw)
        else:
            err(f"{where}: kind {r.get('kind')!r}")
for g in os.listdir(GOLD):
    if g.endswith(".json") and g != "clusters.json" and g[:-5] not in files:
        err(f"gold {g} has no document")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"}:
    err("clusters.json: top-level keys")
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or len(c["records"]) < 2:
        err("clusters.json: cluster shape")
        continue
    for rec in c["records"]:
        g = golds.get(rec.get("file"))
        if not g or rec.get("key") not in [r["key"] for r in g["records"] if r["kind"] == "project"]:
            err(f"clusters.json: unknown record {rec}")

n = sum(len(g["records"]) for g in golds.values())
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(golds)} gold files, {n} records, clusters.json consistent")
