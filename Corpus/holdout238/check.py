#!/usr/bin/env python3
"""Validate holdout238 gold files (standard library only). Prints OK when all checks pass."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
# counts that are computed, not printed as such (documented in README.md)
COMPUTED = {("formulaire-h238.txt", "document", "households"): "12 en accès + 30 en maintien = 42 par an"}
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
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

def found(doc, value, what, where):
    if not isinstance(value, str) or not value:
        err(f"{where}: {what} is not a non-empty string")
        return
    if not re.search(r"(?<![0-9a-z])" + re.escape(fold(value)) + r"(?![0-9a-z])", doc):
        err(f"{where}: {what} {value!r} not found in document")

def spaced(amount):
    return f"{int(amount):,}".replace(",", " ")

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

def check_quantity(doc, q, where, fname, key, field):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{where}: {field} malformed"); return
    if not (is_int(q["min"]) and is_int(q["max"]) and q["min"] <= q["max"]):
        err(f"{where}: {field} min/max")
    if q["per"] not in ("total", "year"):
        err(f"{where}: {field} per")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: {field} approximate")
    if "unit" in q:
        found(doc, q["unit"], f"{field} unit", where)
    if not q["approximate"] and (fname, key, field) not in COMPUTED:
        found(doc, str(q["min"]), f"{field} min", where)
        found(doc, str(q["max"]), f"{field} max", where)

def check_project(doc, r, fname, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}"); return
    key = r["key"]
    for f in ("section", "title"):
        if r[f] is not None:
            found(doc, r[f], f, where)
    if r["section"] is not None and r["section"] != key:
        err(f"{where}: section differs from key")
    for f in ("carriers", "partners"):
        if not isinstance(r[f], list):
            err(f"{where}: {f} not a list"); continue
        for v in r[f]:
            found(doc, v, f, where)
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("departments"), list) and t["departments"]
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{where}: territory malformed")
        found(doc, t.get("value"), "territory", where)
    if r["year"] is not None:
        if not is_int(r["year"]):
            err(f"{where}: year not int")
        found(doc, str(r["year"]), "year", where)
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode")
    check_quantity(doc, r["households"], where, fname, key, "households")
    check_quantity(doc, r["housing_units"], where, fname, key, "housing_units")
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and {"months", "start", "end", "renewable"} <= set(d)):
            err(f"{where}: duration malformed")
        else:
            if d["months"] is not None and not is_int(d["months"]):
                err(f"{where}: months not int")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(doc, d[k], f"duration {k}", where)
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable not bool")
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and {"total_eur", "per_year_eur", "per_household_eur"} <= set(c)):
            err(f"{where}: cost malformed")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if c[k] is not None:
                    if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])):
                        err(f"{where}: cost {k} not a decimal string")
                    else:
                        found(doc, spaced(c[k]), f"cost {k}", where)
    if not isinstance(r["funding"], list):
        err(f"{where}: funding not a list")
    else:
        for fu in r["funding"]:
            if not (isinstance(fu, dict) and {"source", "eur", "share_percent"} <= set(fu)):
                err(f"{where}: funding item malformed"); continue
            found(doc, fu["source"], "funding source", where)
            if fu["eur"] is not None:
                found(doc, spaced(fu["eur"]), "funding eur", where)
            if fu["share_percent"] is not None:
                found(doc, fu["share_percent"] + " %", "funding share", where)
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not (isinstance(p, dict) and {"name", "email", "phone"} <= set(p)):
                err(f"{where}: contact malformed"); continue
            for k in ("name", "email", "phone"):
                if p[k] is not None:
                    found(doc, p[k], f"contact {k}", where)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    if golds != sorted(d + ".json" for d in docs):
        err("gold files do not match documents one to one")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fname = data.get("file")
        if fname + ".json" != g:
            err(f"{g}: file field {fname!r}")
            continue
        doc = load_doc(fname)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: no records"); continue
        seen = set()
        for r in recs:
            where = f"{g} [{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, fname, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                found(doc, row, "index row", where)
            else:
                err(f"{where}: bad kind")
        keys[fname] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    clusters = cl.get("clusters")
    if not isinstance(clusters, list) or len(clusters) != 1:
        err("clusters.json: expected one cluster")
    else:
        for c in clusters:
            if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
                err("clusters.json: malformed cluster")
            for m in c["records"]:
                if m.get("key") not in keys.get(m.get("file"), set()):
                    err(f"clusters.json: unknown record {m}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
