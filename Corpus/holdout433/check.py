#!/usr/bin/env python3
"""Validate the gold of holdout433 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a, b in (("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(doc, value, where):
    need(fold(value) in doc, f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, where, unit_required=False):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), t), f"{where}.{k}: missing or wrong type")
    if errors and not isinstance(q.get("min"), int):
        return
    need(q["min"] <= q["max"], f"{where}: min > max")
    need(q["per"] in ("total", "year"), f"{where}.per: {q['per']!r}")
    if not q["approximate"]:
        need(re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc) is not None,
             f"{where}: count {q['min']} not found")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")

def check_record(doc, r, where):
    kind = r.get("kind")
    need(kind in ("project", "index_row"), f"{where}: bad kind {kind!r}")
    need(isinstance(r.get("key"), str) and r["key"], f"{where}: key missing")
    if kind == "index_row":
        need(set(r) == INDEX_KEYS, f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
        need(r["key"] == "index " + r["section"], f"{where}: key/section mismatch")
        for k in ("section", "localisation", "organisme", "page"):
            need(isinstance(r[k], str), f"{where}.{k}: not a string")
            found(doc, r[k], f"{where}.{k}")
        return
    need(PROJECT_KEYS <= set(r), f"{where}: missing {sorted(PROJECT_KEYS - set(r))}")
    if r.get("section") is not None:
        found(doc, r["section"] + ".", where + ".section")
        need(r["key"] == r["section"], f"{where}: key != section")
    need(r.get("section_as_written") is None or isinstance(r["section_as_written"], str), f"{where}.section_as_written")
    if r.get("title") is not None:
        need(isinstance(r["title"], str), f"{where}.title type")
        found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        need(isinstance(r.get(k), list), f"{where}.{k}: not a list")
        for v in r.get(k) or []:
            need(isinstance(v, str), f"{where}.{k}: item type")
            found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        need(isinstance(t.get("value"), str) and isinstance(t.get("departments"), list), f"{where}.territory shape")
        found(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}|2[AB]", d) is not None, f"{where}.territory code {d!r}")
    if r.get("year") is not None:
        need(isinstance(r["year"], int), f"{where}.year type")
        found(doc, "- " + str(r["year"]), where + ".year")
    need(r.get("mode") in (None, "access", "maintenance", "access_and_maintenance"), f"{where}.mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        need(d.get("months") is None or isinstance(d["months"], int), f"{where}.duration.months")
        need(isinstance(d.get("renewable"), bool), f"{where}.duration.renewable")
        for k in ("start", "end"):
            if d.get(k) is not None:
                need(isinstance(d[k], str), f"{where}.duration.{k} type")
                found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            need(k in c, f"{where}.cost.{k} missing")
            if c.get(k) is not None:
                need(isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k]) is not None, f"{where}.cost.{k} format")
                found(doc, spaced(c[k]), f"{where}.cost.{k}")
    need(isinstance(r.get("funding"), list), f"{where}.funding: not a list")
    for f in r.get("funding") or []:
        need(set(f) == {"source", "eur", "share_percent"}, f"{where}.funding keys")
        found(doc, f["source"], where + ".funding.source")
        if f.get("eur") is not None:
            found(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None:
            found(doc, f["share_percent"] + " %", where + ".funding.share")
    need(isinstance(r.get("contacts"), list), f"{where}.contacts: not a list")
    for p in r.get("contacts") or []:
        need(isinstance(p.get("name"), str), f"{where}.contacts.name")
        found(doc, p["name"], where + ".contacts.name")
        for k in ("email", "phone"):
            if p.get(k) is not None:
                found(doc, p[k], f"{where}.contacts.{k}")

docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"{len(docs)} documents, expected 7")
keys_by_file = {}
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        errors.append(f"no gold for {name}")
        continue
    g = json.load(open(path, encoding="utf-8"))
    need(set(g) == {"file", "records"} and g["file"] == name, f"{name}: top-level shape")
    doc = load(name)
    keys = [r.get("key") for r in g["records"]]
    need(len(keys) == len(set(keys)), f"{name}: duplicate keys")
    keys_by_file[name] = set(keys)
    for i, r in enumerate(g["records"]):
        check_record(doc, r, f"{name}[{i}] {r.get('key')}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: no clusters")
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: why missing")
    need(len(c.get("records", [])) >= 2, "clusters.json: cluster of fewer than 2")
    for rec in c.get("records", []):
        need(rec.get("key") in keys_by_file.get(rec.get("file"), set()), f"clusters.json: unknown record {rec}")
extra = set(os.listdir(GOLD)) - {n + ".json" for n in docs} - {"clusters.json"}
need(not extra, f"unexpected gold files {sorted(extra)}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
