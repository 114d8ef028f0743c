#!/usr/bin/env python3
"""Validate holdout708 gold files against the format of Corpus/gold/README.md and the documents' text.
Standard library only. Prints OK when every check passes, else the problems and exits 1."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    # an ASCII-ruled box: join its lines (right border, newline, left border) into one run of text
    t = re.sub(r"[ \t]*\|[ \t]*\n[ \t]*\|[ \t]*", " ", t)
    return fold(t)

def spaced(eur):
    s = str(int(eur)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(text, value, what, where):
    if fold(str(value)) not in text:
        err(f"{where}: {what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, text, where):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    if "unit" in q: found(text, q["unit"], "unit", where)
    if not q.get("approximate") and q.get("min") == q.get("max"):
        words = {4: "quatre", 5: "cinq", 6: "six", 7: "sept", 12: "douze", 10: "dix", 15: "quinze", 8: "huit", 9: "neuf", 17: "dix-sept", 16: "seize", 13: "treize", 11: "onze", 19: "dix-neuf"}
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text) and words.get(q["min"], "#") not in text:
            err(f"{where}: count {q['min']} not found")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if sorted(d + ".json" for d in docs) != golds:
    err(f"documents and gold files differ: {docs} vs {golds}")

keys_by_file = {}
for g in golds:
    where0 = g
    try:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:
        err(f"{g}: invalid JSON: {e}"); continue
    if set(data) != {"file", "records"}: err(f"{g}: top-level keys {sorted(data)}")
    name = data.get("file")
    if name + ".json" != g: err(f"{g}: file field {name!r} does not match")
    if not os.path.exists(os.path.join(DOCS, name)): err(f"{g}: document missing"); continue
    text = load_text(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: records empty"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        where = f"{g} [{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{where}: keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(f"{where}: key/section mismatch")
            line_ok = any(fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])) in fold(l)
                          for l in open(os.path.join(DOCS, name), encoding="utf-8").read().splitlines())
            if not line_ok: err(f"{where}: index row not found as a line")
            continue
        if r.get("kind") != "project": err(f"{where}: bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            if r["key"] != r["section"]: err(f"{where}: key != section")
            found(text, r["section"] + ".", "section", where)
        if r["title"] is not None: found(text, r["title"], "title", where)
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{where}: {k} not a list")
            for v in r[k]: found(text, v, k[:-1], where)
        t = r["territory"]
        if t is not None:
            found(text, t["value"], "territory", where)
            if not (isinstance(t["departments"], list) and t["departments"] and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
                err(f"{where}: bad departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{where}: year not int")
            found(text, "- " + str(r["year"]), "year bullet", where)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: bad mode")
        check_q(r["households"], text, where + " households")
        check_q(r["housing_units"], text, where + " housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
            if not isinstance(d["months"], int): err(f"{where}: months not int")
            elif d["start"] and d["end"] and abs(d["months"] - 12 * (int(d["end"]) - int(d["start"]))) >= 12:
                err(f"{where}: months do not match start/end")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], "duration " + k, where)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}: {k} not a decimal string")
                    else: found(text, spaced(v) + " €", k, where)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
            found(text, f["source"], "funder", where)
            if f["eur"] is not None: found(text, spaced(f["eur"]) + " €", "funding amount", where)
            if f["share_percent"] is not None:
                if not (f["share_percent"] == "50" and "moitie" in text):
                    found(text, f["share_percent"] + " %", "share", where)
        if not r["contacts"]: err(f"{where}: no contact")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: err(f"{where}: contact keys")
            found(text, ct["name"], "contact name", where)
            if ct["email"] is not None: found(text, ct["email"], "e-mail", where)
            if ct["phone"] is not None: found(text, ct["phone"], "phone", where)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not cl["clusters"]: err("clusters.json: shape")
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or not c["why"]: err("clusters.json: cluster keys")
    if len(c["records"]) < 2: err("clusters.json: fewer than two records")
    for rr in c["records"]:
        if rr.get("key") not in keys_by_file.get(rr.get("file"), set()):
            err(f"clusters.json: unknown record {rr}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
