#!/usr/bin/env python3
"""Validate holdout209 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if name.endswith("cp1252.txt"):
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def need(doc, text, where):
    if text is None:
        return
    if fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def is_dec(s):
    return s is None or (isinstance(s, str) and re.fullmatch(r"\d+(\.\d+)?", s) is not None)

def check_q(q, doc, where, unit_required=False):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be an object or null")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be ints with min <= max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate must be a bool")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where, kind_file):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("title",):
        if r[k] is not None and not isinstance(r[k], str):
            err(f"{where}: {k} must be a string")
        need(doc, r[k], where + ".title")
    if r["section"] is not None:
        need(doc, r["section"], where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: territory shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad department code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be int")
        need(doc, r["year"], where + ".year")
    if r["mode"] not in MODES:
        err(f"{where}: bad mode {r['mode']}")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and set(d) >= {"months", "start", "end", "renewable"}):
            err(f"{where}: duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int):
                err(f"{where}: months must be int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable must be bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"\d{4}", d[k]):
                        err(f"{where}: duration {k} must be a year string")
                    need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and set(c) >= {"total_eur", "per_year_eur", "per_household_eur"}):
            err(f"{where}: cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if not is_dec(c[k]):
                    err(f"{where}: cost {k} must be a decimal string or null")
                elif c[k] is not None:
                    need(doc, spaced(int(c[k])), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and set(f) >= {"source", "eur", "share_percent"}):
                err(f"{where}: funding item shape")
                continue
            need(doc, f["source"], where + ".funding.source")
            if not is_dec(f["eur"]) or not is_dec(f["share_percent"]):
                err(f"{where}: funding amounts must be decimal strings or null")
            if f["eur"] is not None:
                need(doc, spaced(int(f["eur"])), where + ".funding.eur")
            if f["share_percent"] is not None:
                need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    else:
        for k in r["contacts"]:
            if not (isinstance(k, dict) and isinstance(k.get("name"), str) and "email" in k and "phone" in k):
                err(f"{where}: contact shape")
                continue
            need(doc, k["name"], where + ".contact.name")
            need(doc, k["email"], where + ".contact.email")
            need(doc, k["phone"], where + ".contact.phone")
            if k["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", k["email"]):
                err(f"{where}: bad e-mail {k['email']}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if golds != sorted(d + ".json" for d in docs):
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        doc = read_doc(name)
        seen = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where, name)
            elif r.get("kind") == "index_row":
                missing = INDEX_KEYS - set(r)
                if missing:
                    err(f"{where}: missing keys {sorted(missing)}")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: index key must be 'index ' + section")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                need(doc, row, where + ".row")
            else:
                err(f"{where}: bad kind {r.get('kind')}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            err("clusters.json: a cluster lacks why")
        recs = c.get("records", [])
        if len(recs) < 2:
            err("clusters.json: a cluster needs two records")
        for x in recs:
            if x.get("key") not in keys.get(x.get("file"), set()):
                err(f"clusters.json: {x} not a gold record")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
