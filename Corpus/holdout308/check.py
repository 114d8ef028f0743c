#!/usr/bin/env python3
"""Validate holdout308 gold files: shape, keys, types, and that each value's text occurs in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8")
            err(f"{name}: expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def spaced(amount):
    s = str(int(amount))
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return " ".join(groups)

def need(doc, text, where):
    if fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, doc, where, housing=False):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])", doc):
            err(f"{where}: number {q['min']} not found")

def check_project(r, doc, where, fname):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if r["title"] is not None:
        need(doc, r["title"], where + ".title")
    for fld in ("carriers", "partners"):
        if not isinstance(r[fld], list):
            err(f"{where}.{fld}: not a list")
            continue
        for v in r[fld]:
            need(doc, v, f"{where}.{fld}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(isinstance(d, str) and re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"]):
            err(f"{where}.territory: departments")
        need(doc, t["value"], where + ".territory")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year: not int")
        need(doc, str(r["year"]), where + ".year")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}.mode: {r['mode']!r}")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)):
            err(f"{where}.duration.months")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}.duration.renewable")
        for k in ("start", "end"):
            if d.get(k) is not None:
                need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}.cost: missing {k}")
            elif c[k] is not None:
                if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(doc, spaced(c[k]) + " €", f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}.funding: not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding: keys {sorted(f)}")
                continue
            need(doc, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                need(doc, spaced(f["eur"]) + " €", where + ".funding.eur")
            if f["share_percent"] is not None:
                need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}.contacts: not a list")
    else:
        for k in r["contacts"]:
            if not isinstance(k.get("name"), str):
                err(f"{where}.contacts: name")
                continue
            need(doc, k["name"], where + ".contacts.name")
            for fld in ("email", "phone"):
                if k.get(fld) is not None:
                    need(doc, k[fld], f"{where}.contacts.{fld}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"{name}: no gold file")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        doc = load_doc(name)
        keys = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}[{i}]"
            if r.get("key") in keys:
                err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where, name)
                if r.get("section") is not None and r["key"] != r["section"]:
                    err(f"{where}: key != section")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys {sorted(r)}")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                need(doc, row, where + ".row")
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keys_by_file[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters: bad cluster")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
