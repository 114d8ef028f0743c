#!/usr/bin/env python3
"""Validate the gold of holdout423 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"),
                 ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8")
            err(name, "should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        return fold(raw.decode("cp1252"))
    return fold(raw.decode("utf-8"))


def spaced(eur):
    s = str(int(eur))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def found(text, value, where):
    if fold(value) not in text:
        err(where, f"text not found in document: {value!r}")


def is_str_or_none(v):
    return v is None or isinstance(v, str)


def check_quantity(q, text, where, unit_ok=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, "quantity must be an object or null")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(where, f"quantity.{k} must be {t.__name__}")
    if q.get("per") not in ("total", "year"):
        err(where, "quantity.per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, "min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", text):
            err(where, f"count {q['min']} not in document")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")


def check_project(r, text, where, fname):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(where, f"missing keys {sorted(missing)}")
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(where, f"unknown keys {sorted(extra)}")
    for k in ("section", "section_as_written", "title"):
        if not is_str_or_none(r.get(k)):
            err(where, f"{k} must be string or null")
    if r.get("section"):
        found(text, r["section"], where + ".section")
    if r.get("title"):
        found(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(where, f"{k} must be a list of strings")
        for x in r.get(k, []):
            found(text, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list) \
                or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(where, "territory shape")
        else:
            found(text, t["value"], where + ".territory")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(where, "year must be int")
        elif str(y) not in text:
            err(where, "year not in document")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where, "bad mode")
    check_quantity(r.get("households"), text, where + ".households")
    check_quantity(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)) or not isinstance(d.get("renewable"), bool):
            err(where, "duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not isinstance(d[k], str):
                    err(where, f"duration.{k} must be string")
                else:
                    found(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "absent")
            if v == "absent":
                err(where, f"cost.{k} missing")
            elif v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(where, f"cost.{k} must be a decimal string")
                else:
                    found(text, spaced(v), f"{where}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list):
        err(where, "funding must be a list")
    for i, x in enumerate(f or []):
        if set(x) != {"source", "eur", "share_percent"}:
            err(where, f"funding[{i}] keys")
            continue
        found(text, x["source"], f"{where}.funding[{i}].source")
        if x["eur"] is not None:
            found(text, spaced(x["eur"]), f"{where}.funding[{i}].eur")
        if x["share_percent"] is not None:
            found(text, x["share_percent"] + " %", f"{where}.funding[{i}].share")
    cs = r.get("contacts")
    if not isinstance(cs, list):
        err(where, "contacts must be a list")
    for i, x in enumerate(cs or []):
        if not isinstance(x.get("name"), str):
            err(where, f"contacts[{i}].name")
            continue
        found(text, x["name"], f"{where}.contacts[{i}].name")
        for k in ("email", "phone"):
            if k not in x or not is_str_or_none(x[k]):
                err(where, f"contacts[{i}].{k}")
            elif x[k]:
                found(text, x[k], f"{where}.contacts[{i}].{k}")


def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err("documents", f"expected 7 documents, found {len(names)}")
    keys_by_file = {}
    for name in names:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(name, "no gold file"); continue
        g = json.load(open(gpath, encoding="utf-8"))
        text = load(name)
        if g.get("file") != name:
            err(gpath, "file key differs from name")
        recs = g.get("records")
        if not isinstance(recs, list) or not recs:
            err(gpath, "records must be a non-empty list"); continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys):
            err(gpath, "duplicate keys")
        keys_by_file[name] = set(keys)
        for r in recs:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, text, where, name)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(where, "index_row keys")
                if r.get("key") != "index " + str(r.get("section")):
                    err(where, "index key must be 'index ' + section")
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(k), str):
                        err(where, f"{k} must be string")
                    else:
                        found(text, r[k], f"{where}.{k}")
            else:
                err(where, "bad kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for i, c in enumerate(cl.get("clusters", [])):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err(f"clusters[{i}]", "needs why and two records")
        for rr in c.get("records", []):
            if rr.get("key") not in keys_by_file.get(rr.get("file"), set()):
                err(f"clusters[{i}]", f"unknown record {rr}")
    extra = set(os.listdir(GOLD)) - {n + ".json" for n in names} - {"clusters.json"}
    if extra:
        err("gold", f"unexpected files {sorted(extra)}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
