#!/usr/bin/env python3
"""Validate the gold of holdout307 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
problems = []

def bad(f, key, msg):
    problems.append(f"{f} [{key}]: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def found(text, value):
    return fold(value) in text

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)

def check_q(f, k, q, text, with_unit):
    if q is None:
        return
    if not isinstance(q, dict):
        return bad(f, k, "quantity not an object")
    for key in ("min", "max", "per", "approximate"):
        if key not in q:
            bad(f, k, f"quantity lacks {key}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        bad(f, k, f"bad min/max {q}")
    if q.get("per") not in ("total", "year"):
        bad(f, k, f"bad per {q.get('per')}")
    if not isinstance(q.get("approximate"), bool):
        bad(f, k, "approximate not a bool")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
        bad(f, k, f"count {q['min']} not in document")
    if with_unit and "unit" in q and not found(text, q["unit"]):
        bad(f, k, f"unit {q['unit']} not in document")

def check_project(f, r, text):
    k = r.get("key")
    for key in PROJECT_KEYS:
        if key not in r:
            bad(f, k, f"missing key {key}")
    if r.get("title") is not None and not found(text, r["title"]):
        bad(f, k, f"title not found: {r['title']}")
    if r.get("section") is not None and not found(text, r["section"]):
        bad(f, k, "section not found")
    for field in ("carriers", "partners"):
        if not isinstance(r.get(field), list):
            bad(f, k, f"{field} not a list")
            continue
        for v in r[field]:
            if not isinstance(v, str) or not found(text, v):
                bad(f, k, f"{field} value not found: {v}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            bad(f, k, "territory shape")
        else:
            if not found(text, t["value"]):
                bad(f, k, f"territory not found: {t['value']}")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    bad(f, k, f"bad département code {d}")
    y = r.get("year")
    if y is not None and (not is_int(y) or str(y) not in text):
        bad(f, k, f"year {y} not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        bad(f, k, f"bad mode {r.get('mode')}")
    check_q(f, k, r.get("households"), text, True)
    check_q(f, k, r.get("housing_units"), text, False)
    d = r.get("duration")
    if d is not None:
        for key in ("months", "start", "end", "renewable"):
            if key not in d:
                bad(f, k, f"duration lacks {key}")
        if d.get("months") is not None and not is_int(d["months"]):
            bad(f, k, "months not an int")
        for key in ("start", "end"):
            v = d.get(key)
            if v is not None and (not isinstance(v, str) or v not in text):
                bad(f, k, f"duration {key} {v} not found")
        if not isinstance(d.get("renewable"), bool):
            bad(f, k, "renewable not a bool")
    c = r.get("cost")
    if c is not None:
        for key in ("total_eur", "per_year_eur", "per_household_eur"):
            if key not in c:
                bad(f, k, f"cost lacks {key}")
            v = c.get(key)
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    bad(f, k, f"cost {key} not a decimal string")
                elif spaced(v) not in text:
                    bad(f, k, f"cost {key} {v} not found")
    if not isinstance(r.get("funding"), list):
        bad(f, k, "funding not a list")
    else:
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}:
                bad(f, k, f"funding keys {sorted(fu)}")
            if not found(text, fu.get("source", "")):
                bad(f, k, f"funder not found: {fu.get('source')}")
            if fu.get("eur") is not None and spaced(fu["eur"]) not in text:
                bad(f, k, f"funding amount not found {fu['eur']}")
            sp = fu.get("share_percent")
            if sp is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(sp), text):
                bad(f, k, f"share {sp} % not found")
    if not isinstance(r.get("contacts"), list):
        bad(f, k, "contacts not a list")
    else:
        for p in r["contacts"]:
            for key in ("name", "email", "phone"):
                if key not in p:
                    bad(f, k, f"contact lacks {key}")
                elif p[key] is not None and not found(text, p[key]):
                    bad(f, k, f"contact {key} not found: {p[key]}")

def check_index(f, r, text):
    k = r.get("key")
    for key in INDEX_KEYS:
        if key not in r:
            bad(f, k, f"missing key {key}")
    if k != "index " + str(r.get("section")):
        bad(f, k, "index key is not 'index ' + section")
    row = " ".join(str(r.get(x, "")) for x in ("section", "localisation", "organisme", "page"))
    if fold(row) not in text:
        bad(f, k, f"index row not found as a row: {row}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = {}
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            bad(name, "-", "no gold file")
            continue
        g = json.load(open(path, encoding="utf-8"))
        golds[name] = g
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            bad(name, "-", "bad top-level shape")
            continue
        text = load_text(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            bad(name, "-", "duplicate keys")
        for r in g["records"]:
            if r.get("kind") == "project":
                check_project(name, r, text)
            elif r.get("kind") == "index_row":
                check_index(name, r, text)
            else:
                bad(name, r.get("key"), "bad kind")
    for extra in os.listdir(GOLD):
        if extra != "clusters.json" and extra[:-5] not in docs:
            bad(extra, "-", "gold file without document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        bad("clusters.json", "-", "no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            bad("clusters.json", "-", "cluster without why")
        if len(c.get("records", [])) < 2:
            bad("clusters.json", "-", "cluster with fewer than two records")
        for rec in c.get("records", []):
            g = golds.get(rec.get("file"))
            if g is None or rec.get("key") not in [r["key"] for r in g["records"]]:
                bad("clusters.json", "-", f"unknown record {rec}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")

main()
