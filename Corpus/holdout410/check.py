#!/usr/bin/env python3
"""Validate the holdout410 gold files against their documents (standard library only)."""
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
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def spaced(eur):
    n = int(eur)
    return "{:,}".format(n).replace(",", " ")


def found(doc, value, where):
    if value is None:
        return
    if not isinstance(value, str):
        err(f"{where}: not a string: {value!r}")
    elif fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")


def check_q(doc, q, where, with_unit=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            err(f"{where}: count {q['min']} not found")


def check_project(doc, r, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    if not isinstance(r.get("key"), str) or not r.get("key"):
        err(f"{where}: key")
    found(doc, r.get("section"), where + ".section")
    found(doc, r.get("title"), where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{where}.{f}: not a list")
        for i, v in enumerate(r.get(f) or []):
            found(doc, v, f"{where}.{f}[{i}]")
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), where + ".territory")
        if not isinstance(t.get("departments"), list) or not all(
                isinstance(c, str) and re.fullmatch(r"\d{2,3}|2[AB]", c) for c in t["departments"]):
            err(f"{where}.territory.departments")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}.year: not an int")
        elif str(y) not in doc:
            err(f"{where}.year {y} not found")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}.mode {r['mode']!r}")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}.duration.months")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}.duration.renewable")
        for k in ("start", "end"):
            found(doc, d.get(k), f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k}: {v!r}")
                elif spaced(v) not in doc:
                    err(f"{where}.cost.{k}: {spaced(v)} not found")
    if not isinstance(r.get("funding"), list):
        err(f"{where}.funding: not a list")
    for i, f in enumerate(r.get("funding") or []):
        w = f"{where}.funding[{i}]"
        if set(f) != {"source", "eur", "share_percent"}:
            err(w + " keys")
        found(doc, f.get("source"), w + ".source")
        if f.get("eur") is not None and spaced(f["eur"]) not in doc:
            err(w + ".eur not found")
        if f.get("share_percent") is not None and not re.search(
                r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", doc):
            err(w + ".share_percent not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}.contacts: not a list")
    for i, k in enumerate(r.get("contacts") or []):
        w = f"{where}.contacts[{i}]"
        if not {"name", "email", "phone"} <= set(k):
            err(w + " keys")
        for f in ("name", "email", "phone", "role", "organisation"):
            found(doc, k.get(f), f"{w}.{f}")


def main():
    names = sorted(os.listdir(DOCS))
    golds = sorted(n for n in os.listdir(GOLD) if n != "clusters.json")
    if golds != [n + ".json" for n in names]:
        err(f"gold files {golds} do not match documents {names}")
    keys = {}
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            continue
        g = json.load(open(path, encoding="utf-8"))
        doc = load(name)
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: file/records")
            continue
        seen = set()
        for j, r in enumerate(g["records"]):
            where = f"{name}#{j}"
            if r.get("key") in seen:
                err(f"{where}: duplicate key {r.get('key')!r}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                for f in ("section", "localisation", "organisme", "page"):
                    found(doc, r.get(f), f"{where}.{f}")
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for i, c in enumerate(cl.get("clusters", [])):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err(f"cluster {i}: shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"cluster {i}: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
