#!/usr/bin/env python3
"""Validate the gold files of holdout234 (standard library only). Prints OK when all pass."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
DEPT = {"972": "Martinique", "94": "Val-de-Marne", "66": "Pyrénées-Orientales", "54": "Meurthe-et-Moselle",
        "82": "Tarn-et-Garonne", "52": "Haute-Marne", "88": "Vosges"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s)


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def found(doc, value, what, name, key):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{name} [{key}] {what}: {value!r} not found in document")


def spaced(amount):
    whole, _, dec = amount.partition(".")
    s = f"{int(whole):,}".replace(",", " ")
    return s + ("," + dec if dec else "")


def is_dec(v):
    return v is None or (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None)


def check_q(doc, q, what, name, key):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{name} [{key}] {what}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{name} [{key}] {what}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{name} [{key}] {what}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{name} [{key}] {what}: min > max")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit", name, key)
    if not q.get("approximate"):
        for k in ("min", "max"):
            if not re.search(r"(?<!\d)(?<!\d )" + str(q[k]) + r"(?!\d)(?! \d{3})", doc):
                err(f"{name} [{key}] {what}.{k}: {q[k]} not found")


def check_project(doc, r, name):
    key = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{name} [{key}] missing keys {sorted(missing)}")
        return
    for k in ("section", "section_as_written", "title"):
        if r[k] is not None and not isinstance(r[k], str):
            err(f"{name} [{key}] {k}: not a string")
    found(doc, r["section"], "section", name, key)
    found(doc, r["title"], "title", name, key)
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{name} [{key}] {k}: not a list of strings")
        for x in r[k]:
            found(doc, x, k, name, key)
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{name} [{key}] territory: bad shape")
        else:
            found(doc, t["value"], "territory", name, key)
            for d in t["departments"]:
                if d not in DEPT:
                    err(f"{name} [{key}] department {d} unknown")
                elif f"({d})" not in doc and fold(DEPT[d]) not in doc:
                    err(f"{name} [{key}] department {d}: neither code nor name in document")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{name} [{key}] year: not an int")
        found(doc, r["year"], "year", name, key)
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{name} [{key}] mode: {r['mode']!r}")
    check_q(doc, r["households"], "households", name, key)
    check_q(doc, r["housing_units"], "housing_units", name, key)
    d = r["duration"]
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{name} [{key}] duration: bad shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], "duration." + k, name, key)
    c = r["cost"]
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c or not is_dec(c[k]):
                err(f"{name} [{key}] cost.{k}: missing or not a decimal string")
            elif c[k] is not None:
                found(doc, spaced(c[k]), "cost." + k, name, key)
    if not isinstance(r["funding"], list):
        err(f"{name} [{key}] funding: not a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"} or not is_dec(f["eur"]) or not is_dec(f["share_percent"]):
            err(f"{name} [{key}] funding item bad shape: {f}")
            continue
        found(doc, f["source"], "funding.source", name, key)
        if f["eur"] is not None:
            found(doc, spaced(f["eur"]), "funding.eur", name, key)
        if f["share_percent"] is not None:
            found(doc, f["share_percent"] + " %", "funding.share", name, key)
    if not isinstance(r["contacts"], list):
        err(f"{name} [{key}] contacts: not a list")
    for p in r["contacts"]:
        if not isinstance(p.get("name"), str):
            err(f"{name} [{key}] contact without name")
            continue
        for k in ("name", "email", "phone"):
            found(doc, p.get(k), "contact." + k, name, key)


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: bad top-level shape")
            continue
        doc = load(name)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err(f"{g}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, name)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{name} [{r.get('key')}] index row bad shape")
                    continue
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r[k], k, name, r["key"])
            else:
                err(f"{name}: unknown kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster without why or with fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
