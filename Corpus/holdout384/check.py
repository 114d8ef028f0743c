#!/usr/bin/env python3
"""Validate holdout384 gold files: shape, keys, types, and that values occur in their document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def fold(s):
    s = html.unescape(s)
    s = re.sub(r"<[^>]+>", " ", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)


def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            errors.append(f"{name}: cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    return raw.decode("utf-8")


def err(f, k, msg):
    errors.append(f"{f} [{k}]: {msg}")


def need(f, k, text, value, what):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f, k, f"{what} {value!r} not found in document")


def spaced(amount):
    n = int(amount)
    return f"{n:,}".replace(",", " ")


def check_q(f, k, name, q, text):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f, k, f"{name}: bad quantity shape")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f, k, f"{name}: min/max must be ints, min <= max")
    if q["per"] not in ("total", "year"):
        err(f, k, f"{name}: per must be total or year")
    if not isinstance(q["approximate"], bool):
        err(f, k, f"{name}: approximate must be bool")
    if "unit" in q:
        need(f, k, text, q["unit"], f"{name} unit")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
            err(f, k, f"{name}: count {q['min']} not found")


def check_project(f, r, text):
    k = r["key"]
    if set(r) - PROJECT_KEYS:
        err(f, k, f"unknown keys {set(r) - PROJECT_KEYS}")
    for key in ("title", "section", "section_as_written"):
        if r.get(key) is not None and not isinstance(r[key], str):
            err(f, k, f"{key} must be a string or null")
    need(f, k, text, r.get("title"), "title")
    need(f, k, text, r.get("section"), "section")
    for key in ("carriers", "partners"):
        if not isinstance(r.get(key, []), list):
            err(f, k, f"{key} must be a list")
        for v in r.get(key, []):
            need(f, k, text, v, key[:-1])
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f, k, "territory shape")
        need(f, k, text, t["value"], "territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f, k, f"bad department {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f, k, "year must be int")
        need(f, k, text, y, "year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f, k, "bad mode")
    check_q(f, k, "households", r.get("households"), text)
    check_q(f, k, "housing_units", r.get("housing_units"), text)
    d = r.get("duration")
    if d is not None:
        if not {"months", "start", "end", "renewable"} <= set(d):
            err(f, k, "duration shape")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f, k, "months must be int")
        need(f, k, text, d.get("start"), "start")
        need(f, k, text, d.get("end"), "end")
    c = r.get("cost")
    if c is not None:
        if set(c) - {"total_eur", "per_year_eur", "per_household_eur", "components", "text"}:
            err(f, k, "cost shape")
        for key in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(key)
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f, k, f"{key} must be a decimal string")
                else:
                    need(f, k, text, spaced(v), key)
    for fu in r.get("funding", []):
        if not {"source", "eur", "share_percent"} <= set(fu):
            err(f, k, "funding shape")
        need(f, k, text, fu["source"], "funding source")
        if fu["eur"] is not None:
            need(f, k, text, spaced(fu["eur"]), "funding eur")
        if fu["share_percent"] is not None:
            need(f, k, text, fu["share_percent"] + " %", "share")
    for ct in r.get("contacts", []):
        if not isinstance(ct.get("name"), str):
            err(f, k, "contact name")
        for key in ("name", "email", "phone"):
            need(f, k, text, ct.get(key), "contact " + key)


def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        errors.append(f"expected 7 documents, found {len(names)}")
    records = {}
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            errors.append(f"missing gold for {name}")
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            errors.append(f"{name}: bad top-level shape")
            continue
        text = fold(read_doc(name))
        keys = set()
        for r in g["records"]:
            k = r.get("key")
            if not isinstance(k, str) or k in keys:
                errors.append(f"{name}: missing or duplicate key {k!r}")
            keys.add(k)
            if r.get("kind") == "project":
                if not PROJECT_KEYS <= set(r):
                    err(name, k, f"missing keys {PROJECT_KEYS - set(r)}")
                    continue
                check_project(name, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or k != "index " + r["section"]:
                    err(name, k, "index row shape")
                for key in ("section", "localisation", "organisme", "page"):
                    need(name, k, text, r[key], key)
            else:
                err(name, k, "bad kind")
        records[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not isinstance(c.get("why"), str):
            errors.append("clusters: bad cluster")
        for m in c.get("records", []):
            if m.get("key") not in records.get(m.get("file"), set()):
                errors.append(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
