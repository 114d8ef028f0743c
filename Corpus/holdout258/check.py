#!/usr/bin/env python3
"""Validate holdout258 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def doc_text(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); err(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = b.decode("cp1252")
    else:
        t = b.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    else:
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t.replace("**", ""))

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(f, text, value, what):
    if value is None: return
    if fold(str(value)) not in text: err(f, f"{what} {value!r} not found in document")

REQ = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
       "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IDX = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(f, k, q, text, what):
    if q is None: return
    for key, typ in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(key), typ): err(f, f"{k} {what}.{key} bad type")
    if q.get("per") not in ("total", "year"): err(f, f"{k} {what}.per bad")
    if q["min"] > q["max"]: err(f, f"{k} {what} min>max")
    if not q["approximate"]:
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)" + re.escape(spaced(n)) + r"(?![\d])", text): err(f, f"{k} {what} {n} not found")
    if "unit" in q: found(f, text, q["unit"], f"{k} {what}.unit")

def check_file(gname):
    g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
    f = g.get("file")
    if f + ".json" != gname: err(gname, "file key does not match name")
    if not os.path.exists(os.path.join(DOCS, f)): err(gname, "document missing"); return
    text = doc_text(f)
    keys = set()
    if not isinstance(g.get("records"), list) or not g["records"]: err(f, "no records"); return
    for r in g["records"]:
        k = r.get("key")
        if k in keys: err(f, f"duplicate key {k}")
        keys.add(k)
        if r.get("kind") == "index_row":
            if set(r) != IDX: err(f, f"{k} index keys {sorted(set(r) ^ IDX)}")
            if k != "index " + r["section"]: err(f, f"{k} key/section mismatch")
            line_ok = any(all(fold(r[x]) in fold(line) for x in ("section", "localisation", "organisme", "page"))
                          for line in text.split("\n"))
            if not line_ok:
                raw = fold(open(os.path.join(DOCS, f), encoding="utf-8").read())
                if not any(all(fold(r[x]) in line for x in ("section", "localisation", "organisme", "page")) for line in raw.split("\n")):
                    err(f, f"{k} index row not found on one line")
            continue
        if r.get("kind") != "project": err(f, f"{k} bad kind"); continue
        if not REQ <= set(r): err(f, f"{k} missing {sorted(REQ - set(r))}")
        if r["section"] is not None and r["section"] != k: err(f, f"{k} section != key")
        found(f, text, r["section"], f"{k} section")
        if not isinstance(r["title"], str): err(f, f"{k} title not a string")
        found(f, text, r["title"], f"{k} title")
        for fld in ("carriers", "partners"):
            if not isinstance(r[fld], list): err(f, f"{k} {fld} not a list")
            for v in r[fld]: found(f, text, v, f"{k} {fld[:-1]}")
        t = r["territory"]
        if t is not None:
            found(f, text, t["value"], f"{k} territory")
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
                err(f, f"{k} departments bad")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f, f"{k} year type")
            found(f, text, r["year"], f"{k} year")
        if r["mode"] not in MODES: err(f, f"{k} mode bad")
        check_q(f, k, r["households"], text, "households")
        check_q(f, k, r["housing_units"], text, "housing_units")
        d = r["duration"]
        if d is not None:
            if not (d["months"] is None or isinstance(d["months"], int)): err(f, f"{k} months type")
            if not isinstance(d["renewable"], bool): err(f, f"{k} renewable type")
            for x in ("start", "end"):
                found(f, text, d[x], f"{k} duration.{x}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, f"{k} cost keys")
            for x, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f, f"{k} cost.{x} not decimal string")
                elif spaced(int(v)) not in text: err(f, f"{k} cost.{x} {v} not found")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f, f"{k} funding keys")
            found(f, text, fu["source"], f"{k} funder")
            if fu["eur"] is not None and spaced(int(fu["eur"])) not in text: err(f, f"{k} funding eur {fu['eur']}")
            if fu["share_percent"] is not None and fu["share_percent"] + " %" not in text: err(f, f"{k} share {fu['share_percent']}")
        if not isinstance(r["contacts"], list): err(f, f"{k} contacts not list")
        for p in r["contacts"]:
            if not {"name", "email", "phone"} <= set(p): err(f, f"{k} contact keys")
            for x in ("name", "email", "phone"): found(f, text, p.get(x), f"{k} contact.{x}")

def check_clusters():
    c = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for cl in c["clusters"]:
        if len(cl["records"]) < 2 or not cl.get("why"): err("clusters.json", "bad cluster")
        for rec in cl["records"]:
            p = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(p): err("clusters.json", f"no gold for {rec['file']}"); continue
            if rec["key"] not in {r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]}:
                err("clusters.json", f"key {rec['key']} not in {rec['file']}")

docs = sorted(os.listdir(DOCS))
golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [d + ".json" for d in docs] != golds: err("gold", f"documents {docs} vs gold {golds}")
for gname in golds: check_file(gname)
check_clusters()
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
