#!/usr/bin/env python3
"""Validate holdout251 gold files: shape, keys, types, and that each value's text is in its document.
Standard library only. Prints OK when every check passes."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘ʼ`":
        s = s.replace(a, "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

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
MODES = {"access", "maintenance", "access_and_maintenance", None}

def found(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

def is_str_or_none(v):
    return v is None or isinstance(v, str)

def check_q(doc, q, where):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: quantity must be an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be ints with min <= max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate must be a bool")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", doc) and not q.get("approximate"):
            err(f"{where}: count {q['min']} not found")

def check_amount(doc, eur, where):
    if eur is None:
        return
    if not (isinstance(eur, str) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", eur)):
        err(f"{where}: amount must be a decimal string"); return
    if spaced(int(eur.split(".")[0])) not in doc and eur not in doc:
        err(f"{where}: amount {eur} not found")

def check_project(doc, r, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("key", "title"):
        if not is_str_or_none(r[k]):
            err(f"{where}: {k} must be a string or null")
    if r["section"] is not None:
        found(doc, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key must equal section for a monograph")
    found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                found(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: bad territory")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"[0-9]{2,3}|2[AB]", d):
                    err(f"{where}: bad département code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be an int")
        found(doc, r["year"], where + ".year")
    if r["mode"] not in MODES:
        err(f"{where}: bad mode {r['mode']}")
    check_q(doc, r["households"], where + ".households")
    check_q(doc, r["housing_units"], where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and set(d) >= {"months", "start", "end", "renewable"}):
            err(f"{where}: bad duration")
        else:
            if not (d["months"] is None or isinstance(d["months"], int)):
                err(f"{where}: months must be int or null")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable must be bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"[0-9]{4}", d[k]):
                        err(f"{where}: {k} must be a year string")
                    found(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and set(c) >= {"total_eur", "per_year_eur", "per_household_eur"}):
            err(f"{where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                check_amount(doc, c[k], f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and set(f) >= {"source", "eur", "share_percent"}):
                err(f"{where}: bad funding item"); continue
            found(doc, f["source"], where + ".funding.source")
            check_amount(doc, f["eur"], where + ".funding.eur")
            if f["share_percent"] is not None:
                if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                    err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and isinstance(p.get("name"), str) and "email" in p and "phone" in p):
                err(f"{where}: bad contact"); continue
            found(doc, p["name"], where + ".contact.name")
            found(doc, p["email"], where + ".contact.email")
            found(doc, p["phone"], where + ".contact.phone")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [d + ".json" for d in docs] != golds:
        err(f"documents and gold files do not match: {docs} vs {golds}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name:
            err(f"{g}: file field is {data.get('file')!r}")
        if not os.path.exists(os.path.join(DOCS, name)):
            continue
        doc = load_doc(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: records must be a non-empty list"); continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys {sorted(r)}")
                elif r["key"] != "index " + r["section"]:
                    err(f"{where}: index key must be 'index ' + section")
                else:
                    for k in ("section", "localisation", "organisme", "page"):
                        found(doc, r[k], f"{where}.{k}")
            else:
                err(f"{where}: bad kind {r.get('kind')}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: clusters must be a non-empty list")
    else:
        for c in cl["clusters"]:
            if not isinstance(c.get("why"), str) or not c["why"]:
                err("clusters.json: missing why")
            if len(c.get("records", [])) < 2:
                err("clusters.json: a cluster needs two records")
            for rec in c.get("records", []):
                if rec.get("key") not in keys.get(rec.get("file"), set()):
                    err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
