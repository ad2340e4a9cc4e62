#!/usr/bin/env python3
"""Builds the cyclone-ora test corpus: three successive polls of one invented live blog, and its gold file.

The event, the places and the people are invented; every sentence was written for this corpus. Each item below
is one news item (or one piece of page furniture) with its text in each poll that shows it (None: not yet
published). Re-running this script rewrites poll-1.txt, poll-2.txt, poll-3.txt and cyclone-ora.gold.json.
Pages list entries newest first, like the live blogs they imitate.

    python3 build_corpus.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, kind, [text in poll 1, poll 2, poll 3]); kind is "news" or "furniture". Items are listed oldest first.
Q = "\u201c"  # opening curly quote
E = "\u201d"  # closing curly quote
ITEMS = [
    ("headline", "news", [
        "Cyclone Ora makes landfall on the Calder coast as thousands shelter inside",
    ] * 3),
    ("f-alerts", "furniture", ["Get breaking news alerts straight to your phone: download our app."] * 3),
    ("e01", "news", [
        "Cyclone Ora crossed the coast just north of Port Merrow shortly after 03:00 local time, the national weather office said.",
    ] * 3),
    ("e02", "news", [
        "Winds of up to 190km/h were recorded at the Tallis Point lighthouse before the instruments failed.",
    ] * 3),
    ("e03-typo", "news", [
        "Emergency minister Ilse Varga told reporters that more than 40,000 people had spent the night in evacuation centres accross the province.",
        "Emergency minister Ilse Varga told reporters that more than 40,000 people had spent the night in evacuation centres across the province.",
        "Emergency minister Ilse Varga told reporters that more than 40,000 people had spent the night in evacuation centres across the province.",
    ]),
    ("e04", "news", [
        "Power is out for about 310,000 homes, the grid operator Calder Energy said in a statement.",
    ] * 3),
    ("e05-appended", "news", [
        "The coastal highway between Port Merrow and Dunmore has been closed after a section collapsed into the sea.",
        "The coastal highway between Port Merrow and Dunmore has been closed after a section collapsed into the sea. Police said no vehicles were on that stretch at the time.",
        "The coastal highway between Port Merrow and Dunmore has been closed after a section collapsed into the sea. Police said no vehicles were on that stretch at the time.",
    ]),
    ("f-advert", "furniture", ["ADVERTISEMENT"] * 3),
    ("e06", "news", [
        "Rescue crews have reached the fishing village of Ashcombe, where several roofs were torn off overnight.",
    ] * 3),
    ("e07-quotes", "news", [
        '"We have never seen water this high in the harbour," said Tomas Reyne, the harbour master, who has worked in Port Merrow for 31 years.',
        '"We have never seen water this high in the harbour," said Tomas Reyne, the harbour master, who has worked in Port Merrow for 31 years.',
        Q + "We have never seen water this high in the harbour," + E + " said Tomas Reyne, the harbour master, who has worked in Port Merrow for 31 years.",
    ]),
    ("e08", "news", [
        "Rescue teams have reached Ashcombe and are checking every house on the seafront.",
    ] * 3),
    ("e09-word", "news", [
        "The weather office downgraded Ora to a category three storm as it moved inland over the Kessel hills, but warned that heavy rain would continue into the evening across the whole of the northern province.",
        "The weather office downgraded Ora to a category three storm as it moved inland over the Kessel hills, but warned that heavy rain would continue into the evening across the whole of the northern province.",
        "The weather office downgraded Ora to a category three storm as it moved inland over the Kessel hills, but warned that torrential rain would continue into the evening across the whole of the northern province.",
    ]),
    ("e10-toll", "news", [
        "The death toll has risen to 12, the provincial government said.",
    ] * 3),
    ("f-share", "furniture", ["Share this post on Facebook, X or WhatsApp"] * 3),
    ("e11", "news", [
        "Rescue teams have reached Dunmore and are checking every house on the seafront.",
    ] * 3),
    ("e12-truncated", "news", [
        "Hospitals in Port Merrow are running on generators and have postponed all planned operations, the regional",
        "Hospitals in Port Merrow are running on generators and have postponed all planned operations, the regional health authority said, adding that two field clinics would open by noon.",
        "Hospitals in Port Merrow are running on generators and have postponed all planned operations, the regional health authority said, adding that two field clinics would open by noon.",
    ]),
    ("e13", "news", [
        "Officials said the Kessel dam would hold, although water was flowing over its spillway for the first time since it was built.",
    ] * 3),
    ("e14-quote-full", "news", [
        Q + "Our first job is to reach the people who are cut off. Boats and helicopters are already out, and more will follow as soon as the wind drops below 80km/h," + E + " prime minister Anders Halvik said in a televised address.",
    ] * 3),
    ("f-comments", "furniture", ["Comments on this live blog are closed."] * 3),
    ("e15", "news", [
        "The airport at Port Merrow will remain closed until at least Thursday, its operator said.",
    ] * 3),
    ("e16-quote-short", "news", [
        Q + "Our first job is to reach the people who are cut off. Boats and helicopters are already out," + E + " Mr Halvik said, according to AFP.",
    ] * 3),
    ("e17", "news", [
        "Halvik, who cut short a visit abroad, is expected to fly over the worst-hit areas on Wednesday afternoon.",
    ] * 3),
    ("e18", "news", [
        "Schools across the province will stay shut on Wednesday and Thursday, the education ministry announced.",
    ] * 3),
    # Published from poll 2 on.
    ("e19", "news", [None,
        "Neighbouring Sorland has offered to send 200 firefighters and four water-rescue teams, its foreign ministry said.",
        "Neighbouring Sorland has offered to send 200 firefighters and four water-rescue teams, its foreign ministry said."]),
    ("e20-dam-not", "news", [None,
        "Officials said the Kessel dam would not hold if the rain continued at the same rate for another 12 hours.",
        "Officials said the Kessel dam would not hold if the rain continued at the same rate for another 12 hours."]),
    ("f-login", "furniture", [None,
        "Already have an account? Log in to keep reading and follow the stories you care about.",
        "Already have an account? Log in to keep reading and follow the stories you care about."]),
    ("e21", "news", [None,
        "Around 3,000 people living below the dam are being moved to higher ground as a precaution, police said.",
        "Around 3,000 people living below the dam are being moved to higher ground as a precaution, police said."]),
    ("e22-toll", "news", [None,
        "The death toll has risen to 19, the provincial government said.",
        "The death toll has risen to 19, the provincial government said."]),
    ("e23", "news", [None,
        "The Red Cross said it was setting up a tracing service for families who had lost contact with relatives in Ashcombe and Dunmore.",
        "The Red Cross said it was setting up a tracing service for families who had lost contact with relatives in Ashcombe and Dunmore."]),
    ("e24", "news", [None,
        "Insurers estimate the damage at about $2.5bn, according to an early assessment by a risk consultancy seen by Reuters.",
        "Insurers estimate the damage at about $2.5bn, according to an early assessment by a risk consultancy seen by Reuters."]),
    ("e25", "news", [None,
        "Varga said the army had deployed 1,200 soldiers to help with evacuations and to clear roads blocked by fallen trees.",
        "Varga said the army had deployed 1,200 soldiers to help with evacuations and to clear roads blocked by fallen trees."]),
    ("e26-quote", "news", [None,
        Q + "People should not try to drive through flooded roads. Half a metre of moving water is enough to sweep a car away," + E + " Varga said.",
        Q + "People should not try to drive through flooded roads. Half a metre of moving water is enough to sweep a car away," + E + " Varga said."]),
    ("e27", "news", [None,
        "Trains between the capital and Port Merrow have been cancelled for the rest of the day, the rail operator said.",
        "Trains between the capital and Port Merrow have been cancelled for the rest of the day, the rail operator said."]),
    ("f-follow", "furniture", [None,
        "Follow our live coverage for all the latest updates throughout the day.",
        "Follow our live coverage for all the latest updates throughout the day."]),
    ("e28", "news", [None,
        "A second rescue helicopter has been sent to Ashcombe after reports that a family was trapped on the roof of a farmhouse.",
        "A second rescue helicopter has been sent to Ashcombe after reports that a family was trapped on the roof of a farmhouse."]),
    ("e29", "news", [None,
        "Halvik repeated that boats and helicopters were already out as he arrived at the crisis centre in the capital.",
        "Halvik repeated that boats and helicopters were already out as he arrived at the crisis centre in the capital."]),
    # Published in poll 3 only.
    ("e30", "news", [None, None,
        "The family trapped near Ashcombe, two adults and three children, has been lifted to safety, the coastguard said."]),
    ("e31-toll", "news", [None, None,
        "The death toll has risen to 23, the provincial government said."]),
    ("e32", "news", [None, None,
        "Calder Energy said power had been restored to about 90,000 homes, but warned that some rural areas could wait a week."]),
    ("f-newsletter", "furniture", [None, None,
        "Sign up to our free morning newsletter and start your day with the stories that matter."]),
    ("e33", "news", [None, None,
        "The Kessel dam is holding and the water level behind it has started to fall, the water authority said this evening."]),
    ("e34-quote", "news", [None, None,
        Q + "The worst is behind us, but the clean-up will take months. Nobody will be left to do it alone," + E + " Halvik told reporters in Ashcombe."]),
    ("e35", "news", [None, None,
        "The government has approved an emergency fund of $400m for rebuilding homes and roads on the coast."]),
    ("e36-fund", "news", [None, None,
        "The government has approved an emergency fund of $150m for farmers whose crops were destroyed."]),
    ("e37", "news", [None, None,
        "Sorland's firefighters have arrived in Dunmore and are pumping water out of flooded basements."]),
    ("e38", "news", [None, None,
        "Schools in Port Merrow will reopen on Monday, the education ministry said, except for three buildings still used as shelters."]),
    ("e39-repeat", "news", [None, None,
        "Evacuation orders for the area below the Kessel dam have been lifted, police said."]),
    ("e40", "news", [None, None,
        "Volunteers have begun clearing mud and debris from the main street of Ashcombe."]),
    ("e41", "news", [None, None,
        "That brings the number of people still missing to seven, the coastguard said."]),
]

# The people each item names (the reference data knows none of them): the gold for person-name recall.
PEOPLE = {
    "e03-typo": ["Ilse Varga"],
    "e07-quotes": ["Tomas Reyne"],
    "e14-quote-full": ["Anders Halvik"],
    "e16-quote-short": ["Anders Halvik"],
    "e17": ["Anders Halvik"],
    "e25": ["Ilse Varga"],
    "e26-quote": ["Ilse Varga"],
    "e29": ["Anders Halvik"],
    "e34-quote": ["Anders Halvik"],
}

# Who is quoted in each item that quotes someone.
SPEAKERS = {
    "e07-quotes": "Tomas Reyne",
    "e14-quote-full": "Anders Halvik",
    "e16-quote-short": "Anders Halvik",
    "e26-quote": "Ilse Varga",
    "e34-quote": "Anders Halvik",
}

# The times and days each item mentions, resolved against the blog's date (Tuesday 2031-03-11) and zone
# (Europe/Oslo, UTC+1 in March).
TIMES = {
    "e01": [{"mention": "03:00 local time", "utc": "2031-03-11T02:00:00Z"}],
    "e15": [{"mention": "Thursday", "date": "2031-03-13"}],
    "e17": [{"mention": "on Wednesday", "date": "2031-03-12"}],
    "e18": [{"mention": "on Wednesday", "date": "2031-03-12"}, {"mention": "Thursday", "date": "2031-03-13"}],
    "e33": [{"mention": "this evening", "date": "2031-03-11"}],
    "e38": [{"mention": "on Monday", "date": "2031-03-17"}],
}

# Items that appear twice within one poll: a sticky entry the page repeats at the top of poll 3.
REPEATED_IN_POLL = {2: ["e39-repeat"]}

# Pairs that share much but are different items (why, for the reader of the gold file).
MUST_STAY_DISTINCT = [
    (("e08", "e11"), "same template, different village"),
    (("e10-toll", "e22-toll"), "same template, different number"),
    (("e22-toll", "e31-toll"), "same template, different number"),
    (("e13", "e20-dam-not"), "the dam would hold / would not hold"),
    (("e35", "e36-fund"), "same template, different amount and purpose"),
    (("e14-quote-full", "e29"), "a later entry repeats words of the quote without quoting it"),
    (("e06", "e08"), "two entries on the same village"),
    (("e28", "e30"), "consecutive entries on one rescue"),
    (("headline", "e01"), "headline and an entry on the same event"),
    (("e04", "e32"), "same grid operator, different facts"),
]


def pages():
    """Each poll's page: its entries newest first, as (item id, text)."""
    result = []
    for poll in range(3):
        shown = [(item_id, texts[poll]) for item_id, _, texts in ITEMS if texts[poll] is not None]
        page = list(reversed(shown))
        for item_id in REPEATED_IN_POLL.get(poll, []):
            text = next(t for i, t in shown if i == item_id)
            page.insert(0, (item_id, text))
        result.append(page)
    return result


