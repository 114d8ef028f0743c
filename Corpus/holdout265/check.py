#!/usr/bin/env python3
"""Validate holdout265 gold files: shape, keys, types, and that each value's text is in its document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
DEPT_NAMES = {"19": "Corrèze", "37": "Indre-et-Loire", "63": "Puy-de-Dôme", "79": "Deux-Sèvres", "87": "Haute-Vienne"}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
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
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # guide's <div> fragment
    text = text.replace("**", "")
    return fold(text)

def found(doc, value, where, what):
    if not isinstance(value, str) or not value:
        err(where, f"{what} is not a non-empty string: {value!r}")
    elif fold(value) not in doc:
        err(where, f"{what} {value!r} not found in document")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def check_amount(doc, value, where, what):
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"\d+(\.\d+)?", value):
        err(where, f"{what} is not a decimal string: {value!r}")
        return
    if spaced(value) not in doc and value not in doc:
        err(where, f"{what} {value} ({spaced(value)}) not found in document")

def check_q(doc, q, where, what):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, f"{what} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t) or isinstance(q[k], bool) != (t is bool):
            err(where, f"{what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(where, f"{what}.per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, f"{what} min > max")
    if "unit" in q:
        found(doc, q["unit"], where, f"{what}.unit")
    if q.get("min") == q.get("max") and not re.search(r"(?<!\d)" + str(q.get("min")) + r"(?!\d)", doc):
        err(where, f"{what} count {q.get('min')} not found in document")

def check_project(doc, r, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(where, f"missing key {k}")
    if r.get("title") is not None:
        found(doc, r["title"], where, "title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(where, f"{k} not a list")
        else:
            for v in r[k]:
                found(doc, v, where, k[:-1])
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), where, "territory")
        deps = t.get("departments")
        if not isinstance(deps, list) or not deps:
            err(where, "territory.departments empty")
        else:
            for d in deps:
                if not (re.search(r"(?<!\d)" + d + r"(?!\d)", doc) or fold(DEPT_NAMES.get(d, "#")) in doc):
                    err(where, f"département {d} neither as code nor as name in document")
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or str(r["year"]) not in doc:
            err(where, f"year {r['year']!r} not an int found in document")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where, f"bad mode {r.get('mode')!r}")
    check_q(doc, r.get("households"), where, "households")
    check_q(doc, r.get("housing_units"), where, "housing_units")
    du = r.get("duration")
    if du is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in du:
                err(where, f"duration.{k} missing")
        if du.get("months") is not None and not isinstance(du["months"], int):
            err(where, "duration.months not int")
        for k in ("start", "end"):
            if du.get(k) is not None and du[k] not in doc:
                err(where, f"duration.{k} {du[k]} not found")
        if not isinstance(du.get("renewable"), bool):
            err(where, "duration.renewable not bool")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(where, f"cost.{k} missing")
            check_amount(doc, c.get(k), where, f"cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(where, "funding not a list")
    else:
        for f in r["funding"]:
            for k in ("source", "eur", "share_percent"):
                if k not in f:
                    err(where, f"funding.{k} missing")
            found(doc, f.get("source"), where, "funding.source")
            check_amount(doc, f.get("eur"), where, "funding.eur")
            if f.get("share_percent") is not None and not re.search(
                    r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", doc):
                err(where, f"share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(where, "contacts not a list")
    else:
        for p in r["contacts"]:
            for k in ("name", "email", "phone"):
                if k not in p:
                    err(where, f"contact.{k} missing")
            found(doc, p.get("name"), where, "contact.name")
            for k in ("email", "phone"):
                if p.get(k) is not None:
                    found(doc, p[k], where, f"contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        where = g
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(where, f"invalid JSON: {e}")
            continue
        if data.get("file") != g[:-5]:
            err(where, "file field does not match")
        if not os.path.exists(os.path.join(DOCS, g[:-5])):
            continue
        doc = load(g[:-5])
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            w = f"{g}#{i} ({r.get('key')})"
            if r.get("key") in seen:
                err(w, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, w)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r:
                        err(w, f"missing key {k}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(w, "index key must be 'index ' + section")
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r.get(k), w, k)
            else:
                err(w, f"bad kind {r.get('kind')!r}")
        keys[g[:-5]] = seen
        if not data.get("records"):
            err(where, "no records")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters.json", "cluster needs two records and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
