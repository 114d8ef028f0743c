#!/usr/bin/env python3
"""Validate holdout393 gold files (standard library only). Prints OK when everything holds."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8")
            err(f"{name}: expected Windows-1252, but it decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        t = b.decode("cp1252")
    else:
        t = b.decode("utf-8")
    return fold(re.sub(r"<[^>]+>", " ", t) if name.endswith(".html") else t) + " " + fold(t)

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def has(text, value, where):
    if fold(value) not in text:
        err(f"{where}: {value!r} not found in document")

def typ(v, types, where):
    if not isinstance(v, types):
        err(f"{where}: wrong type {type(v).__name__}")
        return False
    return True

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, text, where):
    if q is None:
        return
    if not typ(q, dict, where):
        return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    typ(q.get("approximate"), bool, where + ".approximate")
    if not q.get("approximate"):
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)" + str(n) + r"(?!\d)", text):
                err(f"{where}: count {n} not in document")
    if "unit" in q:
        has(text, q["unit"], where + ".unit")

def check_project(r, text, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if r["section"] is not None:
        has(text, r["section"], where + ".section")
    if typ(r["title"], str, where + ".title"):
        has(text, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if typ(r[f], list, where + "." + f):
            for v in r[f]:
                has(text, v, f"{where}.{f}")
    t = r["territory"]
    if t is not None and typ(t, dict, where + ".territory"):
        has(text, t["value"], where + ".territory")
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{where}: bad departments")
    if r["year"] is not None and typ(r["year"], int, where + ".year"):
        has(text, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r["households"], text, where + ".households")
    check_q(r["housing_units"], text, where + ".housing_units")
    d = r["duration"]
    if d is not None and typ(d, dict, where + ".duration"):
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}.duration: missing {k}")
        typ(d.get("months"), (int, type(None)), where + ".duration.months")
        typ(d.get("renewable"), bool, where + ".duration.renewable")
        for k in ("start", "end"):
            if d.get(k) is not None:
                has(text, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None and typ(c, dict, where + ".cost"):
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}.cost: missing {k}")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    has(text, spaced(c[k]) + " €", f"{where}.cost.{k}")
        for comp in c.get("components", []):
            has(text, spaced(comp["eur"]) + " €", where + ".cost.component")
            has(text, comp["label"], where + ".cost.component.label")
    if typ(r["funding"], list, where + ".funding"):
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding: keys {sorted(fu)}")
                continue
            has(text, fu["source"], where + ".funding.source")
            if fu["eur"] is not None:
                has(text, spaced(fu["eur"]), where + ".funding.eur")
            if fu["share_percent"] is not None:
                has(text, fu["share_percent"] + " %", where + ".funding.share")
    if typ(r["contacts"], list, where + ".contacts"):
        for k in r["contacts"]:
            for f in ("name", "email", "phone"):
                if f not in k:
                    err(f"{where}.contacts: missing {f}")
            for f in ("name", "email", "phone", "role", "organisation"):
                if k.get(f) is not None:
                    has(text, k[f], f"{where}.contacts.{f}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            err(f"{name}: no gold file")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        text = read_doc(name)
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        ks = [r.get("key") for r in g["records"]]
        if len(ks) != len(set(ks)):
            err(f"{name}: duplicate keys")
        keys[name] = set(ks)
        for r in g["records"]:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, text, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys {sorted(r)}")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: key should be 'index ' + section")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                has(text, row.replace("\t", " "), where)
            else:
                err(f"{where}: bad kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why") or len(c.get("records", [])) < 2:
            err("clusters: cluster without why or with fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
