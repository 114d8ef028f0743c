#!/usr/bin/env python3
"""Validate holdout403 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: is valid UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity missing {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max") and is_int(q.get("min")):
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", doc):
            err(f"{where}: count {q['min']} not in document")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")
        if not re.search(r"(?<![0-9])" + str(b["min"]) + r"(?![0-9])", doc):
            err(f"{where}: breakdown {b['min']} not in document")

def check_eur(v, doc, where):
    if v is None:
        return
    if not (isinstance(v, str) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", v)):
        return err(f"{where}: amount not a decimal string: {v!r}")
    if spaced(v) not in doc and v not in doc:
        err(f"{where}: amount {spaced(v)} not in document")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    if not isinstance(r.get("key"), str) or not r["key"]:
        err(f"{where}: key")
    if r.get("section") is not None:
        found(doc, r["section"] + ".", where + ".section")
    if r.get("title") is not None:
        found(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{where}: {f} not a list")
        for v in r.get(f, []):
            found(doc, v, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], where + ".territory")
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"[0-9]{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}: departments")
    y = r.get("year")
    if y is not None:
        if not is_int(y):
            err(f"{where}: year not int")
        elif str(y) not in doc:
            err(f"{where}: year {y} not in document")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}: duration missing {k}")
        if d.get("months") is not None and not is_int(d["months"]):
            err(f"{where}: months not int")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], f"{where}.duration.{k}")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}: renewable not bool")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost missing {k}")
            check_eur(c.get(k), doc, f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding not a list")
    for fu in r.get("funding", []):
        for k in ("source", "eur", "share_percent"):
            if k not in fu:
                err(f"{where}: funding missing {k}")
        found(doc, fu["source"], where + ".funding.source")
        check_eur(fu.get("eur"), doc, where + ".funding.eur")
        if fu.get("share_percent") is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {fu['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    for ct in r.get("contacts", []):
        for k in ("name", "email", "phone"):
            if k not in ct:
                err(f"{where}: contact missing {k}")
        found(doc, ct["name"], where + ".contact.name")
        for k in ("email", "phone"):
            if ct.get(k) is not None:
                found(doc, ct[k], f"{where}.contact.{k}")

def check_index(r, doc, where):
    for k in INDEX_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    if r.get("key") != "index " + str(r.get("section")):
        err(f"{where}: key should be 'index ' + section")
    row = "\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]])
    found(doc, row, where + ".row")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    if golds != sorted(d + ".json" for d in docs):
        err(f"gold files do not match documents: {golds}")
    keys = {}
    for gf in golds:
        g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
        name = gf[:-5]
        if g.get("file") != name:
            err(f"{gf}: file field {g.get('file')!r}")
        if name not in docs:
            continue
        doc = load_doc(name)
        recs = g.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{gf}: records")
            continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{gf}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                check_index(r, doc, where)
            else:
                err(f"{where}: kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            err("clusters.json: why")
        if len(c.get("records", [])) < 2:
            err("clusters.json: fewer than 2 records")
        for rr in c.get("records", []):
            if rr.get("key") not in keys.get(rr.get("file"), set()):
                err(f"clusters.json: unknown record {rr}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
