#!/usr/bin/env python3
"""Validate the gold files of holdout236 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("«", " ").replace("»", " ")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)


def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("-cp1252.txt"):
        try:
            raw.decode("utf-8")
            bad(name + ": is valid UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")


def need(cond, msg):
    if not cond:
        bad(msg)


PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}


def check_q(where, q):
    if q is None:
        return
    need(isinstance(q, dict), where + ": quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        need(k in q, where + ": quantity lacks " + k)
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], where + ": bad min/max")
    need(q.get("per") in ("total", "year"), where + ": bad per")
    need(isinstance(q.get("approximate"), bool), where + ": approximate not bool")


def check_project(name, text, r):
    w = name + " " + str(r.get("key"))
    need(set(r) == PROJECT_KEYS, w + ": keys " + str(sorted(set(r) ^ PROJECT_KEYS)))
    need(isinstance(r["key"], str) and r["key"], w + ": key")
    if r["section"] is not None:
        need(r["section"] in text, w + ": section not in text")
        need(r["key"] == r["section"], w + ": key != section")
    if r["title"] is not None:
        need(fold(r["title"]) in text, w + ": title not in text")
    for f in ("carriers", "partners"):
        need(isinstance(r[f], list), w + ": " + f + " not a list")
        for v in r[f]:
            need(isinstance(v, str) and fold(v) in text, w + ": " + f + " " + str(v) + " not in text")
    t = r["territory"]
    if t is not None:
        need(set(t) == {"value", "departments"}, w + ": territory keys")
        need(fold(t["value"]) in text, w + ": territory not in text")
        need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), w + ": departments")
    if r["year"] is not None:
        need(isinstance(r["year"], int) and str(r["year"]) in text, w + ": year")
    need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), w + ": mode")
    for f in ("households", "housing_units"):
        q = r[f]
        check_q(w + " " + f, q)
        if q and not q["approximate"]:
            need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text), w + ": " + f + " count not in text")
        if q and q.get("unit"):
            need(fold(q["unit"]) in text, w + ": " + f + " unit not in text")
    d = r["duration"]
    if d is not None:
        need(set(d) == {"months", "start", "end", "renewable"}, w + ": duration keys")
        need(d["months"] is None or isinstance(d["months"], int), w + ": months")
        need(isinstance(d["renewable"], bool), w + ": renewable")
        for k in ("start", "end"):
            if d[k] is not None:
                need(isinstance(d[k], str) and d[k] in text, w + ": duration " + k + " not in text")
    c = r["cost"]
    if c is not None:
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, w + ": cost keys")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and v.isdigit(), w + ": " + k + " not a decimal string")
                need(spaced(v) in text, w + ": " + k + " " + v + " not in text")
    need(isinstance(r["funding"], list), w + ": funding")
    for f in r["funding"]:
        need(set(f) == {"source", "eur", "share_percent"}, w + ": funding keys")
        need(fold(f["source"]) in text, w + ": funder " + f["source"] + " not in text")
        if f["eur"] is not None:
            need(spaced(f["eur"]) in text, w + ": funding amount not in text")
        if f["share_percent"] is not None:
            need(re.search(re.escape(f["share_percent"]) + r" ?%", text), w + ": share not in text")
    need(isinstance(r["contacts"], list), w + ": contacts")
    for p in r["contacts"]:
        need({"name", "email", "phone"} <= set(p), w + ": contact keys")
        need(fold(p["name"]) in text, w + ": contact name " + p["name"] + " not in text")
        for k in ("email", "phone"):
            if p.get(k) is not None:
                need(fold(p[k]) in text, w + ": contact " + k + " not in text")


def main():
    docs = sorted(os.listdir(DOCS))
    need(len(docs) == 7, "expected 7 documents, found %d" % len(docs))
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            bad("no gold for " + name)
            continue
        g = json.load(open(path, encoding="utf-8"))
        need(set(g) == {"file", "records"} and g["file"] == name, name + ": top-level shape")
        text = doc_text(name)
        keys = [r.get("key") for r in g["records"]]
        need(len(keys) == len(set(keys)), name + ": duplicate keys")
        need(len(g["records"]) > 0, name + ": no records")
        for r in g["records"]:
            if r.get("kind") == "project":
                check_project(name, text, r)
            elif r.get("kind") == "index_row":
                need(set(r) == INDEX_KEYS, name + ": index keys")
                need(r["key"] == "index " + r["section"], name + ": index key")
                for k in ("section", "localisation", "organisme", "page"):
                    need(isinstance(r[k], str) and fold(r[k]) in text, name + ": index " + k + " not in text")
            else:
                bad(name + ": unknown kind")
    c = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    need(set(c) == {"clusters"} and isinstance(c["clusters"], list), "clusters.json shape")
    for cl in c["clusters"]:
        need(set(cl) == {"records", "why"} and isinstance(cl["why"], str) and len(cl["records"]) >= 2, "cluster shape")
        for rec in cl["records"]:
            p = os.path.join(GOLD, rec["file"] + ".json")
            ok = os.path.exists(p) and any(r["key"] == rec["key"] for r in json.load(open(p, encoding="utf-8"))["records"])
            need(ok, "cluster record not found: %s %s" % (rec["file"], rec["key"]))
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print("OK")


main()
