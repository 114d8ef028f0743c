#!/usr/bin/env python3
"""Validate holdout242 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return fold(text)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(text, value, where, what):
    if fold(value) not in text:
        err(where, f"{what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, text, where, what, unit_allowed):
    if q is None:
        return
    if not isinstance(q, dict): return err(where, f"{what} not an object")
    need = {"min", "max", "per", "approximate"}
    if not need <= set(q): return err(where, f"{what} missing keys {need - set(q)}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(where, f"{what} min/max bad")
    if q["per"] not in ("total", "year"): err(where, f"{what} per bad")
    if not isinstance(q["approximate"], bool): err(where, f"{what} approximate not bool")
    if "unit" in q:
        if not unit_allowed: err(where, f"{what} has a unit")
        found(text, q["unit"], where, f"{what} unit")
    if q["min"] == q["max"] and not re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced(q["min"])) + r"(?![\d])", text):
        err(where, f"{what} count {q['min']} not found")

def check_project(r, text, where, fname):
    missing = PROJECT_KEYS - set(r)
    if missing: return err(where, f"missing keys {missing}")
    for k in ("title",):
        if r[k] is not None:
            if not isinstance(r[k], str): err(where, "title not a string")
            else: found(text, r[k], where, "title")
    if r["section"] is not None: found(text, r["section"], where, "section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(where, f"{k} not a list"); continue
        for v in r[k]:
            if not isinstance(v, str): err(where, f"{k} item not a string")
            else: found(text, v, where, k)
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(where, "territory shape")
        else:
            found(text, t["value"], where, "territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(where, f"department {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int): err(where, "year not int")
        else: found(text, str(r["year"]), where, "year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(where, "mode bad")
    check_q(r["households"], text, where, "households", True)
    check_q(r["housing_units"], text, where, "housing_units", True)
    d = r["duration"]
    if d is not None:
        if not ({"months", "start", "end", "renewable"} <= set(d)): err(where, "duration keys")
        else:
            if d["months"] is not None and not isinstance(d["months"], int): err(where, "months not int")
            if not isinstance(d["renewable"], bool): err(where, "renewable not bool")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], where, f"duration {k}")
    c = r["cost"]
    if c is not None:
        if not ({"total_eur", "per_year_eur", "per_household_eur"} <= set(c)): err(where, "cost keys")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(where, f"cost {k} not a decimal string")
                else: found(text, spaced(int(v)) + " €", where, f"cost {k}")
    if not isinstance(r["funding"], list): err(where, "funding not a list")
    for f in r["funding"]:
        if not ({"source", "eur", "share_percent"} <= set(f)): err(where, "funding keys"); continue
        found(text, f["source"], where, "funding source")
        if f["eur"] is not None: found(text, spaced(int(f["eur"])), where, "funding eur")
        if f["share_percent"] is not None: found(text, f["share_percent"] + " %", where, "funding share")
    if not isinstance(r["contacts"], list): err(where, "contacts not a list")
    for p in r["contacts"]:
        if not ({"name", "email", "phone"} <= set(p)): err(where, "contact keys"); continue
        found(text, p["name"], where, "contact name")
        for k in ("email", "phone"):
            if p[k] is not None: found(text, p[k], where, f"contact {k}")

def check_index(r, text, where):
    missing = INDEX_KEYS - set(r)
    if missing: return err(where, f"missing keys {missing}")
    if r["key"] != "index " + r["section"]: err(where, "index key")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if row.lower() not in text:
        err(where, f"index row {row!r} not found in document")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err("documents", f"{len(docs)} documents, expected 7")
    keys_by_file = {}
    for name in docs:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath): err(name, "no gold file"); continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name: err(name, "gold 'file' mismatch")
        recs = g.get("records")
        if not isinstance(recs, list) or not recs: err(name, "no records"); continue
        raw = open(os.path.join(DOCS, name), "rb").read()
        text = load_doc(name) if True else ""
        # for the index-row check tabs must survive: keep a tab-preserving fold
        keys = set()
        for i, r in enumerate(recs):
            where = f"{name}#{i} {r.get('key')}"
            if r.get("key") in keys: err(where, "duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                if name.startswith("guide") and r["key"] != r["section"]: err(where, "guide key != section")
                if name.startswith("brochure") and r["key"] != r["title"]: err(where, "brochure key != title")
                if not name.startswith(("guide", "brochure")) and r["key"] != "document": err(where, "key != document")
                check_project(r, text, where, name)
            elif r.get("kind") == "index_row":
                tabtext = raw.decode("utf-8").replace("\u00a0", " ").lower()
                check_index(r, tabtext, where) if True else None
            else:
                err(where, "bad kind")
        keys_by_file[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not (isinstance(c.get("why"), str) and c["why"]): err("clusters", "no why")
        if len(c.get("records", [])) < 2: err("clusters", "cluster of fewer than two")
        for m in c.get("records", []):
            if m.get("key") not in keys_by_file.get(m.get("file"), set()):
                err("clusters", f"unknown record {m}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra: err("gold", f"unexpected files {extra}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
