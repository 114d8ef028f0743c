#!/usr/bin/env python3
"""Validate holdout233 gold files: shape, keys, types, and that values occur in the documents.
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(f, k, msg):
    errors.append(f"{f} [{k}]: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(eur):
    s = str(int(eur)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def has(doc, value):
    return fold(value) in doc

def is_q(q):
    return (isinstance(q, dict) and isinstance(q.get("min"), int) and isinstance(q.get("max"), int)
            and q["min"] <= q["max"] and q.get("per") in ("total", "year") and isinstance(q.get("approximate"), bool))

def check_project(f, doc, r):
    k = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f, k, f"missing keys {sorted(missing)}")
        return
    if not isinstance(r["title"], str) or not has(doc, r["title"]):
        err(f, k, f"title not found: {r['title']!r}")
    for fld in ("carriers", "partners"):
        if not isinstance(r[fld], list):
            err(f, k, f"{fld} not a list")
            continue
        for v in r[fld]:
            if not has(doc, v):
                err(f, k, f"{fld} not found: {v!r}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f, k, "territory shape")
        elif not has(doc, t["value"]):
            err(f, k, f"territory not found: {t['value']!r}")
    if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in doc):
        err(f, k, f"year {r['year']!r}")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f, k, f"mode {r['mode']!r}")
    for fld in ("households", "housing_units"):
        q = r[fld]
        if q is None:
            continue
        if not is_q(q):
            err(f, k, f"{fld} shape")
            continue
        if "unit" in q and not has(doc, q["unit"]):
            err(f, k, f"{fld} unit not found: {q['unit']!r}")
        if not q["approximate"] and not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?! ?\d)", doc):
            err(f, k, f"{fld} min {q['min']} not found")
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and (d.get("months") is None or isinstance(d.get("months"), int))
                and isinstance(d.get("renewable"), bool)):
            err(f, k, "duration shape")
        else:
            for side in ("start", "end"):
                if d.get(side) is not None and d[side] not in doc:
                    err(f, k, f"duration {side} {d[side]} not found")
    c = r["cost"]
    if c is not None:
        for fld in ("total_eur", "per_year_eur", "per_household_eur"):
            if fld not in c:
                err(f, k, f"cost missing {fld}")
            elif c[fld] is not None:
                if not (isinstance(c[fld], str) and c[fld].isdigit()):
                    err(f, k, f"cost {fld} not a decimal string")
                elif spaced(c[fld]) not in doc and c[fld] not in doc:
                    err(f, k, f"cost {fld} {c[fld]} not found")
    for fu in r["funding"]:
        if not (isinstance(fu, dict) and {"source", "eur", "share_percent"} <= set(fu)):
            err(f, k, "funding shape")
            continue
        if not has(doc, fu["source"]):
            err(f, k, f"funder not found: {fu['source']!r}")
        if fu["eur"] is not None and spaced(fu["eur"]) not in doc:
            err(f, k, f"funding eur {fu['eur']} not found")
        if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", doc):
            err(f, k, f"share {fu['share_percent']} % not found")
    for ct in r["contacts"]:
        if not (isinstance(ct, dict) and isinstance(ct.get("name"), str) and "email" in ct and "phone" in ct):
            err(f, k, "contact shape")
            continue
        for fld in ("name", "email", "phone"):
            if ct.get(fld) is not None and not has(doc, ct[fld]):
                err(f, k, f"contact {fld} not found: {ct[fld]!r}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        errors.append(f"expected 7 documents, found {len(docs)}")
    keys = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            errors.append(f"no gold for {name}")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            errors.append(f"{name}: bad top level")
            continue
        doc = load(name)
        seen = set()
        for r in g["records"]:
            k = r.get("key")
            if not isinstance(k, str) or k in seen:
                err(name, k, "missing or duplicate key")
            seen.add(k)
            if r.get("kind") == "project":
                check_project(name, doc, r)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(name, k, "index row keys")
                    continue
                if k != "index " + r["section"]:
                    err(name, k, "index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                raw_rows = [fold(l) for l in open(os.path.join(DOCS, name), encoding="utf-8").read().splitlines()]
                if row not in raw_rows:
                    err(name, k, "index row not found as a whole line")
            else:
                err(name, k, f"kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            errors.append("clusters: shape")
        for rr in c.get("records", []):
            if rr.get("key") not in keys.get(rr.get("file"), set()):
                errors.append(f"clusters: unknown record {rr}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
