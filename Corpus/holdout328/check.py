#!/usr/bin/env python3
"""Validate the gold files of holdout328 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
problems = []


def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            problems.append(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)


def spaced(digits):
    n = int(digits)
    return f"{n:,}".replace(",", " ")


def need(doc, name, where, value):
    if value is None:
        return
    if fold(str(value)) not in doc:
        problems.append(f"{name} {where}: {value!r} not found in the document")


def is_q(q):
    return isinstance(q, dict) and all(k in q for k in ("min", "max", "per", "approximate")) \
        and isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"] \
        and q["per"] in ("total", "year") and isinstance(q["approximate"], bool)


files = sorted(f for f in os.listdir(DOCS))
for name in files:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path):
        problems.append(f"missing gold for {name}")
        continue
    g = json.load(open(path, encoding="utf-8"))
    doc = load(name)
    if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
        problems.append(f"{name}: bad top level")
        continue
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)):
        problems.append(f"{name}: duplicate keys")
    for r in g["records"]:
        w = f"[{r.get('key')}]"
        if r.get("kind") == "index_row":
            for k in INDEX_KEYS:
                if k not in r or not isinstance(r[k], str):
                    problems.append(f"{name} {w}: index key {k} missing or not a string")
            if r.get("key") != "index " + str(r.get("section")):
                problems.append(f"{name} {w}: index key/section mismatch")
            row = "\t".join(str(r.get(k)) for k in ("section", "localisation", "organisme", "page"))
            need(doc, name, w + " index row", row)
            continue
        if r.get("kind") != "project":
            problems.append(f"{name} {w}: bad kind")
            continue
        for k in PROJECT_KEYS:
            if k not in r:
                problems.append(f"{name} {w}: key {k} missing")
        if r.get("section"):
            need(doc, name, w + " section", r["section"] + ".")
            if r["key"] != r["section"]:
                problems.append(f"{name} {w}: key is not the section")
        need(doc, name, w + " title", r.get("title"))
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
                problems.append(f"{name} {w}: {k} not a list of strings")
            for x in r.get(k) or []:
                need(doc, name, f"{w} {k}", x)
        t = r.get("territory")
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list) \
                    or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                problems.append(f"{name} {w}: bad territory")
            need(doc, name, w + " territory", t.get("value"))
        if r.get("year") is not None:
            if not isinstance(r["year"], int):
                problems.append(f"{name} {w}: year not int")
            need(doc, name, w + " year", f"- {r['year']}")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
            problems.append(f"{name} {w}: bad mode")
        for k in ("households", "housing_units"):
            q = r.get(k)
            if q is None:
                continue
            if not is_q(q):
                problems.append(f"{name} {w}: bad quantity {k}")
                continue
            if not q["approximate"]:
                for n in {q["min"], q["max"]}:
                    if not re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced(n)) + r"(?![\d])", doc):
                        problems.append(f"{name} {w}: {k} {n} not found")
            if "unit" in q:
                need(doc, name, f"{w} {k} unit", q["unit"])
        d = r.get("duration")
        if d is not None:
            if not (isinstance(d.get("months"), int) or d.get("months") is None) or not isinstance(d.get("renewable"), bool):
                problems.append(f"{name} {w}: bad duration")
            for k in ("start", "end"):
                if d.get(k) is not None:
                    need(doc, name, f"{w} duration {k}", d[k])
        c = r.get("cost")
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "absent")
                if v == "absent":
                    problems.append(f"{name} {w}: cost {k} missing")
                elif v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                        problems.append(f"{name} {w}: cost {k} not a decimal string")
                    else:
                        need(doc, name, f"{w} cost {k}", spaced(v) + " €")
        for f in r.get("funding") or []:
            if set(f) != {"source", "eur", "share_percent"}:
                problems.append(f"{name} {w}: bad funding keys")
            need(doc, name, w + " funding source", f.get("source"))
            if f.get("share_percent"):
                need(doc, name, w + " funding share", f["share_percent"] + " %")
            if f.get("eur"):
                need(doc, name, w + " funding eur", spaced(f["eur"]) + " €")
        for ct in r.get("contacts") or []:
            if not isinstance(ct.get("name"), str):
                problems.append(f"{name} {w}: contact without name")
            for k in ("name", "email", "phone"):
                need(doc, name, f"{w} contact {k}", ct.get(k))

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        problems.append("clusters.json: bad cluster")
    for rec in c.get("records", []):
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"]]:
            problems.append(f"clusters.json: {rec} not a gold record")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
