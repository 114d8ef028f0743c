#!/usr/bin/env python3
"""Validate holdout291 gold files: shape, required keys, types, and that each value's text
occurs in its document (cp1252 decoded, HTML stripped, case/accents/apostrophes/NBSP folded).
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); problems.append(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def found(doc, value, where):
    if fold(value) not in doc:
        problems.append(f"{where}: {value!r} not found in document")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_q(q, where, doc):
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            problems.append(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"):
        problems.append(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        problems.append(f"{where}: min > max")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        for k in ("min", "max"):
            if not re.search(r"(?<![0-9])" + str(q[k]) + r"(?![0-9])", doc):
                problems.append(f"{where}: count {q[k]} not in document")

def check_record(r, doc, where):
    keys = INDEX_KEYS if r.get("kind") == "index_row" else PROJECT_KEYS
    for k, t in keys.items():
        if k not in r:
            problems.append(f"{where}: missing key {k}"); continue
        if not isinstance(r[k], t):
            problems.append(f"{where}: {k} has type {type(r[k]).__name__}")
    if r.get("kind") == "index_row":
        if r["key"] != "index " + r["section"]:
            problems.append(f"{where}: index key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            found(doc, r[k], f"{where}.{k}")
        return
    if r.get("kind") != "project":
        problems.append(f"{where}: kind must be project or index_row"); return
    if r["section"]:
        found(doc, r["section"], where + ".section")
    if r["title"]:
        found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        for v in r[k]:
            if not isinstance(v, str): problems.append(f"{where}.{k}: not a string")
            else: found(doc, v, f"{where}.{k}")
    if r["territory"]:
        t = r["territory"]
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list) or not t["departments"]:
            problems.append(f"{where}.territory: bad shape")
        else:
            found(doc, t["value"], where + ".territory")
    if r["year"] is not None:
        found(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        problems.append(f"{where}: bad mode")
    for k in ("households", "housing_units"):
        if r[k] is not None: check_q(r[k], f"{where}.{k}", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: problems.append(f"{where}.duration: keys")
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            problems.append(f"{where}.duration: types")
        for k in ("start", "end"):
            if d.get(k) is not None: found(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: problems.append(f"{where}.cost: keys")
        for k, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                problems.append(f"{where}.cost.{k}: not a decimal string"); continue
            found(doc, spaced(int(v.split(".")[0])), f"{where}.cost.{k}")
    for i, f in enumerate(r["funding"]):
        if set(f) != {"source", "eur", "share_percent"}: problems.append(f"{where}.funding[{i}]: keys")
        found(doc, f["source"], f"{where}.funding[{i}].source")
        if f["eur"] is not None: found(doc, spaced(int(f["eur"])), f"{where}.funding[{i}].eur")
        if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", f"{where}.funding[{i}].share")
    for i, c in enumerate(r["contacts"]):
        if not isinstance(c.get("name"), str): problems.append(f"{where}.contacts[{i}]: name")
        else: found(doc, c["name"], f"{where}.contacts[{i}].name")
        for k in ("email", "phone"):
            if k not in c: problems.append(f"{where}.contacts[{i}]: missing {k}")
            elif c[k] is not None: found(doc, c[k], f"{where}.contacts[{i}].{k}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if len(docs) != 7: problems.append(f"expected 7 documents, found {len(docs)}")
if golds != sorted(d + ".json" for d in docs): problems.append(f"gold files do not match documents: {golds}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name: problems.append(f"{g}: file field is {data.get('file')!r}")
    if not isinstance(data.get("records"), list) or not data["records"]:
        problems.append(f"{g}: no records"); continue
    doc = load(name)
    keys = [r.get("key") for r in data["records"]]
    if len(keys) != len(set(keys)): problems.append(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in data["records"]:
        check_record(r, doc, f"{g}[{r.get('key')}]")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    problems.append("clusters.json: no clusters")
else:
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            problems.append("clusters.json: bad cluster")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                problems.append(f"clusters.json: unknown record {rec}")
if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
