#!/usr/bin/env python3
"""Validate holdout261 gold files: shape, keys, types, and that each value's text occurs in its document.
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
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    s = str(n)
    if "." in s:
        i, d = s.split(".")
        return spaced(i) + "," + d
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, text, where):
    if text is None:
        return
    if fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def is_str_or_none(v):
    return v is None or isinstance(v, str)

def check_q(doc, q, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int)) or q["min"] > q["max"]:
        err(f"{where}: min/max must be ints with min <= max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate must be a bool")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(doc, r, where):
    if set(r) != PROJECT_KEYS:
        err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)} differ")
        return
    for k in ("section", "section_as_written", "title"):
        if not is_str_or_none(r[k]):
            err(f"{where}.{k}: must be string or null")
    found(doc, r["section"], where + ".section")
    found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}.{k}: must be a list of strings")
        else:
            for x in r[k]:
                found(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}.territory: bad shape")
        else:
            found(doc, t["value"], where + ".territory")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year: must be int")
        found(doc, r["year"], where + ".year")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}.mode: {r['mode']!r}")
    check_q(doc, r["households"], where + ".households")
    check_q(doc, r["housing_units"], where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not (d["months"] is None or isinstance(d["months"], int)) \
                or not isinstance(d["renewable"], bool) or not is_str_or_none(d["start"]) or not is_str_or_none(d["end"]):
            err(f"{where}.duration: bad shape")
        found(doc, d.get("start"), where + ".duration.start")
        found(doc, d.get("end"), where + ".duration.end")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost: bad keys")
        for k, v in c.items():
            if v is None:
                continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err(f"{where}.cost.{k}: must be a decimal string")
            else:
                found(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}.funding: must be a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"} or not isinstance(f["source"], str):
                err(f"{where}.funding: bad item {f}")
                continue
            found(doc, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                found(doc, spaced(f["eur"]), where + ".funding.eur")
            if f["share_percent"] is not None:
                found(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}.contacts: must be a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and isinstance(p.get("name"), str)):
                err(f"{where}.contacts: bad item {p}")
                continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if k in p:
                    if not is_str_or_none(p[k]):
                        err(f"{where}.contacts.{k}: must be string or null")
                    found(doc, p[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err(f"no gold for {name}")
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        doc = load_doc(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(f"{name}: duplicate keys")
        keys_by_file[name] = set(keys)
        for r in g["records"]:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys differ")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: key must be 'index ' + section")
                # fold() turns the row's tabs into single spaces
                if fold(" ".join([r["section"], r["localisation"], r["organisme"], r["page"]])) not in doc:
                    err(f"{where}: index row not found")
            else:
                err(f"{where}: unknown kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    else:
        for c in cl["clusters"]:
            if not isinstance(c.get("why"), str) or not isinstance(c.get("records"), list) or len(c["records"]) < 2:
                err("clusters.json: bad cluster")
                continue
            for rec in c["records"]:
                if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                    err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
