#!/usr/bin/env python3
"""Validate holdout320 gold files (standard library only). Prints OK or the problems found."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "title", "carriers", "partners", "territory", "year", "mode",
                "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
MODES = {"access", "maintenance", "access_and_maintenance"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("\u2013", "-"), ("\u2014", "-"), ("«", ""), ("»", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()


def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out, s = " " + s[-3:] + out, s[:-3]
    return s + out


def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)


def found(doc, value, where, what):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(where, f"{what} {value!r} not found in document")


def check_q(q, where, what, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, f"{what} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(where, f"{what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(where, f"{what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, f"{what} min > max")
    if "unit" in q:
        found(doc, q["unit"], where, f"{what}.unit")
    if not q.get("approximate") and q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(str(q["min"])) + r"(?![0-9])(?! [0-9]{3})", doc):
            err(where, f"{what} {q['min']} not found")


def amount(doc, v, where, what):
    if v is None:
        return
    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
        return err(where, f"{what} not a decimal string")
    if spaced(int(v)) not in doc and v not in doc:
        err(where, f"{what} {v} not found (spaced) in document")


def check_project(r, where, doc, name):
    for k in PROJECT_KEYS:
        if k not in r:
            err(where, f"missing key {k}")
    for k in ("title",):
        if r.get(k) is not None and not isinstance(r[k], str):
            err(where, f"{k} not a string")
        found(doc, r.get(k), where, k)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(where, f"{k} not a list of strings")
        for x in r.get(k) or []:
            found(doc, x, where, k)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(where, "territory shape")
        found(doc, t.get("value"), where, "territory")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(where, f"bad department {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(where, "year not int")
        found(doc, r["year"], where, "year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(where, "mode invalid")
    check_q(r.get("households"), where, "households", doc)
    check_q(r.get("housing_units"), where, "housing_units", doc)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(where, f"duration.{k} missing")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(where, "duration.months not int")
        if not isinstance(d.get("renewable"), bool):
            err(where, "duration.renewable not bool")
        for k in ("start", "end"):
            found(doc, d.get(k), where, f"duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(where, f"cost.{k} missing")
            amount(doc, c.get(k), where, f"cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(where, "funding not a list")
    for f in r.get("funding") or []:
        for k in ("source", "eur", "share_percent"):
            if k not in f:
                err(where, f"funding.{k} missing")
        found(doc, f.get("source"), where, "funding.source")
        amount(doc, f.get("eur"), where, "funding.eur")
        if f.get("share_percent") is not None:
            found(doc, f["share_percent"] + " %", where, "funding.share_percent")
    if not isinstance(r.get("contacts"), list):
        err(where, "contacts not a list")
    for ct in r.get("contacts") or []:
        for k in ("name", "email", "phone"):
            if k not in ct:
                err(where, f"contact.{k} missing")
        for k in ("name", "email", "phone"):
            found(doc, ct.get(k), where, f"contact.{k}")


def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err("documents", f"{len(docs)} documents, expected 7")
    keys = {}
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err(name, "no gold file")
            continue
        g = json.load(open(path, encoding="utf-8"))
        doc = read_doc(name)
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(name, "file/records shape")
            continue
        seen = set()
        for r in g["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in seen:
                err(where, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc, name)
                if r.get("section") is not None:
                    found(doc, r["section"] + ".", where, "section")
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if not isinstance(r.get(k), str):
                        err(where, f"index key {k} missing")
                if r.get("key") != "index " + str(r.get("section")):
                    err(where, "index key does not match section")
                row = "\t".join(r.get(k, "") for k in ("section", "localisation", "organisme", "page"))
                if fold(row) not in doc:
                    err(where, "index row not found as written")
            else:
                err(where, "kind invalid")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json", "cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
