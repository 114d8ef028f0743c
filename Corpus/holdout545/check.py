#!/usr/bin/env python3
"""Validate holdout545 gold: shape, keys, types, quoted values present in the documents. Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = html.unescape(s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("œ", "oe").replace("Œ", "OE")
    s = re.sub("[’‘]", "'", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()


def text_of(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)


def found(doc, value, where):
    if value is None:
        return
    if not isinstance(value, str) or fold(value) not in doc:
        err(f"{where}: {value!r} not found in the document")


def is_dec(s):
    return s is None or (isinstance(s, str) and re.fullmatch(r"\d+(\.\d+)?", s) is not None)


def check_q(q, where, unit_ok):
    if q is None:
        return
    need = {"min", "max", "per", "approximate"}
    if not isinstance(q, dict) or not need <= set(q) or set(q) - need - ({"unit"} if unit_ok else set()):
        err(f"{where}: bad quantity keys {q}")
        return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q["per"] not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate not bool")


def check_project(r, doc, w):
    if set(r) != PROJECT_KEYS:
        err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        return
    found(doc, r["title"], w + " title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{w}: {k} not a list")
        for v in r[k]:
            found(doc, v, f"{w} {k}")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{w}: bad territory")
        found(doc, t["value"], w + " territory")
    if r["year"] is not None and not isinstance(r["year"], int):
        err(f"{w}: year")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{w}: mode")
    check_q(r["households"], w + " households", True)
    if r["households"] and "unit" in r["households"]:
        found(doc, r["households"]["unit"], w + " unit")
    check_q(r["housing_units"], w + " housing_units", False)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{w}: duration keys")
        elif d["months"] is not None and not isinstance(d["months"], int):
            err(f"{w}: months")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], f"{w} duration {k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"} or not all(is_dec(v) for v in c.values()):
            err(f"{w}: cost")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"} or not is_dec(f["eur"]) or not is_dec(f["share_percent"]):
            err(f"{w}: funding {f}")
        found(doc, f["source"], w + " funding")
    for c in r["contacts"]:
        if set(c) != {"name", "email", "phone"}:
            err(f"{w}: contact keys")
            continue
        found(doc, c["name"], w + " contact")
        found(doc, c["email"], w + " email")
        found(doc, c["phone"], w + " phone")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if set(data) != {"file", "records"} or data["file"] != name:
            err(f"{g}: top level")
            continue
        doc = text_of(name)
        seen = set()
        for r in data["records"]:
            w = f"{g} [{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{w}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, w)
                if r["section"] is None and r["key"] != "document" and fold(r["key"]) not in doc:
                    err(f"{w}: key not in document")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{w}: index row keys")
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r[k], f"{w} {k}")
            else:
                err(f"{w}: kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or len(c["records"]) < 2:
            err("clusters: shape")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()):
                err(f"clusters: {rec} not in gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
