#!/usr/bin/env python3
"""Check holdout149 gold files: keys and types per ../gold/README.md, and that every gold
value (titles, carriers, partners, territory, contact names, e-mails, phones, amounts in some
written form, index cells) occurs in its document after decoding (UTF-8 or Windows-1252, HTML
entities and tags) and folding (case, accents, apostrophes, dashes, no-break spaces, oe).
Usage: python3 check.py   (from any directory; stdlib only)"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
errors = []

def err(f, k, msg):
    errors.append(f"{f} [{k}]: {msg}")

def decode(path):
    b = open(path, "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
    else:
        s = re.sub(r"<[^>]+>", " ", s)      # stray fragments in text (guide <div>)
    return html.unescape(s)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a, b in (("’", "'"), ("‘", "'"), ("–", "-"), ("—", "-"), ("œ", "oe"), ("Œ", "oe"),
                 ("æ", "ae"), ("Æ", "ae"), ("*", " ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s).strip()

def amount_forms(eur):
    n = int(eur)
    forms = {str(n), f"{n:,}".replace(",", " "), f"{n:,}".replace(",", ".")}
    if n % 100 == 0:
        k = n / 1000
        forms.add((f"{k:.1f}".rstrip("0").rstrip(".")).replace(".", ",") + " k€")
    return forms

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)
def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x))

def check_q(f, k, name, q):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f, k, f"{name}: bad quantity {q}")
    if not (is_int(q["min"]) and is_int(q["max"]) and q["min"] <= q["max"]):
        err(f, k, f"{name}: min/max")
    if q["per"] not in ("total", "year"): err(f, k, f"{name}: per")
    if not isinstance(q["approximate"], bool): err(f, k, f"{name}: approximate")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}: err(f, k, f"{name}: extra keys")

def main():
    gfiles = sorted(x for x in os.listdir(GOLD) if x.endswith(".json") and x != "clusters.json")
    docs = sorted(os.listdir(DOCS))
    if sorted(g[:-5] for g in gfiles) != docs:
        err("-", "-", f"gold files {gfiles} do not match documents {docs}")
    keys_by_file = {}
    for g in gfiles:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f != g[:-5] or set(data) != {"file", "records"}:
            err(g, "-", "bad top level"); continue
        text = fold(decode(os.path.join(DOCS, f)))
        def occurs(k, what, v):
            if fold(v) not in text: err(f, k, f"{what} not found: {v!r}")
        keys = [r.get("key") for r in data["records"]]
        if len(keys) != len(set(keys)): err(f, "-", "duplicate keys")
        keys_by_file[f] = set(keys)
        one = sum(1 for r in data["records"] if r["kind"] == "project") == 1
        for r in data["records"]:
            k = r.get("key")
            if r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f, k, f"index keys {sorted(r)}")
                if k != "index " + str(r.get("section")): err(f, k, "index key rule")
                for c in ("section", "localisation", "organisme", "page"): occurs(k, c, r[c])
                continue
            if r.get("kind") != "project": err(f, k, "kind"); continue
            if set(r) - PROJECT_KEYS: err(f, k, f"unknown keys {set(r) - PROJECT_KEYS}")
            sec = r.get("section")
            if sec is not None:
                if k != sec: err(f, k, "numbered monograph key must be its section")
                occurs(k, "section", sec)
            elif one and not f.startswith(("brochure", "evaluation")):
                if k != "document": err(f, k, "one-project document key must be 'document'")
            elif k != r.get("title"): err(f, k, "section key must be its title")
            if r.get("section_as_written") is not None: occurs(k, "section_as_written", r["section_as_written"])
            if not isinstance(r.get("title"), str): err(f, k, "title")
            else: occurs(k, "title", r["title"])
            for c in ("carriers", "partners"):
                if not isinstance(r.get(c), list): err(f, k, c); continue
                for v in r[c]: occurs(k, c, v)
            t = r.get("territory")
            if t is not None:
                if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"]):
                    err(f, k, "territory shape")
                occurs(k, "territory", t["value"])
            y = r.get("year")
            if y is not None:
                if not is_int(y): err(f, k, "year type")
                else: occurs(k, "year", "- " + str(y))
            if r.get("mode") is not None and r["mode"] not in MODES: err(f, k, "mode")
            for c in ("households", "housing_units"): check_q(f, k, c, r.get(c))
            d = r.get("duration")
            if d is not None:
                if set(d) != {"months", "start", "end", "renewable"}: err(f, k, "duration keys")
                if d["months"] is not None and not is_int(d["months"]): err(f, k, "months")
                if not isinstance(d["renewable"], bool): err(f, k, "renewable")
                for c in ("start", "end"):
                    if d[c] is not None:
                        if not re.fullmatch(r"\d{4}", d[c]): err(f, k, c)
                        else: occurs(k, "duration " + c, d[c])
            c = r.get("cost")
            if c is not None:
                if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, k, "cost keys")
                for ck, v in c.items():
                    if not is_dec(v): err(f, k, f"{ck} not a decimal string")
                    elif v is not None and not any(fold(x) in text for x in amount_forms(v)):
                        err(f, k, f"{ck} {v} not found in any written form")
            for fu in r.get("funding", []):
                if set(fu) != {"source", "eur", "share_percent"}: err(f, k, "funding keys")
                occurs(k, "funding source", fu["source"])
                words = {"50": "moitie", "25": "quart"}
                sp = fu["share_percent"]
                if sp is not None and not (re.search(r"\b" + sp + r" ?%", text) or (sp in words and words[sp] in text)):
                    err(f, k, f"share {fu['share_percent']} % not found")
            if not isinstance(r.get("contacts"), list): err(f, k, "contacts")
            for ct in r.get("contacts", []):
                if set(ct) - {"name", "email", "phone", "role", "organisation"}: err(f, k, "contact keys")
                occurs(k, "contact name", ct["name"])
                for cc in ("email", "phone", "role", "organisation"):
                    if ct.get(cc): occurs(k, "contact " + cc, ct[cc])
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str): err("clusters.json", "-", "why")
        for rec in c["records"]:
            if rec["key"] not in keys_by_file.get(rec["file"], set()):
                err("clusters.json", rec["key"], f"no such record in {rec['file']}")
    n = sum(len(v) for v in keys_by_file.values())
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); return 1
    print(f"OK: {len(gfiles)} gold files, {n} records, clusters.json consistent"); return 0

if __name__ == "__main__":
    sys.exit(main())
