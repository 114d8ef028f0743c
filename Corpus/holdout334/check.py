#!/usr/bin/env python3
"""Validate the gold files of holdout334 (standard library only). Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: text not found in document: {value!r}")

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be an object or null")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            err(f"{where}: quantity key {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(spaced(q["min"])) + r"(?![0-9])", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)}")
    if r.get("section") is not None:
        found(doc, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key must equal the section of a numbered monograph")
    if r.get("title") is not None:
        if not isinstance(r["title"], str):
            err(f"{where}: title must be a string")
        else:
            found(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list) or not all(isinstance(x, str) for x in r.get(f, [])):
            err(f"{where}: {f} must be a list of strings")
        else:
            for x in r[f]:
                found(doc, x, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not (isinstance(d, str) and re.fullmatch(r"\d{2,3}", d)):
                    err(f"{where}: department code {d!r}")
                elif not re.search(r"(?<![0-9])" + d + r"(?![0-9])", fold(t["value"])):
                    err(f"{where}: department {d} not in territory text")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year must be an integer")
        elif f"- {y}" not in doc:
            err(f"{where}: year {y} not found as a bullet line")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode {r.get('mode')!r}")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}: duration key {k} missing")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}: months must be an integer")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}: renewable must be a boolean")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(f"{where}: duration {k} must be a year string")
                else:
                    found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost key {k} missing")
            elif c[k] is not None:
                if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])):
                    err(f"{where}: cost {k} must be a decimal string")
                else:
                    found(doc, spaced(int(c[k].split(".")[0])), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding must be a list")
    else:
        for fnd in r["funding"]:
            if set(fnd) != {"source", "eur", "share_percent"}:
                err(f"{where}: funding keys {sorted(fnd)}")
                continue
            found(doc, fnd["source"], where + ".funding.source")
            if fnd["eur"] is not None:
                found(doc, spaced(int(fnd["eur"])), where + ".funding.eur")
            if fnd["share_percent"] is not None:
                found(doc, fnd["share_percent"] + " %", where + ".funding.share_percent")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts must be a list")
    else:
        for k in r["contacts"]:
            if not isinstance(k.get("name"), str):
                err(f"{where}: contact name")
                continue
            for f in ("name", "email", "phone", "role", "organisation"):
                if k.get(f) is not None:
                    found(doc, k[f], f"{where}.contacts.{f}")

def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err(f"expected 7 documents, found {len(names)}")
    keys = {}
    for name in names:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"no gold for {name}")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name:
            err(f"{gpath}: file field {g.get('file')!r}")
        doc = load_text(os.path.join(DOCS, name))
        raw = open(os.path.join(DOCS, name), "rb").read()
        seen = set()
        for i, r in enumerate(g.get("records", [])):
            where = f"{name}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                check_index_raw(r, raw, where)
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keys[name] = seen
        if not g.get("records"):
            err(f"{name}: no records")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters: each cluster needs records (2+) and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters: unknown record {rec}")
    if cl.get("clusters") is None or len(cl["clusters"]) != 1:
        err("clusters: expected exactly one planted duplicate")
    # encoding checks on the raw bytes
    if b"\xe2\x82\xac" in open(os.path.join(DOCS, "fiche-mirande-cp1252.txt"), "rb").read():
        err("fiche-mirande-cp1252.txt looks like UTF-8, not Windows-1252")
    if "\u00a0" not in open(os.path.join(DOCS, "formulaire-h334.txt"), encoding="utf-8").read():
        err("formulaire-h334.txt has no no-break space")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

def check_index_raw(r, raw, where):
    if set(r) != INDEX_KEYS:
        err(f"{where}: index row keys {sorted(r)}")
        return
    if r["key"] != "index " + r["section"]:
        err(f"{where}: index key must be 'index ' + section")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if row.encode("utf-8") not in raw:
        err(f"{where}: whole index row not found: {row!r}")

if __name__ == "__main__":
    main()
