#!/usr/bin/env python3
"""Validate holdout479's gold: shape, keys, types, and that quoted values occur in their document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)


def text_of(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(t)
    return t


def is_q(q, where):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{where}: bad quantity {q!r}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool):
        err(f"{where}: per/approximate")
    if set(q) - {"min", "max", "per", "approximate", "unit"}:
        err(f"{where}: extra keys")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if golds != [d + ".json" for d in docs]:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = data.get("file")
        if name + ".json" != g:
            err(f"{g}: file field {name!r}")
            continue
        t = fold(text_of(name))
        digits = re.sub(r"[\s\u00a0\u202f]", "", text_of(name))

        def found(v, where):
            if not isinstance(v, str) or fold(v) not in t:
                err(f"{name} {where}: {v!r} not found")

        seen = set()
        for r in data["records"]:
            k = r.get("key")
            if k in seen:
                err(f"{name}: duplicate key {k}")
            seen.add(k)
            keys.setdefault(name, set()).add(k)
            w = f"[{k}]"
            if r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{name} {w}: keys {sorted(r)}")
                if k != "index " + str(r["section"]):
                    err(f"{name} {w}: key/section")
                for f in ("section", "localisation", "organisme", "page"):
                    found(r[f], w + f)
                continue
            if r.get("kind") != "project" or set(r) != PROJECT_KEYS:
                err(f"{name} {w}: kind or keys {sorted(r)}")
                continue
            if r["section"] is not None and k != r["section"]:
                err(f"{name} {w}: key/section")
            if r["title"] is not None:
                found(r["title"], w + "title")
            for f in ("carriers", "partners"):
                if not isinstance(r[f], list):
                    err(f"{name} {w}: {f} not a list")
                for v in r[f]:
                    found(v, w + f)
            if r["territory"] is not None:
                found(r["territory"]["value"], w + "territory")
                if not all(re.fullmatch(r"\d[\dAB]\d?", d) for d in r["territory"]["departments"]):
                    err(f"{name} {w}: departments")
            if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in t):
                err(f"{name} {w}: year")
            if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
                err(f"{name} {w}: mode")
            is_q(r["households"], f"{name} {w} households")
            is_q(r["housing_units"], f"{name} {w} housing_units")
            d = r["duration"]
            if d is not None:
                if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                    err(f"{name} {w}: duration shape")
                for f in ("start", "end"):
                    if d[f] is not None and d[f] not in t:
                        err(f"{name} {w}: duration {f}")
            c = r["cost"]
            if c is not None:
                if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                    err(f"{name} {w}: cost shape")
                for v in c.values():
                    if v is not None and (not re.fullmatch(r"\d+", v) or v not in digits):
                        err(f"{name} {w}: cost {v!r}")
            for fu in r["funding"]:
                if set(fu) != {"source", "eur", "share_percent"}:
                    err(f"{name} {w}: funding shape")
                found(fu["source"], w + "funding")
                if fu["eur"] is not None and fu["eur"] not in digits:
                    err(f"{name} {w}: funding eur {fu['eur']}")
                if fu["share_percent"] is not None and fu["share_percent"] not in t:
                    err(f"{name} {w}: share")
            for ct in r["contacts"]:
                if set(ct) != {"name", "email", "phone"}:
                    err(f"{name} {w}: contact shape")
                found(ct["name"], w + "contact")
                for f in ("email", "phone"):
                    if ct[f] is not None:
                        found(ct[f], w + f)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
            err("clusters: shape")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()):
                err(f"clusters: {rec} not in gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
