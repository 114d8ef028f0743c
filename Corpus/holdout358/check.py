#!/usr/bin/env python3
"""Validate holdout358 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def need(text, value, where):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, text, where, count_check=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty) or (ty is int and isinstance(q.get(k), bool)):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        need(text, q["unit"], where + ".unit")
    if not q.get("approximate") and count_check:
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", text):
            err(f"{where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(text, b["label"], where + ".breakdown")
        if not re.search(r"(?<![0-9])" + str(b["min"]) + r"(?![0-9])", text):
            err(f"{where}: breakdown count {b['min']} not found")

def check_amount(v, text, where):
    if v is None:
        return
    if not isinstance(v, str) or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", v):
        return err(f"{where}: amount must be a decimal string")
    if spaced(v) not in text and v not in text:
        err(f"{where}: amount {v} not found")

def check_project(r, text, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    need(text, r["title"], where + ".title")
    if r["section"] is not None:
        need(text, r["section"], where + ".section")
    for f in ("carriers", "partners"):
        if not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f]):
            err(f"{where}.{f}: must be a list of strings")
        for x in r[f]:
            need(text, x, f"{where}.{f}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}.territory: bad shape")
        else:
            need(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"[0-9]{2,3}|2[AB]", d):
                    err(f"{where}.territory: bad code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year: not an int")
        need(text, r["year"], where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: bad value")
    check_q(r["households"], text, where + ".households")
    check_q(r["housing_units"], text, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration: bad keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}.duration: months not int")
        if not isinstance(d["renewable"], bool):
            err(f"{where}.duration: renewable not bool")
        for k in ("start", "end"):
            if d[k] is not None:
                need(text, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost: bad keys")
        for k in c:
            check_amount(c[k], text, f"{where}.cost.{k}")
    for i, f in enumerate(r["funding"]):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}.funding[{i}]: bad keys")
        need(text, f["source"], f"{where}.funding[{i}].source")
        check_amount(f["eur"], text, f"{where}.funding[{i}].eur")
        if f["share_percent"] is not None:
            if not re.search(r"(?<![0-9])" + re.escape(f["share_percent"]) + r" ?%", text):
                err(f"{where}.funding[{i}]: share {f['share_percent']} % not found")
    for i, p in enumerate(r["contacts"]):
        if "name" not in p or not isinstance(p["name"], str):
            err(f"{where}.contacts[{i}]: name missing")
            continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if p.get(k) is not None:
                need(text, p[k], f"{where}.contacts[{i}].{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name:
            err(f"{g}: file field {data.get('file')!r}")
        if name not in docs:
            continue
        text = doc_text(name)
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, text, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys {sorted(r)}")
                elif r["key"] != "index " + r["section"]:
                    err(f"{where}: index key")
                else:
                    row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                    if row not in text:
                        err(f"{where}: index row not found whole")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            err("clusters: why missing")
        if len(c.get("records", [])) < 2:
            err("clusters: fewer than two records")
        for rr in c.get("records", []):
            if rr.get("key") not in keys.get(rr.get("file"), set()):
                err(f"clusters: unknown record {rr}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
