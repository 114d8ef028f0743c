#!/usr/bin/env python3
"""Validate holdout405 gold files: shape, keys, types, values found in their documents. Standard library only."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = fold(t)
    t2 = re.sub(r"\b(et|ou) a ", r"\1 ", t)  # an `à` repeated after et / ou
    return t + "\n" + t2

def found(text, value, what):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{what}: {value!r} not found")

def spaced(amount):
    n = str(amount)
    groups = []
    while len(n) > 3:
        groups.insert(0, n[-3:]); n = n[:-3]
    groups.insert(0, n)
    return " ".join(groups)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, what, text):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{what}: bad quantity {q!r}"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{what}: min/max not ints in order")
    if q["per"] not in ("total", "year"):
        err(f"{what}: per {q['per']!r}")
    if not isinstance(q["approximate"], bool):
        err(f"{what}: approximate not bool")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])", text):
            err(f"{what}: count {q['min']} not found")
    if "unit" in q:
        found(text, q["unit"], what + " unit")

def check_amount(a, what, text):
    if a is None:
        return
    if not (isinstance(a, str) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", a)):
        err(f"{what}: amount {a!r} not a decimal string"); return
    if spaced(a) not in text and a not in text:
        err(f"{what}: amount {a} not found")

def check_project(r, text, w):
    if set(r) != PROJECT_KEYS:
        err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("carriers", "partners", "funding", "contacts"):
        if not isinstance(r.get(k), list):
            err(f"{w}: {k} not a list")
    if r.get("section") is not None:
        found(text, r["section"], w + " section")
    found(text, r.get("title"), w + " title")
    for c in r.get("carriers", []): found(text, c, w + " carrier")
    for p in r.get("partners", []): found(text, p, w + " partner")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{w}: bad territory")
        else:
            found(text, t["value"], w + " territory")
            for d in t["departments"]:
                if not re.fullmatch(r"[0-9]{2,3}|2[AB]", d): err(f"{w}: department {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{w}: year not int")
        found(text, r["year"], w + " year")
    if r.get("mode") not in MODES:
        err(f"{w}: mode {r.get('mode')!r}")
    check_q(r.get("households"), w + " households", text)
    check_q(r.get("housing_units"), w + " housing_units", text)
    d = r.get("duration")
    if d is not None:
        if not (isinstance(d, dict) and {"months", "start", "end", "renewable"} <= set(d)):
            err(f"{w}: bad duration")
        else:
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}: months not int")
            if not isinstance(d["renewable"], bool): err(f"{w}: renewable not bool")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], w + " duration " + k)
    c = r.get("cost")
    if c is not None:
        if not (isinstance(c, dict) and {"total_eur", "per_year_eur", "per_household_eur"} <= set(c)):
            err(f"{w}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                check_amount(c[k], f"{w} cost {k}", text)
    for f in r.get("funding", []):
        if not (isinstance(f, dict) and set(f) == {"source", "eur", "share_percent"}):
            err(f"{w}: bad funding {f!r}"); continue
        found(text, f["source"], w + " funding source")
        check_amount(f["eur"], w + " funding eur", text)
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", text):
            err(f"{w}: share {f['share_percent']} % not found")
    for p in r.get("contacts", []):
        if not (isinstance(p, dict) and {"name", "email", "phone"} <= set(p)):
            err(f"{w}: bad contact {p!r}"); continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if p.get(k) is not None: found(text, p[k], f"{w} contact {k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [d + ".json" for d in docs] != golds:
        err(f"documents {docs} and gold files {golds} do not match")
    keys_by_file = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if set(data) != {"file", "records"} or data["file"] != name or not isinstance(data["records"], list):
            err(f"{g}: bad top level"); continue
        text = load_text(name)
        keys = [r.get("key") for r in data["records"]]
        if len(keys) != len(set(keys)): err(f"{g}: duplicate keys")
        keys_by_file[name] = set(keys)
        for r in data["records"]:
            w = f"{g} [{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, text, w)
                if r.get("section") is None and r["key"] != "document" and name.startswith("brochure"):
                    found(text, r["key"], w + " key")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
                if r["key"] != "index " + r["section"]: err(f"{w}: key/section mismatch")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                found(text, row, w + " index row")
            else:
                err(f"{w}: kind {r.get('kind')!r}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list) or not cl["clusters"]:
        err("clusters.json: bad top level")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2 or not c["why"].strip():
            err(f"clusters.json: bad cluster {c!r}"); continue
        for m in c["records"]:
            if m.get("key") not in keys_by_file.get(m.get("file"), set()):
                err(f"clusters.json: {m!r} is no gold record")
    if errors:
        print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
    print("OK")

main()
