#!/usr/bin/env python3
"""Validate holdout299 gold files (standard library only). Prints OK or the problems found."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {None, "access", "maintenance", "access_and_maintenance"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
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


def found(doc, value, what, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {what} {value!r} not found in document")


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_quantity(q, name, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: {name} not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: {name} lacks {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(f"{where}: {name} min/max bad")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: {name} per bad")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: {name} approximate not bool")
    if "unit" in q:
        found(doc, q["unit"], f"{name} unit", where)
    if not q.get("approximate"):
        found(doc, q["min"], f"{name} count", where)


def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("title", "section", "section_as_written"):
        if r[k] is not None and not isinstance(r[k], str):
            err(f"{where}: {k} not a string")
    found(doc, r["title"], "title", where)
    found(doc, r["section"], "section", where)
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} not a list of strings")
        else:
            for x in r[k]:
                found(doc, x, k[:-1], where)
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: territory shape")
        else:
            found(doc, t["value"], "territory", where)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: department code {d!r}")
    if r["year"] is not None:
        if not is_int(r["year"]):
            err(f"{where}: year not int")
        found(doc, r["year"], "year", where)
    if r["mode"] not in MODES:
        err(f"{where}: mode {r['mode']!r}")
    check_quantity(r["households"], "households", doc, where)
    check_quantity(r["housing_units"], "housing_units", doc, where)
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and (d.get("months") is None or is_int(d.get("months")))
                and isinstance(d.get("renewable"), bool)):
            err(f"{where}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], f"duration {k}", where)
    c = r["cost"]
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost lacks {k}")
            v = c.get(k)
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: cost {k} not a decimal string")
                else:
                    found(doc, spaced(int(float(v))), f"cost {k}", where)
    if not isinstance(r["funding"], list):
        err(f"{where}: funding not a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and isinstance(f.get("source"), str) and "eur" in f and "share_percent" in f):
                err(f"{where}: funding shape {f!r}")
                continue
            found(doc, f["source"], "funder", where)
            if f["share_percent"] is not None:
                found(doc, f["share_percent"] + " %", "share", where)
            if f["eur"] is not None:
                found(doc, spaced(int(f["eur"])), "funding amount", where)
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and isinstance(p.get("name"), str) and "email" in p and "phone" in p):
                err(f"{where}: contact shape {p!r}")
                continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if p.get(k) is not None:
                    found(doc, p[k], f"contact {k}", where)


def check_index(r, doc, where):
    missing = INDEX_KEYS - set(r)
    if missing:
        return err(f"{where}: missing keys {sorted(missing)}")
    if r["key"] != "index " + r["section"]:
        err(f"{where}: index key")
    for k in ("section", "localisation", "organisme", "page"):
        if not isinstance(r[k], str):
            err(f"{where}: {k} not a string")
        else:
            found(doc, r[k], k, where)


def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keysets = {}
    for name in docs:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"no gold for {name}")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        doc = load_doc(name)
        keys = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}#{i} ({r.get('key')})"
            if r.get("key") in keys:
                err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                check_index(r, doc, where)
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keysets[name] = keys
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra:
        err(f"unexpected gold files {sorted(extra)}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keysets.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
