#!/usr/bin/env python3
"""Validate holdout272 gold files: shape, required keys, types, and that each value's
text occurs in its document (decoded, HTML stripped and unescaped, case/accents/
apostrophes/dashes/NBSP folded). Standard library only. Prints OK when all pass."""
import html, json, os, re, sys, unicodedata

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
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
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

def found(doc, value):
    return fold(value) in doc

def number_found(doc, n):
    return re.search(r"(?<![\d])" + re.escape(str(n)) + r"(?![\d])", doc) is not None

def amount_found(doc, eur):
    d = str(eur)
    spaced = "{:,}".format(int(d)).replace(",", " ")
    return spaced in doc or re.search(r"(?<!\d)" + d + r"(?!\d)", doc) is not None

def typ(rec, key, types, where):
    if key not in rec:
        err(f"{where}: missing key {key}")
        return False
    if not isinstance(rec[key], types):
        err(f"{where}: {key} has type {type(rec[key]).__name__}")
        return False
    return True

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list,
                "territory": (dict, type(None)), "year": (int, type(None)), "mode": (str, type(None)),
                "households": (dict, type(None)), "housing_units": (dict, type(None)),
                "duration": (dict, type(None)), "cost": (dict, type(None)), "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_quantity(q, where, doc):
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        typ(q, k, t, where)
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate"):
        for k in ("min", "max"):
            if isinstance(q.get(k), int) and not number_found(doc, q[k]):
                err(f"{where}: {k} {q[k]} not in document")
    if "unit" in q and not found(doc, q["unit"]):
        err(f"{where}: unit {q['unit']!r} not in document")
    for b in q.get("breakdown", []):
        if not found(doc, b["label"]):
            err(f"{where}: breakdown label {b['label']!r} not in document")
        for k in ("min", "max"):
            if not number_found(doc, b[k]):
                err(f"{where}: breakdown {k} {b[k]} not in document")

def check_project(r, where, doc):
    for k, t in PROJECT_KEYS.items():
        typ(r, k, t, where)
    if r.get("title") and not found(doc, r["title"]):
        err(f"{where}: title not in document")
    for k in ("section", "section_as_written"):
        if r.get(k) and not found(doc, r[k]):
            err(f"{where}: {k} not in document")
    for k in ("carriers", "partners"):
        for v in r.get(k, []):
            if not isinstance(v, str) or not found(doc, v):
                err(f"{where}: {k} item {v!r} not in document")
    t = r.get("territory")
    if t:
        if not found(doc, t.get("value", "")):
            err(f"{where}: territory value not in document")
        deps = t.get("departments")
        if not isinstance(deps, list) or not deps or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in deps):
            err(f"{where}: bad departments {deps!r}")
    if r.get("year") is not None and not number_found(doc, r["year"]):
        err(f"{where}: year not in document")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode {r.get('mode')!r}")
    for k in ("households", "housing_units"):
        if r.get(k):
            check_quantity(r[k], f"{where} {k}", doc)
    d = r.get("duration")
    if d:
        for k, tt in (("months", (int, type(None))), ("start", (str, type(None))), ("end", (str, type(None))), ("renewable", bool)):
            typ(d, k, tt, where + " duration")
        for k in ("start", "end"):
            if d.get(k) and not number_found(doc, d[k]):
                err(f"{where}: duration {k} {d[k]} not in document")
    c = r.get("cost")
    if c:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            typ(c, k, (str, type(None)), where + " cost")
            if c.get(k):
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    err(f"{where}: cost {k} not a decimal string")
                elif not amount_found(doc, c[k]):
                    err(f"{where}: cost {k} {c[k]} not in document")
        for comp in c.get("components", []):
            if not amount_found(doc, comp["eur"]) or not found(doc, comp["label"]):
                err(f"{where}: cost component {comp!r} not in document")
    for f in r.get("funding", []):
        for k in ("source", "eur", "share_percent"):
            if k not in f:
                err(f"{where}: funding missing {k}")
        if not found(doc, f.get("source", "")):
            err(f"{where}: funding source {f.get('source')!r} not in document")
        if f.get("eur") and not amount_found(doc, f["eur"]):
            err(f"{where}: funding eur {f['eur']} not in document")
        if f.get("share_percent") and not re.search(r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: funding share {f['share_percent']} % not in document")
    for ct in r.get("contacts", []):
        for k in ("name", "email", "phone"):
            if k not in ct:
                err(f"{where}: contact missing {k}")
            elif ct[k] is not None and (not isinstance(ct[k], str) or not found(doc, ct[k])):
                err(f"{where}: contact {k} {ct[k]!r} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if sorted(g[:-5] for g in golds) != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name:
            err(f"{g}: file is {data.get('file')!r}")
        if name not in docs:
            continue
        doc = load_doc(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: no records")
            continue
        seen = set()
        for r in recs:
            where = f"{g} [{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    typ(r, k, t, where)
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: key should be 'index ' + section")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if fold(row) not in doc:
                    err(f"{where}: index row not found as a line")
            else:
                err(f"{where}: bad kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            err("clusters.json: cluster without why")
        if len(c.get("records", [])) < 2:
            err("clusters.json: cluster with fewer than two records")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters.json: unknown record {m!r}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
