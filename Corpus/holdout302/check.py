#!/usr/bin/env python3
"""Validate holdout302 gold files: shape, keys, types, and that each value's text occurs in its document."""
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
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return fold(t)

def spaced(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)

def need(text, value, where):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def is_str_or_none(v):
    return v is None or isinstance(v, str)

def check_q(q, where, text, unit_allowed):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra:
        err(f"{where}: unexpected keys {extra}")
    if "unit" in q:
        if not unit_allowed or not isinstance(q["unit"], str):
            err(f"{where}: bad unit")
        else:
            need(text, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        n = q["min"]
        words = {8: "huit", 9: "neuf", 10: "dix", 12: "douze", 15: "quinze", 16: "seize", 18: "dix-huit"}
        if not re.search(r"(?<![0-9])" + str(n) + r"(?![0-9 ]?[0-9]{3})", text) and words.get(n, "@@") not in text:
            err(f"{where}: count {n} not found")

def check_project(r, where, text, fname):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {missing}")
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{where}: unexpected keys {extra}")
    for k in ("key",):
        if not isinstance(r.get(k), str):
            err(f"{where}: {k} not a string")
    for k in ("section", "section_as_written", "title"):
        if not is_str_or_none(r.get(k)):
            err(f"{where}: {k} not string/null")
    if r.get("section"):
        need(text, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key differs from section")
    elif r.get("key") != "document" and r.get("key") != r.get("title"):
        err(f"{where}: key should be 'document' or the brochure title")
    need(text, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(f"{where}: {k} not a list of strings")
        else:
            for x in v:
                need(text, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}: bad territory")
        else:
            need(text, t["value"], where + ".territory")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year not int")
        else:
            need(text, str(y), where + ".year")
    if r.get("mode") is not None and r.get("mode") not in MODES:
        err(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", text, True)
    check_q(r.get("housing_units"), where + ".housing_units", text, True)
    d = r.get("duration")
    if d is not None:
        if not (isinstance(d, dict) and (d.get("months") is None or isinstance(d.get("months"), int))
                and is_str_or_none(d.get("start")) and is_str_or_none(d.get("end")) and isinstance(d.get("renewable"), bool)):
            err(f"{where}: bad duration")
        else:
            for k in ("start", "end"):
                need(text, d.get(k), f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: bad cost keys")
        else:
            for k, v in c.items():
                if v is None:
                    continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    need(text, spaced(int(v)), f"{where}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list):
        err(f"{where}: funding not a list")
    else:
        for i, x in enumerate(f):
            if not (isinstance(x, dict) and set(x) == {"source", "eur", "share_percent"} and isinstance(x["source"], str)
                    and is_str_or_none(x["eur"]) and is_str_or_none(x["share_percent"])):
                err(f"{where}.funding[{i}]: bad shape"); continue
            need(text, x["source"], f"{where}.funding[{i}].source")
            if x["eur"]:
                need(text, spaced(int(x["eur"])), f"{where}.funding[{i}].eur")
            if x["share_percent"]:
                need(text, x["share_percent"] + " %", f"{where}.funding[{i}].share")
    cs = r.get("contacts")
    if not isinstance(cs, list):
        err(f"{where}: contacts not a list")
    else:
        for i, x in enumerate(cs):
            if not (isinstance(x, dict) and isinstance(x.get("name"), str) and "email" in x and "phone" in x
                    and is_str_or_none(x["email"]) and is_str_or_none(x["phone"])):
                err(f"{where}.contacts[{i}]: bad shape"); continue
            for k in ("name", "email", "phone"):
                need(text, x.get(k), f"{where}.contacts[{i}].{k}")

def check_index(r, where, text):
    if set(r) != INDEX_KEYS:
        err(f"{where}: index row keys {set(r)}")
        return
    if r["key"] != "index " + r["section"]:
        err(f"{where}: index key")
    for k in ("section", "localisation", "organisme", "page"):
        if not isinstance(r[k], str):
            err(f"{where}: {k} not a string")
    line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
    if line.replace("\t", " ") not in text:
        err(f"{where}: whole index row not found")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON {e}"); continue
        if set(data) != {"file", "records"} or data["file"] != name or not isinstance(data["records"], list):
            err(f"{g}: bad top level"); continue
        text = doc_text(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if not isinstance(r, dict):
                err(f"{where}: not an object"); continue
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, text, name)
            elif r.get("kind") == "index_row":
                check_index(r, where, text)
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        assert set(cl) == {"clusters"} and isinstance(cl["clusters"], list)
        for c in cl["clusters"]:
            assert set(c) == {"records", "why"} and isinstance(c["why"], str) and len(c["records"]) >= 2
            for rec in c["records"]:
                assert set(rec) == {"file", "key"}
                if rec["key"] not in keys.get(rec["file"], set()):
                    err(f"clusters.json: unknown record {rec}")
    except Exception as e:
        err(f"clusters.json: bad shape {e!r}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
