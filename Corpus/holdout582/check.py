#!/usr/bin/env python3
"""Validate holdout582's gold: shape, keys, types, and that every quoted value is in its document. Standard library only."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s)


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text)) + "\n" + html.unescape(text)
    return norm(text)


def found(text, value, what, f):
    if value is not None and norm(value) not in text:
        err(f"{f}: {what} {value!r} not found in the document")


def amount_found(text, eur, what, f):
    if eur is None:
        return
    if not re.fullmatch(r"[0-9]+", eur):
        err(f"{f}: {what} {eur!r} is not a plain decimal string")
        return
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in text and eur not in text:
        err(f"{f}: {what} {spaced} € not found in the document")


def check_q(q, what, f):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{f}: {what} bad shape {q!r}")
        return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{f}: {what} min/max")
    if q["per"] not in ("total", "year"):
        err(f"{f}: {what} per")
    if not isinstance(q["approximate"], bool):
        err(f"{f}: {what} approximate")


def check_project(r, text, f):
    k = r["key"]
    if set(r) != PROJECT_KEYS:
        err(f"{f} {k}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        return
    found(text, r["title"], "title", f)
    for c in r["carriers"] + r["partners"]:
        if not isinstance(c, str):
            err(f"{f} {k}: carrier/partner not a string")
        found(text, c, "carrier/partner", f)
    t = r["territory"]
    if t is not None:
        found(text, t["value"], "territory", f)
        if not all(isinstance(d, str) and re.fullmatch(r"[0-9]{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{f} {k}: departments {t['departments']}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{f} {k}: year not an int")
        found(text, str(r["year"]), "year", f)
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{f} {k}: mode {r['mode']}")
    check_q(r["households"], k + " households", f)
    check_q(r["housing_units"], k + " housing_units", f)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{f} {k}: duration shape")
        for y in (d["start"], d["end"]):
            found(text, y, "duration year", f)
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{f} {k}: cost shape")
        for key in ("total_eur", "per_year_eur", "per_household_eur"):
            amount_found(text, c[key], k + " " + key, f)
    for x in r["funding"]:
        if set(x) != {"source", "eur", "share_percent"}:
            err(f"{f} {k}: funding shape")
            continue
        found(text, x["source"], "funding source", f)
        amount_found(text, x["eur"], k + " funding", f)
        halves = x["share_percent"] == "50" and "parts égales" in text
        if x["share_percent"] is not None and not halves and not re.search(re.escape(x["share_percent"]) + r" ?%", text):
            err(f"{f} {k}: share {x['share_percent']} % not found")
    for x in r["contacts"]:
        if set(x) != {"name", "email", "phone"}:
            err(f"{f} {k}: contact shape")
            continue
        for key in ("name", "email", "phone"):
            found(text, x[key], "contact " + key, f)


def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err(f"no gold for {name}")
            continue
        g = json.load(open(path, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name:
            err(f"{name}: gold header")
        text = load(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(f"{name}: duplicate keys")
        for r in g["records"]:
            if r.get("kind") == "project":
                check_project(r, text, name)
                if r["key"] != "document" and r["section"] is None and r["key"] != r["title"]:
                    err(f"{name}: brochure key {r['key']!r} is not its title")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{name}: index row shape {r.get('key')}")
                for key in ("section", "localisation", "organisme", "page"):
                    found(text, r[key], "index " + key, name)
            else:
                err(f"{name}: kind {r.get('kind')}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        for rec in c["records"]:
            p = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(p) or rec["key"] not in [r["key"] for r in json.load(open(p))["records"]]:
                err(f"clusters: {rec} not in the gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
