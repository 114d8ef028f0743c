#!/usr/bin/env python3
"""Validate holdout448 gold files: shape, required keys, types, and that values occur in the document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: expected Windows-1252, but it decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
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


def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")


PROJECT_KEYS = {"kind": str, "key": str, "title": str, "carriers": list, "partners": list,
                "territory": dict, "mode": str, "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": dict, "cost": dict,
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
MODES = {"access", "maintenance", "access_and_maintenance"}


def check_quantity(q, where, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9 ])", doc) and spaced(q["min"]) not in doc:
            err(f"{where}: count {q['min']} not in document")
    if "unit" in q:
        found(doc, q["unit"], where + " unit")


def check_project(r, where, doc):
    for k, t in PROJECT_KEYS.items():
        if k not in r:
            err(f"{where}: missing key {k}")
        elif not isinstance(r[k], t):
            err(f"{where}: {k} has wrong type")
    if errors and any(e.startswith(where) for e in errors):
        return
    found(doc, r["title"], where + " title")
    if r.get("section"):
        found(doc, r["section"], where + " section")
    for c in r["carriers"] + r["partners"]:
        found(doc, c, where + " organisation")
    found(doc, r["territory"]["value"], where + " territory")
    if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in r["territory"].get("departments", [None])):
        err(f"{where}: bad departments")
    if r["mode"] not in MODES:
        err(f"{where}: bad mode")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not int")
        found(doc, str(r["year"]), where + " year")
    check_quantity(r["households"], where + " households", doc)
    check_quantity(r["housing_units"], where + " housing_units", doc)
    d = r["duration"]
    for k in ("months", "start", "end", "renewable"):
        if k not in d:
            err(f"{where}: duration.{k} missing")
    if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
        err(f"{where}: duration types")
    for k in ("start", "end"):
        if d.get(k) is not None:
            found(doc, d[k], where + " duration " + k)
    c = r["cost"]
    for k in ("total_eur", "per_year_eur", "per_household_eur"):
        if k not in c:
            err(f"{where}: cost.{k} missing")
        elif c[k] is not None:
            if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])):
                err(f"{where}: cost.{k} not a decimal string")
            else:
                found(doc, spaced(int(c[k])), where + " cost " + k)
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys {sorted(f)}")
            continue
        found(doc, f["source"], where + " funding source")
        if f["eur"] is not None:
            found(doc, spaced(int(f["eur"])), where + " funding eur")
        if f["share_percent"] is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{where}: share {f['share_percent']} % not found")
    for k in r["contacts"]:
        if not isinstance(k.get("name"), str) or "email" not in k or "phone" not in k:
            err(f"{where}: contact shape")
            continue
        found(doc, k["name"], where + " contact name")
        for x in ("email", "phone"):
            if k[x] is not None:
                found(doc, k[x], where + " contact " + x)


def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    records = {}
    for name in docs:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"missing gold for {name}")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{gpath}: bad top level")
            continue
        doc = doc_text(name)
        keys = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}#{i} ({r.get('key')})"
            if r.get("key") in keys:
                err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    if not isinstance(r.get(k), t):
                        err(f"{where}: index key {k}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key must be 'index ' + section")
                row = " ".join(fold(r[k]) for k in ("section", "localisation", "organisme", "page"))
                if row not in doc:
                    err(f"{where}: index row not found (tabs folded to spaces)")
            else:
                err(f"{where}: bad kind")
        records[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in records.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
