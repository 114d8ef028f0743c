#!/usr/bin/env python3
"""Validate holdout232 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(where, q, text):
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
    if "unit" in q and fold(q["unit"]) not in text:
        err(f"{where}: unit {q['unit']!r} not in document")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        n = q["min"]
        if not re.search(r"(?<!\d)" + re.escape(spaced(n)) + r"(?![\d])", text):
            err(f"{where}: count {n} not in document")

def present(where, value, text):
    if not isinstance(value, str) or not value:
        return err(f"{where}: expected a non-empty string")
    if fold(value) not in text:
        err(f"{where}: {value!r} not found in document")

def check_amount(where, v, text):
    if v is None:
        return
    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
        return err(f"{where}: amount must be a decimal string")
    if spaced(int(v)) not in text:
        err(f"{where}: amount {v} not in document")

def check_project(where, r, text):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    if r.get("title") is not None:
        present(where + ".title", r["title"], text)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(f"{where}.{k}: not a list")
            continue
        for v in r[k]:
            present(f"{where}.{k}", v, text)
    t = r.get("territory")
    if t is not None:
        present(where + ".territory", t.get("value"), text)
        deps = t.get("departments")
        if not isinstance(deps, list) or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in deps):
            err(f"{where}.territory.departments: bad list")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or str(y) not in text):
        err(f"{where}.year: {y!r} bad or absent")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: bad value")
    check_q(where + ".households", r.get("households"), text)
    check_q(where + ".housing_units", r.get("housing_units"), text)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration: keys")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}.duration.months: not int")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}.duration.renewable: not bool")
        for k in ("start", "end"):
            if d.get(k) is not None and d[k] not in text:
                err(f"{where}.duration.{k}: {d[k]} not in document")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost: keys")
        for k in c:
            check_amount(f"{where}.cost.{k}", c[k], text)
    if not isinstance(r.get("funding"), list):
        err(f"{where}.funding: not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding: keys")
            present(f"{where}.funding.source", f.get("source"), text)
            check_amount(f"{where}.funding.eur", f.get("eur"), text)
            sp = f.get("share_percent")
            if sp is not None and not re.search(re.escape(sp) + r" ?%", text):
                err(f"{where}.funding.share_percent {sp} not in document")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}.contacts: not a list")
    else:
        for ct in r["contacts"]:
            present(f"{where}.contacts.name", ct.get("name"), text)
            for k in ("email", "phone"):
                if k not in ct:
                    err(f"{where}.contacts: {k} missing")
                elif ct[k] is not None:
                    present(f"{where}.contacts.{k}", ct[k], text)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = data.get("file")
        if name != g[:-5]:
            err(f"{g}: file field {name!r}")
            continue
        text = read_doc(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: no records")
            continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(where, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"):
                    present(f"{where}.{k}", r.get(k), text)
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
