#!/usr/bin/env python3
"""Validate holdout349 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-"), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: expected Windows-1252 bytes, file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def found(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: text not found in document: {value!r}")

def num_found(doc, n, where):
    if not re.search(r"(?<![0-9])%d(?![0-9])" % n, doc):
        err(f"{where}: number {n} not found")

def amount_found(doc, eur, where):
    if eur is None:
        return
    if not isinstance(eur, str) or not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{where}: amount must be a decimal string: {eur!r}")
        return
    n = int(eur.split(".")[0])
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and eur not in doc:
        err(f"{where}: amount {spaced} not found")

def typed(rec, key, types, where, nullable=True):
    if key not in rec:
        return False
    v = rec[key]
    if v is None and nullable:
        return False
    if not isinstance(v, types):
        err(f"{where}: {key} has type {type(v).__name__}")
        return False
    return True

PROJECT_KEYS = ["kind", "key", "title", "carriers", "partners", "territory", "mode", "households",
                "housing_units", "duration", "cost", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_quantity(doc, q, where, need_unit=False):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: quantity not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t):
            err(f"{where}: quantity key {k} missing or wrong type")
            return
    if q["per"] not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q["approximate"]:
        num_found(doc, q["min"], where)
        num_found(doc, q["max"], where)
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")

def check_project(doc, r, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    if typed(r, "title", str, where):
        found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(f"{where}: {k} must be a list")
            continue
        for v in r[k]:
            if not isinstance(v, str):
                err(f"{where}: {k} item not a string")
            else:
                found(doc, v, f"{where}.{k}")
    if typed(r, "section", str, where):
        found(doc, r["section"] + ".", where + ".section")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: bad territory")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad department code {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be int")
        else:
            num_found(doc, r["year"], where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode {r['mode']!r}")
    check_quantity(doc, r.get("households"), where + ".households")
    check_quantity(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or not isinstance(d.get("renewable"), bool):
            err(f"{where}: bad duration")
        else:
            if d.get("months") is not None and not isinstance(d["months"], int):
                err(f"{where}: months must be int")
            for k in ("start", "end"):
                if d.get(k) is not None:
                    if not re.fullmatch(r"\d{4}", d[k]):
                        err(f"{where}: duration {k} not a year string")
                    else:
                        found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict):
            err(f"{where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c:
                    err(f"{where}: cost key {k} missing")
                amount_found(doc, c.get(k), f"{where}.cost.{k}")
    if "funding" in r:
        if not isinstance(r["funding"], list):
            err(f"{where}: funding must be a list")
        else:
            for f in r["funding"]:
                if not isinstance(f, dict) or not isinstance(f.get("source"), str):
                    err(f"{where}: bad funding item"); continue
                found(doc, f["source"], where + ".funding.source")
                amount_found(doc, f.get("eur"), where + ".funding.eur")
                if f.get("share_percent") is not None:
                    found(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts must be a list")
    else:
        for ct in r["contacts"]:
            if not isinstance(ct, dict) or not isinstance(ct.get("name"), str):
                err(f"{where}: bad contact"); continue
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None:
                    found(doc, ct[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            err(f"missing gold for {name}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name:
            err(f"{gp}: file field is {g.get('file')!r}")
        if not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{gp}: records must be a non-empty list"); continue
        doc = load_doc(name)
        seen = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}[{i}]"
            if not isinstance(r, dict) or r.get("kind") not in ("project", "index_row"):
                err(f"{where}: bad kind"); continue
            if not isinstance(r.get("key"), str) or r["key"] in seen:
                err(f"{where}: key missing or duplicated"); continue
            seen.add(r["key"])
            if r["kind"] == "project":
                check_project(doc, r, where)
            else:
                for k in INDEX_KEYS:
                    if not isinstance(r.get(k), str):
                        err(f"{where}: index key {k} missing")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key must be 'index ' + section")
                row = "\t".join(str(r.get(k)) for k in ("section", "localisation", "organisme", "page"))
                found(doc, row.replace("\t", " "), where + ".row")
        keys_by_file[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: clusters must be a non-empty list")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: each cluster needs a why and two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra:
        err(f"unexpected gold files: {sorted(extra)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
