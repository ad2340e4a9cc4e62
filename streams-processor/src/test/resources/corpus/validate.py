#!/usr/bin/env python3
"""Checks a live-blog corpus directory against the gold format of BRIEF.md and prints a summary.

    python3 validate.py DIR
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def strip_marks(s):
    return re.sub("[\u201c\u201d\u2018\u2019\"'\u201e]", "", s)


def normal(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub("[\u2018\u2019]", "'", s)
    s = re.sub("[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def main(d):
    d = d.rstrip("/")
    name = os.path.basename(d)
    polls = sorted(glob.glob(os.path.join(d, "poll-*.txt")), key=lambda p: int(re.search(r"poll-(\d+)", p).group(1)))
    if not polls:
        err("no poll-N.txt files")
        return
    lines = {}
    for p in polls:
        base = os.path.basename(p)
        raw = open(p, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{base}: not UTF-8: {e}")
            continue
        for i, line in enumerate(text.split("\n")):
            if i == len(text.split("\n")) - 1 and line == "":
                continue
            if not line.strip():
                err(f"{base}:{i + 1}: blank line")
            lines[f"{base}:{i + 1}"] = line.strip()
    last = os.path.basename(polls[-1])
    last_count = sum(1 for k in lines if k.startswith(last + ":"))
    if not 40 <= last_count <= 60:
        err(f"{last} has {last_count} lines; the last poll must have 40 to 60")
    props = os.path.join(d, name + ".properties")
    if not os.path.exists(props):
        err(f"missing {name}.properties")
    else:
        kv = dict(l.split("=", 1) for l in open(props, encoding="utf-8").read().splitlines()
                  if "=" in l and not l.startswith("#"))
        for k in ("liveblog.blog.id", "liveblog.blog.date", "liveblog.blog.zone"):
            if k not in kv:
                err(f"{name}.properties lacks {k}")
    gpath = os.path.join(d, name + ".gold.json")
    if not os.path.exists(gpath):
        err(f"missing {name}.gold.json")
        return
    g = json.load(open(gpath, encoding="utf-8"))
    for k in ("about", "blog", "chrome_lines", "entry_duplicate_groups", "must_stay_distinct", "entities_required",
              "entities_optional", "quotes", "attributions", "time_mentions", "published_times"):
        if k not in g:
            err(f"gold lacks '{k}'")
    if errors:
        return
    blog = g["blog"]
    try:
        import zoneinfo
        zoneinfo.ZoneInfo(blog["timezone"])
        datetime.date.fromisoformat(blog["date"])
    except Exception as e:
        err(f"blog date/timezone invalid: {e}")
    if blog.get("polls") != [os.path.basename(p) for p in polls]:
        err(f"blog.polls {blog.get('polls')} is not the poll files {[os.path.basename(p) for p in polls]}")

    def ref(r, where):
        if r not in lines:
            err(f"{where}: no line {r}")
            return None
        return lines[r]

    chrome = set(g["chrome_lines"])
    for r in chrome:
        ref(r, "chrome_lines")
    in_group = {}
    kinds = {}
    for i, grp in enumerate(g["entry_duplicate_groups"]):
        w = f"entry_duplicate_groups[{i}]"
        for r in grp["lines"]:
            ref(r, w)
            if r in in_group:
                err(f"{w}: {r} is also in group {in_group[r]}")
            in_group[r] = i
        if grp.get("chrome"):
            if not all(r in chrome for r in grp["lines"]):
                err(f"{w}: chrome group with news lines")
            continue
        if any(r in chrome for r in grp["lines"]):
            err(f"{w}: news group holds chrome lines")
        if grp.get("kind") not in ("exact", "near", "contained"):
            err(f"{w}: kind {grp.get('kind')}")
        kinds[grp.get("kind")] = kinds.get(grp.get("kind"), 0) + 1
        if grp.get("keep_text_of") not in grp["lines"]:
            err(f"{w}: keep_text_of not among its lines")
        texts = {lines.get(r) for r in grp["lines"]}
        if grp.get("kind") == "exact" and len({normal(t) for t in texts if t}) != 1:
            err(f"{w}: exact group with different texts (beyond quote marks, dashes, spacing and case)")
        if grp.get("kind") in ("near", "contained") and len(texts) < 2:
            err(f"{w}: {grp.get('kind')} group whose texts are all identical")
    # every news line repeated across polls should be in a group
    by_text = {}
    for r, t in lines.items():
        if r not in chrome:
            by_text.setdefault(t, []).append(r)
    for t, rs in by_text.items():
        if len(rs) > 1 and len({in_group.get(r) for r in rs}) != 1 or (len(rs) > 1 and in_group.get(rs[0]) is None):
            err(f"identical news lines {rs} are not in one duplicate group")
    for i, pair in enumerate(g["must_stay_distinct"]):
        a, b = pair["lines"]
        ref(a, f"must_stay_distinct[{i}]")
        ref(b, f"must_stay_distinct[{i}]")
        if a in in_group and in_group.get(a) == in_group.get(b):
            err(f"must_stay_distinct[{i}]: {a} and {b} are in one duplicate group")
        if a in chrome or b in chrome:
            err(f"must_stay_distinct[{i}]: chrome line")
    news = [r for r in lines if r not in chrome]
    req = g["entities_required"]
    for r in news:
        if r not in req:
            err(f"entities_required has no key for news line {r} (use [] when it names nothing)")
    types = {}
    for field in ("entities_required", "entities_optional"):
        for r, ents in g[field].items():
            t = ref(r, field)
            if t is None:
                continue
            if r in chrome:
                err(f"{field}: {r} is a chrome line")
            for e in ents:
                if e.get("type") not in ("PERSON", "ORGANIZATION", "PLACE"):
                    err(f"{field} {r}: type {e.get('type')}")
                if not e.get("name"):
                    err(f"{field} {r}: entity without name")
                m = e.get("mention")
                if not m:
                    err(f"{field} {r}: {e.get('name')} without mention")
                elif m not in t:
                    err(f"{field} {r}: mention '{m}' not on the line")
                if field == "entities_required":
                    types[e.get("type")] = types.get(e.get("type"), 0) + 1
    for i, q in enumerate(g["quotes"]):
        t = ref(q["line"], f"quotes[{i}]")
        if t is None:
            continue
        if ("speaker" in q) == ("anonymous" in q):
            err(f"quotes[{i}] {q['line']}: give exactly one of speaker and anonymous")
        words = strip_marks(q.get("text", "")).strip()
        if len(words.split()) < 3:
            err(f"quotes[{i}] {q['line']}: text has fewer than three words")
        if strip_marks(words)[:40] not in strip_marks(t):
            err(f"quotes[{i}] {q['line']}: text '{words[:40]}' not on the line")
    for i, a in enumerate(g["attributions"]):
        ref(a["line"], f"attributions[{i}]")
    for i, tm in enumerate(g["time_mentions"]):
        t = ref(tm["line"], f"time_mentions[{i}]")
        if t is None:
            continue
        if tm["mention"] not in t:
            err(f"time_mentions[{i}] {tm['line']}: '{tm['mention']}' not on the line")
        if ("utc" in tm) == ("date" in tm):
            err(f"time_mentions[{i}] {tm['line']}: give exactly one of utc and date")
        try:
            if "utc" in tm:
                if not tm["utc"].endswith("Z"):
                    err(f"time_mentions[{i}]: utc must end with Z")
                datetime.datetime.fromisoformat(tm["utc"].replace("Z", "+00:00"))
            else:
                datetime.date.fromisoformat(tm["date"])
        except Exception as e:
            err(f"time_mentions[{i}]: {e}")
    for i, pt in enumerate(g["published_times"]):
        t = ref(pt["line"], f"published_times[{i}]")
        if t is not None and pt["prefix"] not in t[:40]:
            err(f"published_times[{i}] {pt['line']}: prefix '{pt['prefix']}' not at the start of the line")
    print(f"{name}: {len(polls)} polls, {len(lines)} lines ({last_count} in the last), {len(chrome)} chrome, "
          f"groups {kinds}, {len(g['must_stay_distinct'])} must-stay-distinct, entities {types}, "
          f"{len(g['quotes'])} quotes, {len(g['attributions'])} attributions, {len(g['time_mentions'])} times, "
          f"{len(g['published_times'])} published times")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: validate.py DIR")
    main(sys.argv[1])
    for e in errors:
        print("ERROR:", e)
    for w in warnings:
        print("warning:", w)
    sys.exit(1 if errors else 0)
