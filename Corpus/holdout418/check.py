#!/usr/bin/env python3
"""Validate the holdout418 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("–", "-"), ("—", "-"), ("«", " "), ("»", " ")]:
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")

def spaced(n):
    s = str(n)
    if "." in s:
        return [s]
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return [s + out]

def has(text, value, where):
    if fold(value) not in text:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, where, text):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: quantity not an object"); return
    for k, t in [("min", int), ("max", int), ("per", str), ("approximate", bool)]:
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            err(f"{where}: quantity key {k} missing or wrong type")
            return
    if q["per"] not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str):
            err(f"{where}: unit not a string")
        else:
            has(text, q["unit"], where + ".unit")
    if not q["approximate"]:
        has(text, str(q["min"]), where + ".min")
        has(text, str(q["max"]), where + ".max")

def check_project(r, where, text):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("section", "section_as_written"):
        if r[k] is not None:
            if not isinstance(r[k], str):
                err(f"{where}: {k} not a string")
            else:
                has(text, r[k], f"{where}.{k}")
    if not isinstance(r["title"], str) or not r["title"]:
        err(f"{where}: title must be a non-empty string")
    else:
        has(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                has(text, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            has(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad department code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not an int")
        else:
            has(text, str(r["year"]), where + ".year")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode {r['mode']!r}")
    check_q(r["households"], where + ".households", text)
    check_q(r["housing_units"], where + ".housing_units", text)
    d = r["duration"]
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int):
                err(f"{where}: months not int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable not bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"\d{4}", d[k]):
                        err(f"{where}: duration {k} not a year string")
                    else:
                        has(text, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost shape")
        else:
            for k, v in c.items():
                if v is None:
                    continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}: cost {k} not a decimal string")
                else:
                    has(text, spaced(v)[0], f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding not a list")
    else:
        for f in r["funding"]:
            if not isinstance(f, dict) or set(f) != {"source", "eur", "share_percent"}:
                err(f"{where}: funding item shape"); continue
            has(text, f["source"], where + ".funding.source")
            if f["eur"] is not None:
                has(text, spaced(f["eur"])[0], where + ".funding.eur")
            if f["share_percent"] is not None:
                has(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not isinstance(p, dict) or not {"name", "email", "phone"} <= set(p):
                err(f"{where}: contact shape"); continue
            for k in ("name", "email", "phone"):
                if p[k] is not None:
                    has(text, p[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON ({e})"); continue
        if data.get("file") != name:
            err(f"{g}: file field {data.get('file')!r}")
        if not os.path.exists(os.path.join(DOCS, name)):
            continue
        text = fold(load_doc(name))
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: records must be a non-empty list"); continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}]"
            if not isinstance(r, dict) or "kind" not in r or "key" not in r:
                err(f"{where}: kind/key missing"); continue
            if r["key"] in seen:
                err(f"{where}: duplicate key {r['key']!r}")
            seen.add(r["key"])
            if r["kind"] == "project":
                check_project(r, where, text)
            elif r["kind"] == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index_row keys {sorted(r)}")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: index key must be 'index ' + section")
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r[k], str):
                        err(f"{where}: {k} not a string")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in text:
                    err(f"{where}: whole index row not found")
            else:
                err(f"{where}: bad kind {r['kind']!r}")
        keys[name] = seen
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        cls = cl["clusters"]
        assert isinstance(cls, list) and cls
        for c in cls:
            assert isinstance(c["why"], str) and c["why"]
            assert isinstance(c["records"], list) and len(c["records"]) >= 2
            for m in c["records"]:
                if m["key"] not in keys.get(m["file"], set()):
                    err(f"clusters.json: {m} has no gold record")
    except Exception as e:
        err(f"clusters.json: bad shape ({e!r})")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
