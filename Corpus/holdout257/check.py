#!/usr/bin/env python3
"""Validate the gold of holdout257 (standard library only). Prints OK or the problems found."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
MODES = {"access", "maintenance", "access_and_maintenance", None}
errors = []


def err(f, k, msg):
    errors.append(f"{f} [{k}]: {msg}")


def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = t + "\n" + re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t


def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def found(text, value):
    return fold(value) in text


def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def check_q(f, k, q, text, name):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f, k, f"{name} not an object")
    for key, typ in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(key), typ):
            err(f, k, f"{name}.{key} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f, k, f"{name}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f, k, f"{name} min > max")
    if "unit" in q and not found(text, q["unit"]):
        err(f, k, f"{name}.unit {q['unit']!r} not in document")
    if not q.get("approximate") and not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?! ?\d)", text):
        err(f, k, f"{name} {q['min']} not in document")


def check_project(f, r, text, kinds):
    k = r.get("key")
    for key in PROJECT_KEYS:
        if key not in r:
            err(f, k, f"missing key {key}")
    if r.get("kind") != "project" or not isinstance(k, str):
        err(f, k, "bad kind or key")
    if r.get("mode") not in MODES:
        err(f, k, "bad mode")
    for key in ("title",):
        if r.get(key) is not None and not found(text, r[key]):
            err(f, k, f"{key} {r[key]!r} not in document")
    if r.get("section") is not None and not found(text, r["section"] + "."):
        err(f, k, "section not in document")
    for key in ("carriers", "partners"):
        if not isinstance(r.get(key), list):
            err(f, k, f"{key} not a list")
            continue
        for v in r[key]:
            if not isinstance(v, str) or not found(text, v):
                err(f, k, f"{key} {v!r} not in document")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f, k, "territory shape")
        elif not found(text, t["value"]):
            err(f, k, f"territory {t['value']!r} not in document")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f, k, f"bad département code {d}")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or not found(text, str(y))):
        err(f, k, "year bad or not in document")
    check_q(f, k, r.get("households"), text, "households")
    check_q(f, k, r.get("housing_units"), text, "housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f, k, "duration shape")
        for key in ("start", "end"):
            if d.get(key) is not None and not found(text, d[key]):
                err(f, k, f"duration.{key} not in document")
    c = r.get("cost")
    if c is not None:
        for key in ("total_eur", "per_year_eur", "per_household_eur"):
            if key not in c:
                err(f, k, f"cost.{key} missing")
            elif c[key] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[key]):
                    err(f, k, f"cost.{key} not a decimal string")
                elif not found(text, spaced(int(c[key]))):
                    err(f, k, f"cost.{key} {c[key]} not in document")
    if not isinstance(r.get("funding"), list):
        err(f, k, "funding not a list")
    for fu in r.get("funding", []):
        if set(fu) != {"source", "eur", "share_percent"}:
            err(f, k, f"funding keys {sorted(fu)}")
            continue
        if not found(text, fu["source"]):
            err(f, k, f"funder {fu['source']!r} not in document")
        if fu["eur"] is not None and not found(text, spaced(int(fu["eur"]))):
            err(f, k, f"funding eur {fu['eur']} not in document")
        if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", text):
            err(f, k, f"share {fu['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list):
        err(f, k, "contacts not a list")
    for ct in r.get("contacts", []):
        if not isinstance(ct.get("name"), str):
            err(f, k, "contact without name")
            continue
        for key in ("name", "email", "phone"):
            if ct.get(key) is not None and not found(text, ct[key]):
                err(f, k, f"contact {key} {ct[key]!r} not in document")


def check_index(f, r, text):
    k = r.get("key")
    if sorted(r) != sorted(INDEX_KEYS):
        err(f, k, f"index row keys {sorted(r)}")
        return
    if k != "index " + r["section"]:
        err(f, k, "index key does not match section")
    row = "\t".join(fold(x) for x in (r["section"], r["localisation"], r["organisme"], r["page"]))
    if row not in text:
        err(f, k, "index row not in document")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err("-", "-", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f != g[:-5] or not isinstance(data.get("records"), list) or not data["records"]:
            err(g, "-", "bad file or records")
            continue
        raw = read_doc(f)
        text = fold(raw)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err(f, r.get("key"), "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(f, r, text, None)
            elif r.get("kind") == "index_row":
                check_index(f, r, raw_tab_fold(raw))
            else:
                err(f, r.get("key"), "bad kind")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json", "-", "no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json", "-", "cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json", rec.get("key"), f"record not in gold of {rec.get('file')}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


def raw_tab_fold(raw):
    """Fold but keep tabs, so that an index row must appear as one tab-separated line."""
    lines = []
    for line in raw.split("\n"):
        cells = [fold(c) for c in line.split("\t")]
        lines.append("\t".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
