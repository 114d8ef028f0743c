#!/usr/bin/env python3
"""Validate holdout381 gold files (standard library only). Prints OK when all pass."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
# counts written in words in the documents (checked by hand)
WORD_COUNTS = {("chronique-echecs-h381.txt", "households"): "quatorze"}
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def need(f, text, value, what):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f, f"{what} {value!r} not found in document")

def check_q(f, r, field, text):
    q = r.get(field)
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f, f"{r['key']}: {field} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f, f"{r['key']}: {field}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f, f"{r['key']}: {field}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f, f"{r['key']}: {field} min > max")
    if "unit" in q:
        need(f, text, q["unit"], f"{r['key']} {field}.unit")
    if (f, field) in WORD_COUNTS:
        need(f, text, WORD_COUNTS[(f, field)], f"{r['key']} {field} word")
    elif not q.get("approximate") and not q.get("breakdown"):  # a breakdown's sum is not written
        need(f, text, q["min"], f"{r['key']} {field}.min")
        need(f, text, q["max"], f"{r['key']} {field}.max")
    for b in q.get("breakdown", []):
        need(f, text, b["label"], f"{r['key']} breakdown label")
        need(f, text, b["min"], f"{r['key']} breakdown min")

def check_project(f, r, text):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f, f"{r.get('key')}: missing keys {sorted(missing)}")
        return
    k = r["key"]
    for fld in ("title",):
        if r[fld] is not None and not isinstance(r[fld], str):
            err(f, f"{k}: {fld} not a string")
        need(f, text, r[fld], f"{k} title")
    need(f, text, r["section"], f"{k} section")
    for fld in ("carriers", "partners"):
        if not isinstance(r[fld], list) or not all(isinstance(x, str) for x in r[fld]):
            err(f, f"{k}: {fld} not a list of strings")
        for x in r[fld]:
            need(f, text, x, f"{k} {fld[:-1]}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f, f"{k}: territory shape")
        else:
            need(f, text, t["value"], f"{k} territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f, f"{k}: department code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f, f"{k}: year not int")
        need(f, text, f"- {r['year']}", f"{k} year line")
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f, f"{k}: mode {r['mode']!r}")
    check_q(f, r, "households", text)
    check_q(f, r, "housing_units", text)
    d = r["duration"]
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)) or not isinstance(d.get("renewable"), bool):
            err(f, f"{k}: duration shape")
        for y in ("start", "end"):
            if d.get(y) is not None:
                need(f, text, d[y], f"{k} duration.{y}")
    c = r["cost"]
    if c is not None:
        for y in ("total_eur", "per_year_eur", "per_household_eur"):
            if y not in c:
                err(f, f"{k}: cost.{y} missing")
            elif c[y] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[y]):
                    err(f, f"{k}: cost.{y} not a decimal string")
                else:
                    need(f, text, spaced(c[y]), f"{k} cost.{y}")
    if not isinstance(r["funding"], list):
        err(f, f"{k}: funding not a list")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}:
            err(f, f"{k}: funding keys")
        need(f, text, fu["source"], f"{k} funding source")
        if fu["eur"] is not None:
            need(f, text, spaced(fu["eur"]), f"{k} funding eur")
        if fu["share_percent"] is not None:
            need(f, text, fu["share_percent"] + " %", f"{k} funding share")
    if not isinstance(r["contacts"], list):
        err(f, f"{k}: contacts not a list")
    for ct in r["contacts"]:
        if not isinstance(ct.get("name"), str):
            err(f, f"{k}: contact name")
        need(f, text, ct.get("name"), f"{k} contact name")
        need(f, text, ct.get("email"), f"{k} contact email")
        need(f, text, ct.get("phone"), f"{k} contact phone")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        f = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(g, f"invalid JSON: {e}")
            continue
        if data.get("file") != f or not isinstance(data.get("records"), list) or not data["records"]:
            err(g, "file/records shape")
            continue
        text = load(f)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err(f, f"duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(f, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f, f"{r.get('key')}: index row keys")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f, f"{r['key']}: index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in text:
                    err(f, f"{r['key']}: index row not found")
            else:
                err(f, f"unknown kind {r.get('kind')!r}")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json", "cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
