#!/usr/bin/env python3
"""Validate holdout306 gold files (standard library only). Prints OK when every check passes."""
import json, os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(amount):
    n = int(amount)
    return f"{n:,}".replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, text, where):
    if text is None:
        return
    if fold(str(text)) not in doc:
        errors.append(f"{where}: text not found: {text!r}")

def check_q(q, doc, where):
    if q is None:
        return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], ty):
            errors.append(f"{where}: bad or missing {k}")
    if q.get("per") not in ("total", "year"):
        errors.append(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        need(doc, str(q["min"]), where + ".min")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        errors.append(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("section", "section_as_written", "title"):
        if r[k] is not None and not isinstance(r[k], str):
            errors.append(f"{where}: {k} must be string or null")
    need(doc, r["section"], where + ".section")
    need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            errors.append(f"{where}: {k} must be a list of strings")
        for x in r[k]:
            need(doc, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            errors.append(f"{where}: territory shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2A|2B", d):
                    errors.append(f"{where}: bad department {d}")
                need(doc, d, where + ".territory.departments")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            errors.append(f"{where}: year must be int")
        need(doc, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        errors.append(f"{where}: bad mode {r['mode']}")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            errors.append(f"{where}: duration keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            errors.append(f"{where}: months must be int")
        if not isinstance(d["renewable"], bool):
            errors.append(f"{where}: renewable must be bool")
        for k in ("start", "end"):
            if d[k] is not None:
                need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            errors.append(f"{where}: cost keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    errors.append(f"{where}: {k} must be a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        errors.append(f"{where}: funding must be a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            errors.append(f"{where}: funding keys")
            continue
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share_percent")
    if not isinstance(r["contacts"], list):
        errors.append(f"{where}: contacts must be a list")
    for k in r["contacts"]:
        if not isinstance(k.get("name"), str):
            errors.append(f"{where}: contact name")
            continue
        for f in ("name", "email", "phone", "role", "organisation"):
            if k.get(f) is not None:
                need(doc, k[f], f"{where}.contacts.{f}")

def main():
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
    docs = sorted(os.listdir(DOCS))
    if sorted(g[:-5] for g in golds) != docs:
        errors.append(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name:
            errors.append(f"{g}: file field {data.get('file')!r}")
        if name not in docs:
            continue
        doc = load_doc(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            errors.append(f"{g}: records must be a non-empty list")
            continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                errors.append(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    errors.append(f"{where}: index_row keys {sorted(r)}")
                elif r["key"] != "index " + r["section"]:
                    errors.append(f"{where}: index key")
                else:
                    need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where + ".row")
            else:
                errors.append(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            errors.append("clusters.json: cluster shape")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                errors.append(f"clusters.json: unknown record {m}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
