#!/usr/bin/env python3
"""Validate the gold files of holdout438 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"),
                 ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
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
    return fold(text)


def spaced(amount):
    n = int(amount)
    groups = []
    while n >= 1000:
        groups.insert(0, "%03d" % (n % 1000))
        n //= 1000
    groups.insert(0, str(n))
    return " ".join(groups)


def found(doc, value, where):
    if value is None:
        return
    if not isinstance(value, str):
        err("%s: expected a string, got %r" % (where, value))
        return
    if fold(value) not in doc:
        err("%s: %r not found in the document" % (where, value))


def check_quantity(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err("%s: not an object" % where)
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err("%s: missing %s" % (where, k))
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err("%s: bad min/max" % where)
    if q.get("per") not in ("total", "year"):
        err("%s: bad per" % where)
    if not isinstance(q.get("approximate"), bool):
        err("%s: approximate not a boolean" % where)
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
            err("%s: count %s not in the document" % (where, q["min"]))
    for b in q.get("breakdown", []):
        found(doc, b.get("label"), where + ".breakdown.label")
        for k in ("min", "max"):
            if not re.search(r"(?<!\d)%d(?!\d)" % b[k], doc):
                err("%s: breakdown %s not found" % (where, b[k]))


def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err("%s: missing keys %s" % (where, sorted(missing)))
    if r.get("section") is not None:
        found(doc, r["section"], where + ".section")
    found(doc, r.get("title"), where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err("%s.%s: not a list" % (where, f))
            continue
        for v in r[f]:
            found(doc, v, "%s.%s" % (where, f))
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), where + ".territory")
        deps = t.get("departments")
        if not (isinstance(deps, list) and deps and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in deps)):
            err("%s.territory: bad departments" % where)
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or str(r["year"]) not in doc:
            err("%s.year: bad or not found" % where)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err("%s.mode: bad value" % where)
    check_quantity(r.get("households"), doc, where + ".households")
    check_quantity(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err("%s.duration: bad keys" % where)
        if d.get("months") is not None and not isinstance(d["months"], int):
            err("%s.duration.months: not an int" % where)
        if not isinstance(d.get("renewable"), bool):
            err("%s.duration.renewable: not a boolean" % where)
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], "%s.duration.%s" % (where, k))
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err("%s.cost: bad keys" % where)
        for k, v in c.items():
            if v is None:
                continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err("%s.cost.%s: not a decimal string" % (where, k))
            elif spaced(v) not in doc:
                err("%s.cost.%s: %s not found" % (where, k, spaced(v)))
    if not isinstance(r.get("funding"), list):
        err("%s.funding: not a list" % where)
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err("%s.funding: bad keys" % where)
            found(doc, f.get("source"), where + ".funding.source")
            if f.get("eur") is not None and spaced(f["eur"]) not in doc:
                err("%s.funding.eur: not found" % where)
            if f.get("share_percent") is not None and not re.search(r"(?<!\d)%s ?%%" % f["share_percent"], doc):
                err("%s.funding.share_percent: %s %% not found" % (where, f["share_percent"]))
    if not isinstance(r.get("contacts"), list):
        err("%s.contacts: not a list" % where)
    else:
        for p in r["contacts"]:
            if set(p) != {"name", "email", "phone"}:
                err("%s.contacts: bad keys" % where)
            found(doc, p.get("name"), where + ".contacts.name")
            found(doc, p.get("email"), where + ".contacts.email")
            found(doc, p.get("phone"), where + ".contacts.phone")


def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err("expected 7 documents, found %d" % len(names))
    keys_by_file = {}
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err("no gold for %s" % name)
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err("%s: bad file or records" % path)
            continue
        doc = load_doc(name)
        keys = set()
        for i, r in enumerate(g["records"]):
            where = "%s[%d]" % (name, i)
            if r.get("key") in keys:
                err("%s: duplicate key %r" % (where, r.get("key")))
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err("%s: index row keys %s" % (where, sorted(r)))
                if r.get("key") != "index " + str(r.get("section")):
                    err("%s: index key" % where)
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r.get(k), "%s.%s" % (where, k))
            else:
                err("%s: bad kind" % where)
        keys_by_file[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not (isinstance(c.get("why"), str) and c["why"]):
            err("clusters.json: missing why")
        recs = c.get("records", [])
        if len(recs) < 2:
            err("clusters.json: cluster with fewer than two records")
        for rec in recs:
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err("clusters.json: unknown record %r" % rec)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
