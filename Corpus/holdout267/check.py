#!/usr/bin/env python3
"""Validate holdout267 gold files: shape, keys, types, and that values occur in their document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
        enc = "cp1252"
    return text, enc

def spaced(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def found(ftext, value, where):
    if value is None:
        return
    if fold(str(value)) not in ftext:
        err(f"{where}: {value!r} not found in document")

def check_q(q, where, ftext, unit_ok=True):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}.{k}: bad type {q.get(k)!r}")
    if q.get("per") not in ("total", "year"):
        err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", ftext):
            err(f"{where}: count {q['min']} not in document")
    if "unit" in q:
        found(ftext, q["unit"], where + ".unit")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra:
        err(f"{where}: unexpected keys {extra}")

def check_amount(a, where, ftext):
    if a is None:
        return
    if not isinstance(a, str) or not re.fullmatch(r"\d+(\.\d+)?", a):
        err(f"{where}: bad amount {a!r}"); return
    if spaced(a) not in ftext and a not in ftext:
        err(f"{where}: amount {spaced(a)} not in document")

def check_project(r, where, ftext):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {missing}")
    for k in ("title",):
        if not isinstance(r.get(k), str):
            err(f"{where}.{k}: not a string")
        else:
            found(ftext, r[k], where + "." + k)
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(f"{where}.{k}: not a list of strings")
        else:
            for x in v:
                found(ftext, x, f"{where}.{k}")
    if r.get("section") is not None:
        found(ftext, r["section"], where + ".section")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}.territory: bad shape")
        else:
            found(ftext, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}.territory: bad département {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}.year: not int")
        else:
            found(ftext, str(y), where + ".year")
    if r.get("mode") is not None and r.get("mode") not in MODES:
        err(f"{where}.mode: {r.get('mode')!r}")
    check_q(r.get("households"), where + ".households", ftext)
    check_q(r.get("housing_units"), where + ".housing_units", ftext)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration: bad shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int):
                err(f"{where}.duration.months: not int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}.duration.renewable: not bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not isinstance(d[k], str):
                        err(f"{where}.duration.{k}: not a string")
                    else:
                        found(ftext, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost: bad shape")
        else:
            for k, v in c.items():
                check_amount(v, f"{where}.cost.{k}", ftext)
    f = r.get("funding")
    if not isinstance(f, list):
        err(f"{where}.funding: not a list")
    else:
        for i, x in enumerate(f):
            if not isinstance(x, dict) or set(x) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding[{i}]: bad shape"); continue
            found(ftext, x["source"], f"{where}.funding[{i}].source")
            check_amount(x["eur"], f"{where}.funding[{i}].eur", ftext)
            if x["share_percent"] is not None:
                if not isinstance(x["share_percent"], str) or not re.search(re.escape(x["share_percent"]) + r" ?%", ftext):
                    err(f"{where}.funding[{i}].share_percent: {x['share_percent']!r} not found")
    cs = r.get("contacts")
    if not isinstance(cs, list):
        err(f"{where}.contacts: not a list")
    else:
        for i, x in enumerate(cs):
            if not isinstance(x, dict) or not isinstance(x.get("name"), str):
                err(f"{where}.contacts[{i}]: bad shape"); continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if k in x and x[k] is not None:
                    if not isinstance(x[k], str):
                        err(f"{where}.contacts[{i}].{k}: not a string")
                    else:
                        found(ftext, x[k], f"{where}.contacts[{i}].{k}")

def main():
    gold_files = sorted(os.listdir(GOLD))
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for doc in docs:
        if doc + ".json" not in gold_files:
            err(f"no gold for {doc}")
    for g in gold_files:
        if g == "clusters.json":
            continue
        path = os.path.join(GOLD, g)
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON: {e}"); continue
        name = data.get("file")
        if name != g[:-5] or name not in docs:
            err(f"{g}: file field {name!r} does not match"); continue
        text, enc = load_doc(name)
        if name.endswith("-cp1252.txt") and enc != "cp1252":
            err(f"{name}: expected Windows-1252 bytes")
        ftext = fold(text)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: records must be a non-empty list"); continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}]"
            if not isinstance(r, dict):
                err(f"{where}: not an object"); continue
            if r.get("key") in seen:
                err(f"{where}: duplicate key {r.get('key')!r}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, ftext)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys {set(r)}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key/section mismatch")
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(k), str):
                        err(f"{where}.{k}: not a string")
                    else:
                        found(ftext, r[k], f"{where}.{k}")
            else:
                err(f"{where}: bad kind {r.get('kind')!r}")
        keys_by_file[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    else:
        for c in cl["clusters"]:
            if not isinstance(c.get("why"), str) or not c["why"]:
                err("clusters.json: cluster without why")
            recs = c.get("records")
            if not isinstance(recs, list) or len(recs) < 2:
                err("clusters.json: cluster needs two records"); continue
            for x in recs:
                if x.get("key") not in keys_by_file.get(x.get("file"), set()):
                    err(f"clusters.json: unknown record {x}")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")

main()
