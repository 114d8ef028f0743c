#!/usr/bin/env python3
"""Validate holdout382 gold files: shape, keys, types, and that every value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("\u2013", "-").replace("\u2014", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def spaced(amount):
    """'163817' -> '163 817' (the way the documents print amounts)."""
    a = str(amount)
    out = ""
    while len(a) > 3:
        out = " " + a[-3:] + out
        a = a[:-3]
    return a + out

def found(text, doc_folded):
    return fold(text) in doc_folded

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

def check_quantity(q, where, df, need_unit):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if need_unit:
        if not isinstance(q.get("unit"), str):
            err(f"{where}: unit missing")
        elif not found(q["unit"], df):
            err(f"{where}: unit {q['unit']!r} not in document")
    if not q.get("approximate") and is_int(q.get("min")):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], df):
            err(f"{where}: count {q['min']} not in document")
    for b in q.get("breakdown", []) or []:
        if not (isinstance(b.get("label"), str) and is_int(b.get("min")) and is_int(b.get("max"))):
            err(f"{where}: bad breakdown item")
        elif not found(b["label"], df):
            err(f"{where}: breakdown label {b['label']!r} not in document")

def check_project(r, where, df):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("section", "section_as_written"):
        if r[k] is not None and not (isinstance(r[k], str) and found(r[k], df)):
            err(f"{where}: {k} {r[k]!r} not in document")
    if r["title"] is not None and not (isinstance(r["title"], str) and found(r["title"], df)):
        err(f"{where}: title not in document")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{where}: {k} not a list")
            continue
        for v in r[k]:
            if not (isinstance(v, str) and found(v, df)):
                err(f"{where}: {k} item {v!r} not in document")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: bad territory")
        else:
            if not found(t["value"], df):
                err(f"{where}: territory {t['value']!r} not in document")
            for d in t["departments"]:
                if not (isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d)):
                    err(f"{where}: bad department {d!r}")
    if r["year"] is not None and not (is_int(r["year"]) and str(r["year"]) in df):
        err(f"{where}: year not in document")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode")
    check_quantity(r["households"], where + " households", df, True)
    check_quantity(r["housing_units"], where + " housing_units", df, False)
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and {"months", "start", "end", "renewable"} <= set(d)):
            err(f"{where}: bad duration")
        else:
            if d["months"] is not None and not is_int(d["months"]):
                err(f"{where}: months not int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable not bool")
            for k in ("start", "end"):
                if d[k] is not None and not (isinstance(d[k], str) and d[k] in df):
                    err(f"{where}: duration {k} {d[k]!r} not in document")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and {"total_eur", "per_year_eur", "per_household_eur"} <= set(c)):
            err(f"{where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is None:
                    continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: cost {k} not a decimal string")
                elif spaced(v) not in df:
                    err(f"{where}: cost {k} {spaced(v)!r} not in document")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding not a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and {"source", "eur", "share_percent"} <= set(f) and isinstance(f["source"], str)):
                err(f"{where}: bad funding item")
                continue
            if not found(f["source"], df):
                err(f"{where}: funder {f['source']!r} not in document")
            if f["eur"] is not None and spaced(f["eur"]) not in df:
                err(f"{where}: funding amount {f['eur']!r} not in document")
            if f["share_percent"] is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), df):
                err(f"{where}: share {f['share_percent']!r} % not in document")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and {"name", "email", "phone"} <= set(p) and isinstance(p["name"], str)):
                err(f"{where}: bad contact")
                continue
            for k in ("name", "email", "phone"):
                if p[k] is not None and not found(p[k], df):
                    err(f"{where}: contact {k} {p[k]!r} not in document")

def check_index(r, where, df):
    missing = INDEX_KEYS - set(r)
    if missing:
        return err(f"{where}: missing keys {sorted(missing)}")
    if r["key"] != "index " + r["section"]:
        err(f"{where}: key should be 'index ' + section")
    for k in ("section", "localisation", "organisme", "page"):
        if not (isinstance(r[k], str) and found(r[k], df)):
            err(f"{where}: {k} {r[k]!r} not in document")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if sorted(d + ".json" for d in docs) != golds:
    err(f"documents and gold files differ: {docs} vs {golds}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name:
        err(f"{g}: file field {data.get('file')!r}")
    if not os.path.exists(os.path.join(DOCS, name)):
        err(f"{g}: no document {name}")
        continue
    df = fold(load_doc(name))
    recs = data.get("records")
    if not isinstance(recs, list) or not recs:
        err(f"{g}: no records")
        continue
    keys = [r.get("key") for r in recs]
    if len(keys) != len(set(keys)):
        err(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        where = f"{g} [{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(r, where, df)
            if r["key"] != "document" and r["key"] != r.get("section") and not found(r["key"], df):
                err(f"{where}: key not in document")
        elif r.get("kind") == "index_row":
            check_index(r, where, df)
        else:
            err(f"{where}: bad kind")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not (isinstance(cl.get("clusters"), list) and cl["clusters"]):
    err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not (isinstance(c.get("why"), str) and c["why"] and isinstance(c.get("records"), list) and len(c["records"]) >= 2):
        err("clusters.json: bad cluster")
        continue
    for m in c["records"]:
        if m.get("key") not in keys_by_file.get(m.get("file"), set()):
            err(f"clusters.json: unknown record {m}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
