#!/usr/bin/env python3
"""Validate holdout221 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")


def found(text, value, where):
    if value is None:
        return
    if fold(value) not in text:
        err(f"{where}: {value!r} not found in document")


PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}


def check_q(q, where, text):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")
    if not q.get("approximate") and isinstance(q.get("min"), int):
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced(n)) + r"(?!\d)(?! \d\d\d)", text):
                err(f"{where}: count {n} not found")


def check_project(r, text, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if r["key"] != (r["section"] or r["key"]):
        err(f"{where}: key and section differ")
    for k in ("title", "section"):
        if r[k] is not None and not isinstance(r[k], str):
            err(f"{where}: {k} must be a string or null")
    found(text, r["title"], where + ".title")
    found(text, r["section"], where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                found(text, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            found(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d[\dAB]\d?", d):
                    err(f"{where}: bad département code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be int")
        else:
            found(text, str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r["households"], where + ".households", text)
    check_q(r["housing_units"], where + ".housing_units", text)
    d = r["duration"]
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{where}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(f"{where}: duration.{k} not a year")
                found(text, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost.{k} missing")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    err(f"{where}: cost.{k} not a decimal string")
                else:
                    found(text, spaced(c[k]) + " €", f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys {sorted(f)}")
            continue
        found(text, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            found(text, spaced(f["eur"]) + " €", where + ".funding.eur")
        if f["share_percent"] is not None:
            found(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    for ct in r["contacts"]:
        if not isinstance(ct.get("name"), str):
            err(f"{where}: contact without name")
            continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if ct.get(k) is not None:
                found(text, ct[k], f"{where}.contact.{k}")
        if ct.get("email") is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", ct["email"]):
            err(f"{where}: bad e-mail {ct['email']}")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except ValueError as e:
            err(f"{g}: invalid JSON: {e}")
            continue
        name = data.get("file")
        if name != g[:-5] or set(data) != {"file", "records"}:
            err(f"{g}: bad top level")
            continue
        text = fold(read_doc(name))
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}#{i}"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, text, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: index row shape")
                else:
                    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                    if row not in read_doc(name):
                        err(f"{where}: index row not found whole")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}:
        err("clusters.json: bad top level")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
