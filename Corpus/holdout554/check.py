#!/usr/bin/env python3
"""Validate holdout554's gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def text_of(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n" + html.unescape(t)
    return t


def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("|", " ")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def has(doc, value):
    return fold(value) in doc


def has_amount(doc, digits):
    pat = r"(?<!\d)" + r"[\s\u00a0\u202f]?".join(re.escape(c) for c in digits) + r"(?!\d)"
    return re.search(pat, doc) is not None


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_q(where, q, households):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, "quantity not an object")
    want = {"min", "max", "per", "approximate"} | ({"unit"} if households and "unit" in q else set())
    if set(q) != want:
        err(where, f"quantity keys {sorted(q)}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err(where, "min/max")
    if q.get("per") not in ("total", "year"):
        err(where, "per")
    if not isinstance(q.get("approximate"), bool):
        err(where, "approximate")


def check_project(where, r, doc, raw_doc):
    if set(r) != PROJECT_KEYS:
        err(where, f"keys {sorted(set(r) ^ PROJECT_KEYS)}")
        return
    for f in ("title",):
        if r[f] is not None and not has(doc, r[f]):
            err(where, f"title not found: {r[f]}")
    for f in ("carriers", "partners"):
        if not isinstance(r[f], list):
            err(where, f"{f} not a list")
        for v in r[f]:
            if not has(doc, v):
                err(where, f"{f} not found: {v}")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(isinstance(d, str) for d in t["departments"]):
            err(where, "territory shape")
        elif not has(doc, t["value"]):
            err(where, f"territory not found: {t['value']}")
    if r["year"] is not None and (not is_int(r["year"]) or str(r["year"]) not in doc):
        err(where, "year")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(where, "mode")
    check_q(where + " households", r["households"], True)
    check_q(where + " housing_units", r["housing_units"], False)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not (d["months"] is None or is_int(d["months"])):
            err(where, "duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None and d[k] not in doc:
                err(where, f"duration {k} not found")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where, "cost shape")
        for k, v in c.items():
            if v is not None and (not re.fullmatch(r"\d+", v) or not has_amount(raw_doc, v)):
                err(where, f"cost {k} not found: {v}")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}:
            err(where, "funding shape")
            continue
        if not has(doc, fu["source"]):
            err(where, f"funder not found: {fu['source']}")
        if fu["eur"] is not None and not has_amount(raw_doc, fu["eur"]):
            err(where, f"funding eur not found: {fu['eur']}")
        halves = fu["share_percent"] == "50" and "parts égales" in doc
        if fu["share_percent"] is not None and not halves and not re.search(re.escape(fu["share_percent"]) + r"[\s\u00a0]?%", raw_doc):
            err(where, f"share not found: {fu['share_percent']}")
    for k in r["contacts"]:
        if set(k) != {"name", "email", "phone"}:
            err(where, "contact shape")
            continue
        for f in ("name", "email", "phone"):
            if k[f] is not None and not has(doc, k[f]):
                err(where, f"contact {f} not found: {k[f]}")


def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err("documents", f"{len(names)} files, 7 expected")
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err(name, "no gold file")
            continue
        g = json.load(open(path, encoding="utf-8"))
        raw_doc = text_of(name)
        doc = fold(raw_doc)
        if g.get("file") != name or not isinstance(g.get("records"), list) or set(g) != {"file", "records"}:
            err(name, "top-level shape")
            continue
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(name, "duplicate keys")
        for r in g["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(where, r, doc, raw_doc)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(where, "index row shape")
                    continue
                for f in ("section", "localisation", "organisme", "page"):
                    if not has(doc, r[f]):
                        err(where, f"{f} not found: {r[f]}")
            else:
                err(where, "kind")
        one = [r for r in g["records"] if r.get("kind") == "project"]
        if not name.startswith(("guide", "brochure")) and (len(one) != 1 or one[0]["key"] != "document"):
            err(name, "a one-project document must key its project 'document'")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        for m in c["records"]:
            g = json.load(open(os.path.join(GOLD, m["file"] + ".json"), encoding="utf-8"))
            if m["key"] not in {r["key"] for r in g["records"]}:
                err("clusters.json", f"unknown record {m}")
        if not c.get("why"):
            err("clusters.json", "no why")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
