#!/usr/bin/env python3
"""Validate holdout247 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[–—]", "-", s)
    return re.sub(r"\s+", " ", s)


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


def spaced(amount):
    s = str(amount)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def found(doc, name, what, value):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{name}: {what} {value!r} not found in document")


PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}


def check_q(name, key, field, q, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{name} {key}: {field}.{k} bad")
    if q.get("per") not in ("total", "year"):
        err(f"{name} {key}: {field}.per bad")
    if q["min"] > q["max"]:
        err(f"{name} {key}: {field} min > max")
    if not q["approximate"] or q["min"] == q["max"]:
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
            err(f"{name} {key}: {field} count {q['min']} not found")
    if "unit" in q:
        found(doc, name, f"{key} {field}.unit", q["unit"])


def check_file(gname):
    name = gname[:-5]
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        err(f"{gname}: no document {name}")
        return []
    doc = doc_text(name)
    g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
    if set(g) != {"file", "records"} or g["file"] != name or not isinstance(g["records"], list) or not g["records"]:
        err(f"{gname}: bad top-level shape")
        return []
    keys = []
    for r in g["records"]:
        kind = r.get("kind")
        spec = PROJECT_KEYS if kind == "project" else INDEX_KEYS if kind == "index_row" else None
        if spec is None:
            err(f"{gname}: bad kind {kind!r}")
            continue
        key = r.get("key")
        keys.append(key)
        for k, t in spec.items():
            if k not in r:
                err(f"{gname} {key}: missing {k}")
            elif not isinstance(r[k], t):
                err(f"{gname} {key}: {k} has type {type(r[k]).__name__}")
        extra = set(r) - set(spec)
        if extra:
            err(f"{gname} {key}: unexpected keys {sorted(extra)}")
        if kind == "index_row":
            if key != "index " + r["section"]:
                err(f"{gname} {key}: key does not match section")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if fold(row) not in doc.replace("\r", ""):
                err(f"{gname} {key}: index row not found as a line")
            continue
        found(doc, gname, f"{key} section", r["section"])
        found(doc, gname, f"{key} title", r["title"])
        for c in r["carriers"] + r["partners"]:
            if not isinstance(c, str):
                err(f"{gname} {key}: carrier/partner not a string")
            found(doc, gname, f"{key} carrier/partner", c)
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"]):
                err(f"{gname} {key}: territory shape")
            found(doc, gname, f"{key} territory", t["value"])
            for d in t["departments"]:
                names = {"01": "ain", "05": "hautes-alpes", "07": "ardeche", "37": "indre-et-loire", "87": "haute-vienne"}
                if f"({d})" not in doc and names.get(d, "@@") not in doc:
                    err(f"{gname} {key}: département {d} neither as code nor name")
        if r["year"] is not None:
            found(doc, gname, f"{key} year", f"- {r['year']}")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
            err(f"{gname} {key}: mode {r['mode']!r}")
        check_q(gname, key, "households", r["households"], doc)
        check_q(gname, key, "housing_units", r["housing_units"], doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                err(f"{gname} {key}: duration shape")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(doc, gname, f"{key} duration.{k}", d[k])
            if d["start"] and d["end"] and d["months"] != 12 * (int(d["end"]) - int(d["start"])):
                err(f"{gname} {key}: months vs period")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err(f"{gname} {key}: cost shape")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v):
                        err(f"{gname} {key}: cost {k} not a decimal string")
                    found(doc, gname, f"{key} cost.{k}", spaced(v))
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{gname} {key}: funding shape")
                continue
            found(doc, gname, f"{key} funding source", f["source"])
            if f["eur"] is not None:
                found(doc, gname, f"{key} funding eur", spaced(f["eur"]))
            if f["share_percent"] is not None:
                found(doc, gname, f"{key} funding share", f["share_percent"] + " %")
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str):
                err(f"{gname} {key}: contact without name")
                continue
            for k in ("name", "email", "phone"):
                found(doc, gname, f"{key} contact {k}", ct.get(k))
    if len(keys) != len(set(keys)):
        err(f"{gname}: duplicate keys")
    return [(name, k) for k in keys]


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    if sorted(g[:-5] for g in golds) != docs:
        err("gold files do not match documents one to one")
    allkeys = set()
    for g in golds:
        allkeys |= set(check_file(g))
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not cl["clusters"]:
        err("clusters.json shape")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2 or not c["why"].strip():
            err("cluster shape")
        for rec in c.get("records", []):
            if (rec.get("file"), rec.get("key")) not in allkeys:
                err(f"cluster record {rec} not in gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
