#!/usr/bin/env python3
"""Validate holdout254 gold files: shape, keys, types, and that each value's text occurs in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = t.replace("**", "")
    return fold(t)

def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def err(f, k, m): errors.append(f"{f} [{k}]: {m}")

def need(f, k, doc, text, what):
    if text is not None and fold(str(text)) not in doc:
        err(f, k, f"{what} {text!r} not found in document")

def typ(f, k, v, t, what, nullable=True):
    if v is None and nullable: return
    if not isinstance(v, t): err(f, k, f"{what} has wrong type {type(v).__name__}")

PROJECT_KEYS = ["kind", "key", "title", "carriers", "partners", "territory", "households",
                "housing_units", "duration", "cost", "funding", "contacts"]
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(f, k, q, doc, what):
    if q is None: return
    if not isinstance(q, dict): return err(f, k, f"{what} not an object")
    for key in ("min", "max", "per", "approximate"):
        if key not in q: err(f, k, f"{what} lacks {key}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f, k, f"{what} min/max invalid")
    if q.get("per") not in ("total", "year"): err(f, k, f"{what} per invalid")
    typ(f, k, q.get("approximate"), bool, what + ".approximate", False)
    if "unit" in q: need(f, k, doc, q["unit"], what + " unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            err(f, k, f"{what} count {q['min']} not found")

def check_project(f, r, doc):
    k = r.get("key")
    for key in PROJECT_KEYS:
        if key not in r: err(f, k, f"missing {key}")
    typ(f, k, r.get("key"), str, "key", False)
    need(f, k, doc, r.get("title"), "title")
    if r.get("section"): need(f, k, doc, r["section"] + ".", "section")
    for key in ("carriers", "partners"):
        if not isinstance(r.get(key), list): err(f, k, f"{key} not a list"); continue
        for v in r[key]: need(f, k, doc, v, key[:-1])
    t = r.get("territory")
    if t is not None:
        need(f, k, doc, t.get("value"), "territory")
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f, k, "territory departments invalid")
    if "mode" in r and r["mode"] is not None and r["mode"] not in MODES: err(f, k, "mode invalid")
    if r.get("year") is not None:
        typ(f, k, r["year"], int, "year"); need(f, k, doc, str(r["year"]), "year")
    check_q(f, k, r.get("households"), doc, "households")
    check_q(f, k, r.get("housing_units"), doc, "housing_units")
    d = r.get("duration")
    if d is not None:
        for key in ("months", "start", "end", "renewable"):
            if key not in d: err(f, k, f"duration lacks {key}")
        typ(f, k, d.get("months"), int, "months")
        for key in ("start", "end"):
            if d.get(key) is not None: need(f, k, doc, d[key], "duration " + key)
    c = r.get("cost")
    if c is not None:
        for key in ("total_eur", "per_year_eur", "per_household_eur"):
            if key not in c: err(f, k, f"cost lacks {key}")
            elif c[key] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[key]): err(f, k, f"{key} not a decimal string")
                else: need(f, k, doc, spaced(c[key]), key)
    for fu in r.get("funding") or []:
        for key in ("source", "eur", "share_percent"):
            if key not in fu: err(f, k, f"funding lacks {key}")
        need(f, k, doc, fu.get("source"), "funding source")
        if fu.get("eur"): need(f, k, doc, spaced(fu["eur"]), "funding eur")
        if fu.get("share_percent"): need(f, k, doc, fu["share_percent"] + " %", "share")
    for ct in r.get("contacts") or []:
        for key in ("name", "email", "phone"):
            if key not in ct: err(f, k, f"contact lacks {key}")
        need(f, k, doc, ct.get("name"), "contact name")
        need(f, k, doc, ct.get("email"), "contact email")
        need(f, k, doc, ct.get("phone"), "contact phone")

def check_index(f, r, doc):
    k = r.get("key")
    for key in ("kind", "key", "section", "localisation", "organisme", "page"):
        if key not in r: err(f, k, f"missing {key}")
    if k != "index " + str(r.get("section")): err(f, k, "key is not 'index ' + section")
    need(f, k, doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), "index row")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if sorted(d + ".json" for d in docs) != golds: errors.append(f"documents {docs} vs gold {golds}")
    keys = {}
    for g in golds:
        f = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != f: err(f, "-", "file field mismatch")
        doc = load(f)
        seen = set()
        for r in data.get("records", []):
            if r.get("key") in seen: err(f, r.get("key"), "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(f, r, doc)
            elif r.get("kind") == "index_row": check_index(f, r, doc)
            else: err(f, r.get("key"), "bad kind")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errors.append("cluster shape")
        for r in c.get("records", []):
            if r.get("key") not in keys.get(r.get("file"), ()): errors.append(f"cluster record {r} unknown")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
