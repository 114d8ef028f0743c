#!/usr/bin/env python3
"""Validate holdout278 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
problems = []


def bad(msg):
    problems.append(msg)


def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"),
                 ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)


def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("-cp1252.txt"):
        try:
            raw.decode("utf-8")
            bad(f"{name}: is valid UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    return raw.decode("utf-8")


def spaced(n):
    s = str(n)
    ip, _, dp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = " ".join(groups)
    return out + ("," + dp if dp else "")


def need(text, value, where):
    if value is None:
        return
    if fold(str(value)) not in text:
        bad(f"{where}: {value!r} not found in document")


def check_q(q, text, where, allow_unit=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return bad(f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            bad(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"):
        bad(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        bad(f"{where}: min > max")
    if q.get("approximate") is False:
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text):
            bad(f"{where}: count {q['min']} not found")
    if "unit" in q:
        need(text, q["unit"], where + ".unit")


def check_project(r, text, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        bad(f"{where}: missing keys {sorted(missing)}")
    for k in ("carriers", "partners", "funding", "contacts"):
        if not isinstance(r.get(k), list):
            bad(f"{where}.{k}: not a list")
    if r.get("mode") not in MODES | {None}:
        bad(f"{where}.mode: {r.get('mode')!r}")
    need(text, r.get("title"), where + ".title")
    if r.get("section"):
        need(text, r["section"], where + ".section")
    for c in r.get("carriers", []) + r.get("partners", []):
        need(text, c, where + ".carrier/partner")
    t = r.get("territory")
    if t is not None:
        need(text, t.get("value"), where + ".territory")
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            bad(f"{where}.territory.departments: {t.get('departments')!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            bad(f"{where}.year: not an int")
        need(text, r["year"], where + ".year")
    check_q(r.get("households"), text, where + ".households")
    check_q(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)):
            bad(f"{where}.duration.months: wrong type")
        if not isinstance(d.get("renewable"), bool):
            bad(f"{where}.duration.renewable: not a bool")
        need(text, d.get("start"), where + ".duration.start")
        need(text, d.get("end"), where + ".duration.end")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "absent")
            if v == "absent":
                bad(f"{where}.cost.{k}: missing")
            elif v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    bad(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(text, spaced(v), f"{where}.cost.{k}")
    for i, f in enumerate(r.get("funding", [])):
        w = f"{where}.funding[{i}]"
        if set(f) != {"source", "eur", "share_percent"}:
            bad(f"{w}: keys {sorted(f)}")
        need(text, f.get("source"), w + ".source")
        if f.get("eur") is not None:
            need(text, spaced(f["eur"]), w + ".eur")
        if f.get("share_percent") is not None:
            if not re.search(r"(?<!\d)" + re.escape(f["share_percent"]) + r" ?%", text):
                bad(f"{w}.share_percent: {f['share_percent']} % not found")
    for i, p in enumerate(r.get("contacts", [])):
        w = f"{where}.contacts[{i}]"
        if not {"name", "email", "phone"} <= set(p):
            bad(f"{w}: keys {sorted(p)}")
        need(text, p.get("name"), w + ".name")
        need(text, p.get("email"), w + ".email")
        need(text, p.get("phone"), w + ".phone")


def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        bad(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            bad(f"{name}: no gold file")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name:
            bad(f"{gp}: file field {g.get('file')!r}")
        text = fold(read_doc(name))
        recs = g.get("records")
        if not isinstance(recs, list) or not recs:
            bad(f"{gp}: no records")
            continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys):
            bad(f"{gp}: duplicate keys")
        keys_by_file[name] = set(keys)
        for r in recs:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, text, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    bad(f"{where}: keys {sorted(r)}")
                if r.get("key") != "index " + str(r.get("section")):
                    bad(f"{where}: key/section mismatch")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if row not in read_doc(name):
                    bad(f"{where}: index row not found as a tab-separated line")
            else:
                bad(f"{where}: kind {r.get('kind')!r}")
    cp = os.path.join(GOLD, "clusters.json")
    cl = json.load(open(cp, encoding="utf-8"))
    for i, c in enumerate(cl.get("clusters", [])):
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
            bad(f"clusters[{i}]: shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                bad(f"clusters[{i}]: unknown record {rec}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra:
        bad(f"unexpected gold files {sorted(extra)}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
