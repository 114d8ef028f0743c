#!/usr/bin/env python3
"""Validate holdout262 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(doc, name, what, value):
    if fold(value) not in doc:
        err(f"{name}: {what} {value!r} not found in the document")

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(doc, name, key, field, q):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{name} {key}: {field} not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{name} {key}: {field} lacks {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(f"{name} {key}: {field} min/max bad")
    if q.get("per") not in ("total", "year"):
        err(f"{name} {key}: {field} per bad")
    if not isinstance(q.get("approximate"), bool):
        err(f"{name} {key}: {field} approximate not bool")
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
            err(f"{name} {key}: {field} {q['min']} not found")
    if "unit" in q:
        need(doc, name, f"{key} {field} unit", q["unit"])
    for b in q.get("breakdown", []):
        need(doc, name, f"{key} breakdown label", b["label"])
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc):
            err(f"{name} {key}: breakdown {b['min']} not found")

def check_project(doc, name, r):
    key = r.get("key")
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{name} {key}: missing key {k}")
    if not isinstance(key, str) or not key:
        err(f"{name}: bad key")
    if r.get("section"):
        need(doc, name, "section", r["section"] + ".")
    if not isinstance(r.get("title"), str):
        err(f"{name} {key}: title not a string")
    else:
        need(doc, name, "title", r["title"])
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list) or not all(isinstance(x, str) for x in r[f]):
            err(f"{name} {key}: {f} not a list of strings")
        else:
            for x in r[f]:
                need(doc, name, f, x)
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{name} {key}: territory shape")
        else:
            need(doc, name, "territory", t["value"])
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{name} {key}: department {d!r}")
    y = r.get("year")
    if y is not None:
        if not is_int(y):
            err(f"{name} {key}: year not int")
        else:
            need(doc, name, "year", f"- {y}")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{name} {key}: mode {r.get('mode')!r}")
    check_q(doc, name, key, "households", r.get("households"))
    check_q(doc, name, key, "housing_units", r.get("housing_units"))
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{name} {key}: duration lacks {k}")
        if d.get("months") is not None and not is_int(d["months"]):
            err(f"{name} {key}: months not int")
        for k in ("start", "end"):
            if d.get(k) is not None:
                need(doc, name, f"duration {k}", d[k])
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{name} {key}: cost lacks {k}")
            elif c[k] is not None:
                if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])):
                    err(f"{name} {key}: cost {k} not a decimal string")
                else:
                    need(doc, name, f"cost {k}", spaced(c[k]))
    if not isinstance(r.get("funding"), list):
        err(f"{name} {key}: funding not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{name} {key}: funding keys {sorted(f)}")
                continue
            need(doc, name, "funder", f["source"])
            if f["eur"] is not None:
                need(doc, name, "funding eur", spaced(f["eur"]))
            if f["share_percent"] is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), doc):
                err(f"{name} {key}: share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{name} {key}: contacts not a list")
    else:
        for k in r["contacts"]:
            if not isinstance(k.get("name"), str):
                err(f"{name} {key}: contact without name")
                continue
            need(doc, name, "contact name", k["name"])
            for f in ("email", "phone"):
                if f not in k:
                    err(f"{name} {key}: contact lacks {f}")
                elif k[f] is not None:
                    need(doc, name, f"contact {f}", k[f])

def check_index(doc, name, r):
    for k in INDEX_KEYS:
        if not isinstance(r.get(k), str):
            err(f"{name}: index row lacks {k}")
    if r.get("key") != "index " + str(r.get("section")):
        err(f"{name}: index key {r.get('key')!r}")
    line = "\t".join(fold(r.get(k, "")) for k in ("section", "localisation", "organisme", "page"))
    if line not in doc:
        err(f"{name}: index row {line!r} not found in the document")

records_by_file = {}
docs = sorted(os.listdir(DOCS))
if len(docs) != 7:
    err(f"expected 7 documents, found {len(docs)}")
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        err(f"no gold for {name}")
        continue
    g = json.load(open(path, encoding="utf-8"))
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        err(f"{name}: gold header bad")
        continue
    raw_doc = load_doc(name)
    # index rows are compared on the tab-separated line, so keep tabs for them
    keys = set()
    for r in g["records"]:
        if r.get("key") in keys:
            err(f"{name}: duplicate key {r.get('key')}")
        keys.add(r.get("key"))
        if r.get("kind") == "project":
            check_project(raw_doc, name, r)
        elif r.get("kind") == "index_row":
            tabbed = fold(open(os.path.join(DOCS, name), encoding="utf-8").read().replace("\t", "\u0001")).replace("\u0001", "\t")
            check_index(tabbed, name, r)
        else:
            err(f"{name}: kind {r.get('kind')!r}")
    records_by_file[name] = keys

extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
if extra:
    err(f"gold files without document: {sorted(extra)}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in records_by_file.get(rec.get("file"), set()):
            err(f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