def main():
    kinds = {item_id: kind for item_id, kind, _ in ITEMS}
    lines_of = {}
    for poll, page in enumerate(pages(), start=1):
        name = f"poll-{poll}.txt"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("\n".join(text for _, text in page) + "\n")
        for line, (item_id, _) in enumerate(page, start=1):
            lines_of.setdefault(item_id, []).append(f"{name}:{line}")
    gold = {
        "about": "Hand annotation of the cyclone-ora corpus (invented event, places, people and sentences): three "
                 "successive polls of one live blog, newest first. Entries are named 'file:line'. Built by "
                 "build_corpus.py.",
        "blog": {"date": "2031-03-11", "timezone": "Europe/Oslo", "order": "newest-first",
                 "polls": ["poll-1.txt", "poll-2.txt", "poll-3.txt"]},
        "chrome_lines": sorted((ref for i, refs in lines_of.items() if kinds[i] == "furniture" for ref in refs),
                               key=lambda ref: (ref.split(":")[0], int(ref.split(":")[1]))),
        "entry_duplicate_groups": [],
        "must_stay_distinct": [],
    }
    for item_id, kind, texts in ITEMS:
        refs = lines_of[item_id]
        if len(refs) < 2:
            continue
        group = {"lines": refs, "item": item_id}
        if kind == "furniture":
            group["kind"] = "exact"
            group["chrome"] = True
        else:
            group["kind"] = "near" if "typo" in item_id or "word" in item_id else (
                "contained" if "appended" in item_id or "truncated" in item_id else "exact")
            last = [t for t in texts if t is not None][-1]
            group["keep_text_of"] = refs[-1] if last else refs[0]
        gold["entry_duplicate_groups"].append(group)
    # the same quotation under two attributions, within each poll: one item
    quote_group = {"lines": lines_of["e14-quote-full"] + lines_of["e16-quote-short"], "item": "e14-quote-full",
                   "kind": "contained", "keep_text_of": lines_of["e14-quote-full"][-1],
                   "why": "one statement quoted twice, once cut short, with a different attribution clause"}
    gold["entry_duplicate_groups"] = [g for g in gold["entry_duplicate_groups"]
                                      if g["item"] not in ("e14-quote-full", "e16-quote-short")] + [quote_group]
    gold["entities_required"] = {
        ref: [{"type": "PERSON", "name": name} for name in PEOPLE[item_id]]
        for item_id in PEOPLE for ref in lines_of[item_id]}
    gold["entities_note"] = "People only: the corpus tests finding people the reference data does not know."
    gold["entity_types"] = ["PERSON"]
    gold["quotes"] = [{"line": ref, "speaker": speaker}
                      for item_id, speaker in SPEAKERS.items() for ref in lines_of[item_id]]
    gold["time_mentions"] = [dict(line=ref, **time)
                             for item_id, times in TIMES.items() for ref in lines_of[item_id] for time in times]
    for (a, b), why in MUST_STAY_DISTINCT:
        gold["must_stay_distinct"].append({"lines": [lines_of[a][-1], lines_of[b][-1]], "why": why})
    with open(os.path.join(HERE, "cyclone-ora.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    news = sum(1 for _, kind, _ in ITEMS if kind == "news")
    entries = sum(len(page) for page in pages())
    print(f"{news} news items, {len(ITEMS) - news} furniture items, {entries} entries in 3 polls")


if __name__ == "__main__":
    main()
