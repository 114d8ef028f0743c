#!/usr/bin/env python3
"""Validate holdout338 gold files against the documents (standard library only)."""
import json, os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load(fn):
    raw = open(os.path.join(DOCS, fn), "rb").read()
    try:
        txt = raw.decode("utf-8")
        if fn.endswith("cp1252.txt"):
            errors.append(fn + ": expected Windows-1252, decodes as UTF-8")
    except UnicodeDecodeError:
        txt = raw.decode("cp1252")
    if fn.endswith(".html"):
        txt = txt + "\n" + re.sub(r"<[^>]+>", " ", txt)
    return fold(txt)

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        errors.append(f"{where}: {value!r} not found in document")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def check_q(q, where, doc, with_unit=True):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            errors.append(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        errors.append(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(f"{where}: min > max")
    if not q.get("approximate"):
        need(doc, str(q["min"]), where + ".min")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        errors.append(f"{where}: missing keys {sorted(missing)}")
        return
    need(doc, r["title"], where + ".title")
    if r["section"] is not None:
        need(doc, r["section"] + ".", where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            errors.append(f"{where}.{k}: must be a list of strings")
        for x in r[k]:
            need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            errors.append(where + ".territory: bad shape")
        need(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                errors.append(f"{where}.territory: bad code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            errors.append(where + ".year: not int")
        need(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        errors.append(where + ".mode: bad value")
    check_q(r["households"], where + ".households", doc)
    check_q(r["housing_units"], where + ".housing_units", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            errors.append(where + ".duration: bad keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            errors.append(where + ".duration.months: not int")
        for k in ("start", "end"):
            need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            errors.append(where + ".cost: bad keys")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    errors.append(f"{where}.cost.{k}: not a decimal string")
                need(doc, spaced(v), f"{where}.cost.{k}")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            errors.append(where + ".funding: bad keys")
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    for p in r["contacts"]:
        if not isinstance(p.get("name"), str):
            errors.append(where + ".contacts: name missing")
        for k in ("name", "email", "phone"):
            need(doc, p.get(k), f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if len(docs) != 7:
        errors.append(f"expected 7 documents, found {len(docs)}")
    if [g[:-5] for g in golds] != docs:
        errors.append("gold files do not match documents one to one")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fn = data.get("file")
        if fn + ".json" != g:
            errors.append(f"{g}: file field {fn!r} does not match")
            continue
        doc = load(fn)
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            where = f"{fn}[{i}]"
            if r.get("key") in seen:
                errors.append(where + ": duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    errors.append(where + ": bad index_row keys")
                if r["key"] != "index " + r["section"]:
                    errors.append(where + ": index key")
                for k in ("section", "localisation", "organisme", "page"):
                    need(doc, r[k], f"{where}.{k}")
            else:
                errors.append(where + ": bad kind")
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            errors.append("clusters: bad cluster")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                errors.append(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
