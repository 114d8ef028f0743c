#!/usr/bin/env python3
"""Validate holdout284 gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def found(text, value, what, where):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{where}: {what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, text, where, name):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: {name} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: {name}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: {name}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: {name} min > max")
    if "unit" in q:
        found(text, q["unit"], name + ".unit", where)
    if not q.get("approximate"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", text):
            err(f"{where}: {name} count {q['min']} not found")
    for b in q.get("breakdown", []):
        found(text, b["label"], name + " breakdown label", where)
        found(text, str(b["min"]), name + " breakdown count", where)

def check_project(r, text, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    for k in ("title",):
        if not isinstance(r[k], (str, type(None))):
            err(f"{where}: {k} type")
        found(text, r[k], k, where)
    for k in ("section", "section_as_written"):
        if r[k] is not None:
            found(text, r[k], k, where)
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                found(text, x, k[:-1], where)
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            found(text, t["value"], "territory", where)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad département code {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year type")
        found(text, str(r["year"]), "year", where)
    if r["mode"] not in MODES:
        err(f"{where}: mode {r['mode']!r}")
    check_q(r["households"], text, where, "households")
    check_q(r["housing_units"], text, where, "housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool) \
                or not isinstance(d["months"], (int, type(None))):
            err(f"{where}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(text, d[k], "duration." + k, where)
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost shape")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: cost.{k} must be a decimal string")
                else:
                    found(text, spaced(v), "cost." + k, where)
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{where}: funding item shape")
                continue
            found(text, f["source"], "funding.source", where)
            if f["eur"] is not None:
                found(text, spaced(f["eur"]), "funding.eur", where)
            if f["share_percent"] is not None:
                found(text, f["share_percent"] + " %", "funding.share", where)
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    else:
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str):
                err(f"{where}: contact without name")
                continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if ct.get(k) is not None:
                    found(text, ct[k], "contact." + k, where)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        where0 = g
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON ({e})")
            continue
        name = g[:-5]
        if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: file/records shape")
            continue
        text = load_text(name)
        seen = set()
        for r in data["records"]:
            where = f"{where0} [{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, text, where)
                if r.get("section") is None and r["key"] != "document" and r["key"] != r.get("title"):
                    err(f"{where}: key should be the title")
                if r.get("section") is not None and r["key"] != r["section"]:
                    err(f"{where}: key should be the section")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys {sorted(r)}")
                    continue
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row.replace("\t", " ") not in text.replace("\t", " "):
                    err(f"{where}: whole index row not found")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        for c in cl["clusters"]:
            if len(c["records"]) < 2 or not isinstance(c.get("why"), str) or not c["why"]:
                err("clusters.json: cluster needs two records and a why")
            for rec in c["records"]:
                if rec["key"] not in keys.get(rec["file"], set()):
                    err(f"clusters.json: unknown record {rec}")
    except Exception as e:
        err(f"clusters.json: {e}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
