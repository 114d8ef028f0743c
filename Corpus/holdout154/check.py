#!/usr/bin/env python3
"""Check holdout154 gold: keys and types per ../gold/README.md, and that every gold value
(titles, sections, carriers, partners, territory, units, exact counts, amounts in some written
form, start/end years, brochure years, funders and shares, contact names/e-mails/phones, index
rows) occurs in its document after decoding (UTF-8 or cp1252, HTML tags stripped, entities
decoded) and folding (case, accents, apostrophes, dashes, no-break spaces, oe)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘`´ʼ":
        s = s.replace(a, "'")
    for d in "–—‑‐−➝→":
        s = s.replace(d, "-")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # stray HTML fragments in text layouts
    return fold(text.replace("**", ""))

def has(doc, value):
    v = fold(str(value))
    return re.search(r"(?<![0-9a-z])" + re.escape(v) + r"(?![0-9a-z])", doc) is not None

def amount_forms(eur):
    n = int(eur)
    spaced = "{:,}".format(n).replace(",", " ")
    forms = {str(n), spaced, spaced + ",00"}
    if n % 100 == 0 and n >= 1000:
        k = n / 1000
        forms.add(("%g" % k).replace(".", ",") + " k€")
    if n % 100000 == 0 and n >= 1000000:
        forms.add(("%g" % (n / 1000000)).replace(".", ",") + " million")
    return forms

TOP = {"file", "records"}
PROJECT = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
           "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(where, q, doc, unit_allowed):
    if q is None:
        return
    need = {"min", "max", "per", "approximate"} | ({"unit"} & set(q))
    if set(q) - {"min", "max", "per", "approximate", "unit"} or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{where}: quantity keys {sorted(q)}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max {q['min']}/{q['max']}")
    if q["per"] not in ("total", "year"):
        err(f"{where}: per {q['per']}")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate not bool")
    if "unit" in q:
        if not unit_allowed:
            err(f"{where}: unit on housing units")
        elif q["unit"] is not None and not has(doc, q["unit"]):
            err(f"{where}: unit {q['unit']!r} not in document")
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not has(doc, n):
                err(f"{where}: count {n} not in document")

def check_project(fname, r, doc):
    w = f"{fname} [{r['key']}]"
    if set(r) != PROJECT:
        err(f"{w}: keys {sorted(set(r) ^ PROJECT)}")
        return
    for k in ("section", "section_as_written"):
        if r[k] is not None and (not isinstance(r[k], str) or not has(doc, r[k])):
            err(f"{w}: {k} {r[k]!r}")
    if r["title"] is None or not has(doc, r["title"]):
        err(f"{w}: title {r['title']!r} not in document")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{w}: {k} not a list")
        for v in r[k]:
            if not has(doc, v):
                err(f"{w}: {k} {v!r} not in document")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{w}: territory shape {t}")
        if not has(doc, t["value"]):
            err(f"{w}: territory {t['value']!r} not in document")
    if r["year"] is not None and (not isinstance(r["year"], int) or not has(doc, r["year"])):
        err(f"{w}: year {r['year']!r}")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{w}: mode {r['mode']!r}")
    check_q(w + " households", r["households"], doc, True)
    check_q(w + " housing_units", r["housing_units"], doc, False)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{w}: duration shape {d}")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{w}: months {d['months']!r}")
        for k in ("start", "end"):
            if d[k] is not None and (not re.fullmatch(r"\d{4}", d[k]) or not has(doc, d[k])):
                err(f"{w}: duration {k} {d[k]!r}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{w}: cost keys {sorted(c)}")
        for k, v in c.items():
            if v is None:
                continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                err(f"{w}: cost {k} {v!r} not a decimal string")
            elif not any(has(doc, f) for f in amount_forms(v)):
                err(f"{w}: cost {k} {v} not in document in any written form")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{w}: funding keys {sorted(f)}")
            continue
        if not has(doc, f["source"]):
            err(f"{w}: funder {f['source']!r} not in document")
        if f["eur"] is not None and not any(has(doc, x) for x in amount_forms(f["eur"])):
            err(f"{w}: funding eur {f['eur']} not in document")
        if f["share_percent"] is not None and not has(doc, f["share_percent"] + " %"):
            err(f"{w}: share {f['share_percent']} % not in document")
    for ct in r["contacts"]:
        if not {"name", "email", "phone"} <= set(ct):
            err(f"{w}: contact keys {sorted(ct)}")
            continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if ct.get(k) is not None and not has(doc, ct[k]):
                err(f"{w}: contact {k} {ct[k]!r} not in document")

def check_index(fname, r, doc):
    w = f"{fname} [{r['key']}]"
    if set(r) != INDEX or r["key"] != "index " + r["section"]:
        err(f"{w}: index row keys/key")
        return
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if fold(row) not in doc_raw_rows(fname):
        err(f"{w}: index row not found as a table row")

_rows = {}
def doc_raw_rows(fname):
    if fname not in _rows:
        raw = open(os.path.join(DOCS, fname), "rb").read().decode("utf-8")
        _rows[fname] = {fold(l).strip() for l in raw.splitlines()}
    return _rows[fname]

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"documents {docs} and gold files {golds} do not match one to one")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = g[:-5]
    if set(data) != TOP or data["file"] != fname:
        err(f"{g}: top-level keys or file name")
        continue
    doc = load_doc(fname)
    seen = set()
    for r in data["records"]:
        if r.get("key") in seen:
            err(f"{g}: duplicate key {r.get('key')}")
        seen.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(fname, r, doc)
        elif r.get("kind") == "index_row":
            check_index(fname, r, doc)
        else:
            err(f"{g}: kind {r.get('kind')!r}")
    keys[fname] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or len(c["records"]) < 2:
        err(f"clusters.json: cluster shape {c}")
    for rec in c["records"]:
        if rec.get("key") not in keys.get(rec.get("file"), set()):
            err(f"clusters.json: {rec} is not a gold record")

n = sum(len(v) for v in keys.values())
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(golds)} gold files, {n} records, clusters.json consistent")
