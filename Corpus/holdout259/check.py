#!/usr/bin/env python3
"""Validate holdout259 gold files against their documents (standard library only)."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s.lower())

def load(fn):
    raw = open(os.path.join(DOCS, fn), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if fn.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, value, what):
    if value is None: return
    if fold(str(value)) not in doc:
        err(f"{what}: {value!r} not found")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
REQ = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
       "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(doc, q, where):
    if q is None: return
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t): err(f"{where}: {k} must be {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if q["min"] > q["max"]: err(f"{where}: min > max")
    if not q["approximate"]:
        found(doc, str(q["min"]), where + " min")
        found(doc, str(q["max"]), where + " max")
    if "unit" in q: found(doc, q["unit"], where + " unit")

def check_project(doc, r, w):
    for k in REQ:
        if k not in r: err(f"{w}: missing {k}")
    if r["kind"] != "project": err(f"{w}: kind")
    for k in ("title",): 
        if not isinstance(r[k], str): err(f"{w}: {k} type")
        found(doc, r[k], w + " title")
    if r["section"] is not None: found(doc, r["section"] + ".", w + " section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(f"{w}: {k} not list")
        for v in r[k]: found(doc, v, f"{w} {k}")
    t = r["territory"]
    if t is not None:
        found(doc, t["value"], w + " territory")
        if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{w}: departments")
    if r["year"] is not None:
        if not isinstance(r["year"], int): err(f"{w}: year type")
        found(doc, str(r["year"]), w + " year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
    check_q(doc, r["households"], w + " households")
    check_q(doc, r["housing_units"], w + " housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
        if not isinstance(d["months"], int): err(f"{w}: months type")
        if not isinstance(d["renewable"], bool): err(f"{w}: renewable type")
        for k in ("start", "end"):
            if d[k] is not None: found(doc, d[k], f"{w} duration {k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: {k} not decimal string")
                found(doc, spaced(v), f"{w} cost {k}")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
        found(doc, fu["source"], w + " funding source")
        if fu["eur"] is not None: found(doc, spaced(fu["eur"]), w + " funding eur")
        if fu["share_percent"] is not None: found(doc, fu["share_percent"] + " %", w + " share")
    if not r["contacts"] and r["kind"] == "project": err(f"{w}: no contact")
    for ct in r["contacts"]:
        if set(ct) != {"name", "email", "phone"}: err(f"{w}: contact keys")
        for k in ("name", "email", "phone"): found(doc, ct[k], f"{w} contact {k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fn = data.get("file")
        if fn + ".json" != g: err(f"{g}: file field")
        doc = load(fn)
        seen = set()
        for i, r in enumerate(data["records"]):
            w = f"{fn}#{i} {r.get('key')}"
            if r["key"] in seen: err(f"{w}: duplicate key")
            seen.add(r["key"])
            if r["kind"] == "project":
                check_project(doc, r, w)
                if r["section"] is None and r["key"] != "document": found(doc, r["key"], w + " key")
            elif r["kind"] == "index_row":
                if set(r) != {"kind", "key", "section", "localisation", "organisme", "page"}: err(f"{w}: index keys")
                if r["key"] != "index " + r["section"]: err(f"{w}: index key")
                found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + " row")
            else:
                err(f"{w}: kind")
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("cluster shape")
        for m in c["records"]:
            if m["key"] not in keys.get(m["file"], ()): err(f"cluster member {m} unknown")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
