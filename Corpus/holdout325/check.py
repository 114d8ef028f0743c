#!/usr/bin/env python3
"""Validate holdout325 gold files: shape, keys, types, and that values occur in their document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
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

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc, unit_required):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc):
            err(f"{where}: count {q['min']} not found")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    elif unit_required:
        err(f"{where}: households without unit")

def check_project(r, where, doc, fname):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("title",):
        if not isinstance(r[k], str):
            err(f"{where}: {k} not a string")
    need(doc, r["title"], where + ".title")
    if r["section"] is not None:
        need(doc, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key differs from section")
    elif fname.startswith("brochure"):
        if r["key"] != r["title"]:
            err(f"{where}: brochure key must be the title")
    elif r["key"] != "document":
        err(f"{where}: one-project document key must be 'document'")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} not a list of strings")
        else:
            for x in r[k]:
                need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: bad territory")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad department {d!r}")
    if r["year"] is not None:
        if not is_int(r["year"]):
            err(f"{where}: year not int")
        need(doc, "- " + str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r["households"], where + ".households", doc, True)
    check_q(r["housing_units"], where + ".housing_units", doc, False)
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and set(d) >= {"months", "start", "end", "renewable"}):
            err(f"{where}: bad duration")
        else:
            if d["months"] is not None and not is_int(d["months"]):
                err(f"{where}: months not int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable not bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and set(c) >= {"total_eur", "per_year_eur", "per_household_eur"}):
            err(f"{where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                        err(f"{where}: {k} not a decimal string")
                    else:
                        need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding not a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and set(f) >= {"source", "eur", "share_percent"}):
                err(f"{where}: bad funding item")
                continue
            need(doc, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                need(doc, spaced(f["eur"]), where + ".funding.eur")
            if f["share_percent"] is not None:
                if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                    err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and isinstance(p.get("name"), str) and "email" in p and "phone" in p):
                err(f"{where}: bad contact")
                continue
            need(doc, p["name"], where + ".contact.name")
            need(doc, p["email"], where + ".contact.email")
            need(doc, p["phone"], where + ".contact.phone")

def check_index(r, where, doc):
    missing = INDEX_KEYS - set(r)
    if missing:
        return err(f"{where}: missing keys {sorted(missing)}")
    if r["key"] != "index " + r["section"]:
        err(f"{where}: bad index key")
    row = "\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]])
    need(doc, row, where + ".row")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"gold files {golds} do not match documents {docs}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = g[:-5]
    if data.get("file") != fname:
        err(f"{g}: file field {data.get('file')!r}")
    if not os.path.exists(os.path.join(DOCS, fname)):
        continue
    raw = open(os.path.join(DOCS, fname), "rb").read()
    docu = load_doc(fname)
    doc = docu
    # keep tabs for index rows: fold() turns them into spaces, so compare folded on both sides
    keys = []
    for i, r in enumerate(data.get("records", [])):
        where = f"{g}[{i}]"
        if r.get("kind") == "project":
            check_project(r, where, doc, fname)
        elif r.get("kind") == "index_row":
            check_index(r, where, doc)
        else:
            err(f"{where}: bad kind")
        keys.append(r.get("key"))
    if len(keys) != len(set(keys)):
        err(f"{g}: duplicate keys")
    if not keys:
        err(f"{g}: no records")
    keys_by_file[fname] = set(keys)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
        err("clusters.json: bad cluster")
    for rec in c.get("records", []):
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
            err(f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
