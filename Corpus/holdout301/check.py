#!/usr/bin/env python3
"""Validate holdout301's gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
DEPTS = {"05": "Hautes-Alpes", "07": "Ardèche", "41": "Loir-et-Cher", "63": "Puy-de-Dôme"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\S\n]+", " ", s)


def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8")
            err(name, "expected Windows-1252 bytes, file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def found(doc, value):
    return fold(value) in doc or fold(value) in doc.replace("\n", " ")


def num_found(doc, n):
    return re.search(r"(?<![\d,])" + str(n) + r"(?![\d])", doc) is not None


def amount_found(doc, eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    return re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced) + r"(?![\d])", doc) is not None


def is_str_or_none(v):
    return v is None or isinstance(v, str)


def check_quantity(where, q, doc, unit_allowed):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, "quantity must be an object or null")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t):
            err(where, f"quantity key {k} missing or not {t.__name__}")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra:
        err(where, f"unexpected quantity keys {sorted(extra)}")
    if q.get("per") not in ("total", "year"):
        err(where, "per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, "min > max")
    if "unit" in q:
        if not unit_allowed or not isinstance(q["unit"], str) or not found(doc, q["unit"]):
            err(where, f"unit {q.get('unit')!r} not found")
    if not q.get("approximate"):
        for k in ("min", "max"):
            if isinstance(q.get(k), int) and not num_found(doc, q[k]):
                err(where, f"{k} {q[k]} not found in document")


def check_project(where, r, doc):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(where, f"missing keys {sorted(missing)}")
        return
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(where, f"unexpected keys {sorted(extra)}")
    for k in ("section", "section_as_written", "title"):
        if not is_str_or_none(r[k]):
            err(where, f"{k} must be a string or null")
    if r["section"] and not found(doc, r["section"] + "."):
        err(where, "section not found")
    if r["title"] and not found(doc, r["title"]):
        err(where, f"title not found: {r['title']}")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(where, f"{k} must be a list of strings")
            continue
        for x in r[k]:
            if not found(doc, x):
                err(where, f"{k[:-1]} not found: {x}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or set(t) != {"value", "departments"} or not isinstance(t["value"], str) \
                or not isinstance(t["departments"], list):
            err(where, "territory shape")
        else:
            if not found(doc, t["value"]):
                err(where, f"territory not found: {t['value']}")
            for d in t["departments"]:
                if not (isinstance(d, str) and (found(doc, f"({d})") or found(doc, f", {d})")
                                                or found(doc, DEPTS.get(d, "\x00")))):
                    err(where, f"department {d} not supported by the text")
    if r["year"] is not None and (not isinstance(r["year"], int) or not num_found(doc, r["year"])):
        err(where, "year not an int found in the document")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where, "bad mode")
    check_quantity(where + " households", r["households"], doc, True)
    check_quantity(where + " housing_units", r["housing_units"], doc, True)
    d = r["duration"]
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}:
            err(where, "duration shape")
        else:
            if not (d["months"] is None or isinstance(d["months"], int)):
                err(where, "months must be int or null")
            if not isinstance(d["renewable"], bool):
                err(where, "renewable must be bool")
            for k in ("start", "end"):
                if not is_str_or_none(d[k]) or (d[k] and not num_found(doc, d[k])):
                    err(where, f"duration {k} not found")
    c = r["cost"]
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where, "cost shape")
        else:
            for k, v in c.items():
                if v is None:
                    continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(where, f"cost {k} must be a decimal string")
                elif not amount_found(doc, v):
                    err(where, f"cost {k} {v} not found as written")
    if not isinstance(r["funding"], list):
        err(where, "funding must be a list")
    else:
        for f in r["funding"]:
            if not isinstance(f, dict) or set(f) != {"source", "eur", "share_percent"}:
                err(where, "funding item shape")
                continue
            if not found(doc, f["source"]):
                err(where, f"funder not found: {f['source']}")
            if f["eur"] is not None and not amount_found(doc, f["eur"]):
                err(where, f"funding amount not found: {f['eur']}")
            if f["share_percent"] is not None and not re.search(r"(?<!\d)" + f["share_percent"] + r" ?%", doc):
                err(where, f"share not found: {f['share_percent']} %")
    if not isinstance(r["contacts"], list):
        err(where, "contacts must be a list")
    else:
        for p in r["contacts"]:
            if not isinstance(p, dict) or not {"name", "email", "phone"} <= set(p):
                err(where, "contact shape")
                continue
            for k in ("name", "email", "phone"):
                if p[k] is not None and (not isinstance(p[k], str) or not found(doc, p[k])):
                    err(where, f"contact {k} not found: {p[k]}")


def check_index(where, r, doc):
    if set(r) != INDEX_KEYS:
        return err(where, f"index row keys {sorted(r)}")
    if r["key"] != "index " + r["section"]:
        err(where, "index key must be 'index ' + section")
    line_found = any(all(fold(r[k]) in line for k in ("section", "localisation", "organisme", "page"))
                     for line in doc.split("\n"))
    if not line_found:
        err(where, "index row not found on one line")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except ValueError as e:
            err(g, f"invalid JSON: {e}")
            continue
        if set(data) != {"file", "records"} or data["file"] != name or not isinstance(data["records"], list):
            err(g, "top-level shape")
            continue
        doc = load_doc(name)
        # keep line structure for index rows
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if not isinstance(r, dict) or r.get("kind") not in ("project", "index_row") or not isinstance(r.get("key"), str):
                err(where, "record must have kind and key")
                continue
            if r["key"] in seen:
                err(where, "duplicate key")
            seen.add(r["key"])
            if r["kind"] == "project":
                if r["key"] != "document" and not found(doc, r["key"]):
                    err(where, "key not found in document")
                check_project(where, r, doc)
            else:
                check_index(where, r, doc)
        keys[name] = seen
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        for c in cl["clusters"]:
            if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
                err("clusters.json", "cluster needs records and why")
            for rec in c["records"]:
                if rec["key"] not in keys.get(rec["file"], set()):
                    err("clusters.json", f"unknown record {rec}")
    except (ValueError, KeyError, TypeError) as e:
        err("clusters.json", f"shape: {e}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
