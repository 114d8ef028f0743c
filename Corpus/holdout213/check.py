#!/usr/bin/env python3
"""Validate holdout213 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_text(path):
    b = open(path, "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if path.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    s = s.replace("**", "")
    return fold(s)

def spaced(n):
    n = str(n)
    out = ""
    while len(n) > 3:
        out = " " + n[-3:] + out
        n = n[:-3]
    return n + out

def need(doc, text, where):
    if text is None:
        return
    if fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)}")
    for k in ("section", "section_as_written", "title"):
        v = r.get(k)
        if v is not None and not isinstance(v, str):
            err(f"{where}: {k} must be string or null")
    need(doc, r.get("section"), where + ".section")
    need(doc, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in v:
                need(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad department code {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year must be int")
        else:
            need(doc, "- " + str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int):
                err(f"{where}: months must be int")
            if not isinstance(d["renewable"], bool):
                err(f"{where}: renewable must be bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"\d{4}", d[k]):
                        err(f"{where}: duration.{k} must be a year string")
                    need(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost shape")
        else:
            for k, v in c.items():
                if v is not None:
                    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                        err(f"{where}: cost.{k} must be a decimal string")
                    else:
                        need(doc, spaced(v), f"{where}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list):
        err(f"{where}: funding must be a list")
    else:
        for i, x in enumerate(f):
            if not isinstance(x, dict) or set(x) != {"source", "eur", "share_percent"}:
                err(f"{where}: funding[{i}] shape")
                continue
            need(doc, x["source"], f"{where}.funding[{i}].source")
            if x["eur"] is not None:
                need(doc, spaced(x["eur"]), f"{where}.funding[{i}].eur")
            if x["share_percent"] is not None:
                need(doc, x["share_percent"] + " %", f"{where}.funding[{i}].share")
    cs = r.get("contacts")
    if not isinstance(cs, list):
        err(f"{where}: contacts must be a list")
    else:
        for i, x in enumerate(cs):
            if not isinstance(x, dict) or not isinstance(x.get("name"), str):
                err(f"{where}: contacts[{i}] shape")
                continue
            for k in ("name", "email", "phone"):
                v = x.get(k)
                if v is not None and not isinstance(v, str):
                    err(f"{where}: contacts[{i}].{k} type")
                need(doc, v, f"{where}.contacts[{i}].{k}")
            if x.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x["email"]):
                err(f"{where}: contacts[{i}] bad email")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys_by_file = {}
    for g in golds:
        path = os.path.join(GOLD, g)
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON ({e})")
            continue
        fn = g[:-5]
        if data.get("file") != fn:
            err(f"{g}: file field {data.get('file')!r} != {fn!r}")
        if not os.path.exists(os.path.join(DOCS, fn)):
            err(f"{g}: no document {fn}")
            continue
        doc = load_text(os.path.join(DOCS, fn))
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: records must be a non-empty list")
            continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys):
            err(f"{g}: duplicate keys")
        keys_by_file[fn] = set(keys)
        for r in recs:
            where = f"{g}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, doc, where)
                if r.get("section") and r["key"] != r["section"]:
                    err(f"{where}: key must be the section")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index_row keys {sorted(r)}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if fold(row) not in doc:
                    err(f"{where}: whole index row not found")
            else:
                err(f"{where}: bad kind")
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        assert isinstance(cl.get("clusters"), list) and cl["clusters"]
        for c in cl["clusters"]:
            assert isinstance(c.get("why"), str) and c["why"]
            assert isinstance(c.get("records"), list) and len(c["records"]) >= 2
            for x in c["records"]:
                if x["key"] not in keys_by_file.get(x["file"], set()):
                    err(f"clusters.json: {x} not a gold record")
    except Exception as e:
        err(f"clusters.json: bad shape ({e!r})")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
