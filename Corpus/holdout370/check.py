#!/usr/bin/env python3
"""Validate holdout370 gold files: shape, keys, types, and that each value's text occurs in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def need(doc, name, what, value):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{name}: {what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(name, what, q, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{name}: {what} bad shape {q!r}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{name}: {what} min/max")
    if q["per"] not in ("total", "year"):
        err(f"{name}: {what} per")
    if not isinstance(q["approximate"], bool):
        err(f"{name}: {what} approximate")
    if not q["approximate"] and not re.search(r"(?<!\d)" + str(q["min"]) + r"(?![\d])", doc):
        err(f"{name}: {what} count {q['min']} not found")
    if "unit" in q:
        need(doc, name, what + " unit", q["unit"])

def check_file(gname):
    path = os.path.join(GOLD, gname)
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return err(f"{gname}: invalid JSON {e}")
    if set(g) != {"file", "records"} or g["file"] + ".json" != gname:
        return err(f"{gname}: top-level keys / file name")
    name = g["file"]
    if not os.path.exists(os.path.join(DOCS, name)):
        return err(f"{gname}: document missing")
    doc = load_doc(name)
    keys = set()
    for r in g["records"]:
        k = r.get("key")
        if k in keys:
            err(f"{name}: duplicate key {k}")
        keys.add(k)
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                err(f"{name}: index row keys {sorted(r)}")
            if r["key"] != "index " + r["section"]:
                err(f"{name}: index key")
            for f in ("section", "localisation", "organisme", "page"):
                need(doc, name, f"{k} {f}", r[f])
            continue
        if r.get("kind") != "project" or set(r) != PROJECT_KEYS:
            err(f"{name}: project keys {sorted(r)}")
            continue
        need(doc, name, "section", r["section"])
        need(doc, name, "title", r["title"])
        if r["section"] is None and r["key"] not in ("document", r["title"]):
            err(f"{name}: key {k} should be 'document' or the title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list):
                err(f"{name}: {f} not a list")
            for v in r[f]:
                need(doc, name, f, v)
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{name}: territory shape")
            need(doc, name, "territory", t["value"])
            for d in t["departments"]:
                need(doc, name, "département code", f"({d})")
        if r["year"] is not None:
            if not isinstance(r["year"], int):
                err(f"{name}: year type")
            need(doc, name, "year", r["year"])
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
            err(f"{name}: mode {r['mode']}")
        check_q(name, f"{k} households", r["households"], doc)
        check_q(name, f"{k} housing_units", r["housing_units"], doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                err(f"{name}: duration shape")
            for f in ("start", "end"):
                need(doc, name, "duration " + f, d[f])
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err(f"{name}: cost shape")
            for f, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v):
                        err(f"{name}: cost {f} not a decimal string")
                    need(doc, name, "cost " + f, spaced(v))
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}:
                err(f"{name}: funding shape")
            need(doc, name, "funding source", fu["source"])
            if fu["eur"] is not None:
                need(doc, name, "funding eur", spaced(fu["eur"]))
            if fu["share_percent"] is not None:
                need(doc, name, "funding share", fu["share_percent"] + " %")
        if not r["contacts"]:
            err(f"{name}: no contact")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}:
                err(f"{name}: contact shape")
            for f in ("name", "email", "phone"):
                need(doc, name, "contact " + f, ct[f])
    return {k for k in keys}

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    allkeys = {}
    for d in docs:
        if not os.path.exists(os.path.join(GOLD, d + ".json")):
            err(f"no gold for {d}")
        else:
            allkeys[d] = check_file(d + ".json") or set()
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not cl["clusters"]:
        err("clusters.json shape")
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or len(c["records"]) < 2 or not c["why"].strip():
            err("cluster shape")
        for r in c["records"]:
            if r["key"] not in allkeys.get(r["file"], set()):
                err(f"cluster record {r} not in gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
