#!/usr/bin/env python3
"""Validate holdout304's gold files: shape, required keys, types, and that each value's
text occurs in its document (NBSP, apostrophes and case folded; HTML tags stripped; cp1252 decoded).
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
MODES = {"access", "maintenance", "access_and_maintenance"}
problems = []


def bad(f, key, msg):
    problems.append(f"{f} [{key}]: {msg}")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = re.sub(r"[ \t]+", " ", s)
    return s.lower()


def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return norm(t)


def spaced(n):
    return f"{int(n):,}".replace(",", " ")


def found(f, key, text, what, doc):
    if not isinstance(text, str) or norm(text) not in doc:
        bad(f, key, f"{what} not found in document: {text!r}")


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_q(f, key, name, q, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return bad(f, key, f"{name} not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t) or (t is int and not is_int(q[k])):
            bad(f, key, f"{name}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        bad(f, key, f"{name}.per must be total or year")
    if is_int(q.get("min")) and is_int(q.get("max")) and q["min"] > q["max"]:
        bad(f, key, f"{name} min > max")
    if "unit" in q:
        found(f, key, q["unit"], f"{name}.unit", doc)
    if not q.get("approximate") or q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(str(q.get("min"))) + r"(?![0-9])", doc):
            bad(f, key, f"{name} count {q.get('min')} not found")
    for b in q.get("breakdown", []):
        found(f, key, b["label"], f"{name}.breakdown label", doc)
        if not re.search(r"(?<![0-9])" + str(b["min"]) + r"(?![0-9])", doc):
            bad(f, key, f"{name}.breakdown count {b['min']} not found")


def check_project(f, r, doc):
    key = r.get("key")
    for k in PROJECT_KEYS:
        if k not in r:
            bad(f, key, f"missing key {k}")
    if not isinstance(key, str) or not key:
        bad(f, key, "key must be a non-empty string")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str):
                bad(f, key, f"{k} must be a string or null")
            else:
                found(f, key, r[k], k, doc)
    if r.get("title") is not None:
        found(f, key, r["title"], "title", doc)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            bad(f, key, f"{k} must be a list")
            continue
        for v in r[k]:
            found(f, key, v, k, doc)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("departments"), list):
            bad(f, key, "territory shape")
        else:
            found(f, key, t.get("value"), "territory", doc)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    bad(f, key, f"bad department code {d!r}")
    if r.get("year") is not None:
        if not is_int(r["year"]):
            bad(f, key, "year must be an integer")
        else:
            found(f, key, str(r["year"]), "year", doc)
    if r.get("mode") is not None and r["mode"] not in MODES:
        bad(f, key, f"bad mode {r['mode']!r}")
    check_q(f, key, "households", r.get("households"), doc)
    check_q(f, key, "housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or not all(k in d for k in ("months", "start", "end", "renewable")):
            bad(f, key, "duration shape")
        else:
            if d["months"] is not None and not is_int(d["months"]):
                bad(f, key, "duration.months must be an integer")
            if not isinstance(d["renewable"], bool):
                bad(f, key, "duration.renewable must be a boolean")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(f, key, d[k], f"duration.{k}", doc)
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or not all(k in c for k in ("total_eur", "per_year_eur", "per_household_eur")):
            bad(f, key, "cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is None:
                    continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    bad(f, key, f"cost.{k} must be a decimal string")
                else:
                    found(f, key, spaced(v), f"cost.{k}", doc)
    if not isinstance(r.get("funding"), list):
        bad(f, key, "funding must be a list")
    else:
        for x in r["funding"]:
            if not isinstance(x, dict) or not all(k in x for k in ("source", "eur", "share_percent")):
                bad(f, key, "funding item shape")
                continue
            found(f, key, x["source"], "funding.source", doc)
            if x["eur"] is not None:
                found(f, key, spaced(x["eur"]), "funding.eur", doc)
            if x["share_percent"] is not None:
                found(f, key, x["share_percent"] + " %", "funding.share_percent", doc)
    if not isinstance(r.get("contacts"), list):
        bad(f, key, "contacts must be a list")
    else:
        for x in r["contacts"]:
            if not isinstance(x, dict) or "name" not in x or "email" not in x or "phone" not in x:
                bad(f, key, "contact item shape")
                continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if x.get(k) is not None:
                    found(f, key, x[k], f"contact.{k}", doc)


def check_index(f, r, doc):
    key = r.get("key")
    for k in INDEX_KEYS:
        if k not in r or not isinstance(r[k], str):
            bad(f, key, f"index row: missing or non-string {k}")
    if key != "index " + str(r.get("section")):
        bad(f, key, "index row key must be 'index ' + section")
    line = "\t".join([r.get("section", "") + ".", r.get("localisation", ""), r.get("organisme", ""), r.get("page", "")])
    if norm(line) not in doc:
        bad(f, key, f"index row not found as a line: {line!r}")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if sorted(d + ".json" for d in docs) != golds:
        problems.append(f"documents and gold files differ: {docs} vs {golds}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f + ".json" != g:
            bad(g, "-", "file field does not match gold file name")
            continue
        if not isinstance(data.get("records"), list) or not data["records"]:
            bad(f, "-", "records must be a non-empty list")
            continue
        doc = load(f)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                bad(f, r.get("key"), "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(f, r, doc)
            elif r.get("kind") == "index_row":
                check_index(f, r, doc)
            else:
                bad(f, r.get("key"), f"bad kind {r.get('kind')!r}")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        problems.append("clusters.json: clusters must be a non-empty list")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]:
            problems.append("clusters.json: a cluster lacks its why")
        recs = c.get("records", [])
        if len(recs) < 2:
            problems.append("clusters.json: a cluster needs two records")
        for x in recs:
            if x.get("key") not in keys.get(x.get("file"), set()):
                problems.append(f"clusters.json: unknown record {x}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
