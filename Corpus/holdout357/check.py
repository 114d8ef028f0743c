#!/usr/bin/env python3
"""Validate holdout357 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("–", "-"), ("—", "-"), ("\t", " ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(name + ": should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
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

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, where, doc, with_unit):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where + ": not an object")
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t):
            err(f"{where}.{k}: missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"):
        err(where + ".per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where + ": min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        need(doc, str(q["min"]), where + ".min")
    if with_unit and "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    for k in ("key", "title"):
        if not isinstance(r.get(k), str):
            err(f"{where}.{k}: not a string")
    need(doc, r.get("title"), where + ".title")
    if r.get("section") is not None:
        need(doc, r["section"] + ".", where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(f"{where}.{k}: not a list of strings")
        for x in r.get(k) or []:
            need(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(where + ".territory: bad shape")
        need(doc, t.get("value"), where + ".territory")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(where + ".year: not int")
        need(doc, "- " + str(r["year"]), where + ".year")
    if r.get("mode") not in ("access", "maintenance", "access_and_maintenance", None):
        err(where + ".mode: bad value")
    check_q(r.get("households"), where + ".households", doc, True)
    check_q(r.get("housing_units"), where + ".housing_units", doc, False)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(where + ".duration: bad keys")
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(where + ".duration: bad types")
        need(doc, d.get("start"), where + ".duration.start")
        need(doc, d.get("end"), where + ".duration.end")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where + ".cost: bad keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(where + ".funding: not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            err(where + ".funding: bad keys")
        need(doc, f.get("source"), where + ".funding.source")
        if f.get("eur") is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share_percent")
    if not isinstance(r.get("contacts"), list):
        err(where + ".contacts: not a list")
    for c in r.get("contacts") or []:
        if not isinstance(c.get("name"), str):
            err(where + ".contacts.name: not a string")
        for k in ("name", "email", "phone"):
            need(doc, c.get(k), f"{where}.contacts.{k}")

def check_index(r, doc, where):
    for k in ("kind", "key", "section", "localisation", "organisme", "page"):
        if not isinstance(r.get(k), str):
            err(f"{where}.{k}: missing or not a string")
    if r.get("key") != "index " + str(r.get("section")):
        err(where + ": key must be 'index ' + section")
    row = "\t".join([r.get("section", ""), r.get("localisation", ""), r.get("organisme", ""), r.get("page", "")])
    need(doc, row, where + " (whole row)")

docs = sorted(os.listdir(DOCS))
if len(docs) != 7:
    err(f"expected 7 documents, found {len(docs)}")
for name in docs:
    gpath = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gpath):
        err(name + ": no gold file")
        continue
    g = json.load(open(gpath, encoding="utf-8"))
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        err(name + ": bad top-level shape")
        continue
    doc = load(name)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        err(name + ": duplicate keys")
    for r in g["records"]:
        where = f"{name}[{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            check_index(r, doc, where)
        else:
            err(where + ": bad kind")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: bad cluster")
    for rec in c.get("records", []):
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"]]:
            err(f"clusters.json: {rec} not in gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
