#!/usr/bin/env python3
"""Validate holdout274 gold files (standard library only). Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
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
    return fold(text)

def spaced(amount):
    s = str(int(amount))
    groups = []
    while s:
        groups.insert(0, s[-3:]); s = s[:-3]
    return " ".join(groups)

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        errors.append(f"{where}: {value!r} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, where, doc, unit_ok=True):
    if q is None:
        return
    if not isinstance(q, dict):
        errors.append(f"{where}: quantity not an object"); return
    for k, t in QKEYS.items():
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            errors.append(f"{where}: bad or missing {k}")
    if q.get("per") not in ("total", "year"):
        errors.append(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        need(doc, str(q["min"]), where + ".min")
        need(doc, str(q["max"]), where + ".max")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r:
            errors.append(f"{where}: missing key {k}")
    if not isinstance(r.get("key"), str) or not r["key"]:
        errors.append(f"{where}: key must be a non-empty string")
    if r.get("section") is not None:
        need(doc, r["section"], where + ".section")
    need(doc, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
            errors.append(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                need(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            errors.append(f"{where}: bad territory")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    errors.append(f"{where}: bad department code {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            errors.append(f"{where}: year must be an integer")
        need(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        errors.append(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                errors.append(f"{where}: duration missing {k}")
        if d.get("months") is not None and not isinstance(d["months"], int):
            errors.append(f"{where}: months must be an integer")
        for k in ("start", "end"):
            if d.get(k) is not None:
                need(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                errors.append(f"{where}: cost missing {k}")
            elif c[k] is not None:
                if not isinstance(c[k], str) or not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    errors.append(f"{where}: cost {k} must be a decimal string")
                else:
                    need(doc, spaced(c[k]), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        errors.append(f"{where}: funding must be a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                errors.append(f"{where}: funding keys {sorted(f)}")
            need(doc, f.get("source"), where + ".funding.source")
            if f.get("eur") is not None:
                need(doc, spaced(f["eur"]), where + ".funding.eur")
            if f.get("share_percent") is not None:
                need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list):
        errors.append(f"{where}: contacts must be a list")
    else:
        for c in r["contacts"]:
            if not isinstance(c.get("name"), str):
                errors.append(f"{where}: contact without name")
            for k in ("name", "email", "phone"):
                need(doc, c.get(k), f"{where}.contact.{k}")

def check_index(r, doc, where):
    for k in ("kind", "key", "section", "localisation", "organisme", "page"):
        if not isinstance(r.get(k), str):
            errors.append(f"{where}: index row {k} missing or not a string")
    if r.get("key") != "index " + str(r.get("section")):
        errors.append(f"{where}: index key must be 'index ' + section")
    row = fold("\t".join([r.get("section", ""), r.get("localisation", ""), r.get("organisme", ""), r.get("page", "")]))
    if fold("\t".join([r.get("section", ""), r.get("localisation", "")])) not in doc.replace(" ", " "):
        pass
    for k in ("section", "localisation", "organisme", "page"):
        need(doc, r.get(k), f"{where}.{k}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if sorted(d + ".json" for d in docs) != golds:
    errors.append(f"documents and gold files differ: {docs} vs {golds}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name:
        errors.append(f"{g}: file field {data.get('file')!r}")
    if not os.path.exists(os.path.join(DOCS, name)):
        continue
    doc = load_doc(name)
    seen = set()
    for i, r in enumerate(data.get("records", [])):
        where = f"{g}[{i}]"
        if r.get("key") in seen:
            errors.append(f"{where}: duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(r, doc, where)
        elif r.get("kind") == "index_row":
            check_index(r, doc, where)
        else:
            errors.append(f"{where}: bad kind")
    keys[name] = seen
    if not data.get("records"):
        errors.append(f"{g}: no records")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for i, c in enumerate(cl.get("clusters", [])):
    if not isinstance(c.get("why"), str) or not c["why"]:
        errors.append(f"clusters[{i}]: why missing")
    if len(c.get("records", [])) < 2:
        errors.append(f"clusters[{i}]: fewer than two records")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()):
            errors.append(f"clusters[{i}]: unknown record {rec}")

# cp1252 fiche must not be valid UTF-8
for d in docs:
    if "cp1252" in d:
        try:
            open(os.path.join(DOCS, d), "rb").read().decode("utf-8")
            errors.append(f"{d}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
