#!/usr/bin/env python3
"""Validate holdout266 gold files: shape, keys, types, and that values occur in their document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s).strip()

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def has(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

def is_dec(x):
    return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

def check_q(q, where, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        has(doc, q["unit"], where + ".unit")
    if q.get("approximate") is False:
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            err(f"{where}: count {q['min']} not in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_project(r, where, doc):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    has(doc, r.get("title"), where + ".title")
    if r.get("section"):
        has(doc, r["section"] + ".", where + ".section")
    for f in ("carriers", "partners"):
        v = r.get(f)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(f"{where}.{f}: not a list of strings")
        else:
            for x in v:
                has(doc, x, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}.territory: wrong shape")
        else:
            has(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}.territory: bad code {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}.year: not int")
        else:
            has(doc, str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: bad value")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    du = r.get("duration")
    if du is not None:
        if not (du.get("months") is None or isinstance(du.get("months"), int)) or not isinstance(du.get("renewable"), bool):
            err(f"{where}.duration: wrong types")
        for k in ("start", "end"):
            if du.get(k) is not None:
                if not re.fullmatch(r"\d{4}", du[k]):
                    err(f"{where}.duration.{k}: not a year string")
                has(doc, du[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c or not is_dec(c[k]):
                err(f"{where}.cost.{k}: missing or not a decimal string")
            elif c[k] is not None and spaced(c[k]) not in doc and c[k] not in doc:
                err(f"{where}.cost.{k}: {c[k]} not in document")
    fu = r.get("funding")
    if not isinstance(fu, list):
        err(f"{where}.funding: not a list")
    else:
        for x in fu:
            if set(x) != {"source", "eur", "share_percent"} or not is_dec(x["eur"]) or not is_dec(x["share_percent"]):
                err(f"{where}.funding: wrong shape {x}")
                continue
            has(doc, x["source"], where + ".funding.source")
            if x["eur"] is not None and spaced(x["eur"]) not in doc:
                err(f"{where}.funding: {x['eur']} not in document")
            if x["share_percent"] is not None and not re.search(r"(?<!\d)" + x["share_percent"] + r" ?%", doc):
                err(f"{where}.funding: {x['share_percent']} % not in document")
    co = r.get("contacts")
    if not isinstance(co, list):
        err(f"{where}.contacts: not a list")
    else:
        for x in co:
            if not isinstance(x.get("name"), str):
                err(f"{where}.contacts: name missing")
            for k in ("name", "email", "phone", "role", "organisation"):
                if x.get(k) is not None:
                    has(doc, x[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            err(f"{name}: no gold file")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top-level shape")
            continue
        doc = read_doc(name)
        seen = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}[{i}]"
            if r.get("kind") not in ("project", "index_row") or not isinstance(r.get("key"), str):
                err(f"{where}: bad kind or key")
                continue
            if r["key"] in seen:
                err(f"{where}: duplicate key {r['key']}")
            seen.add(r["key"])
            if r["kind"] == "project":
                check_project(r, where, doc)
            else:
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: bad index row shape")
                for k in ("section", "localisation", "organisme", "page"):
                    has(doc, r.get(k), f"{where}.{k}")
        keys_by_file[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster needs records and why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra:
        err(f"unexpected gold files {sorted(extra)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
