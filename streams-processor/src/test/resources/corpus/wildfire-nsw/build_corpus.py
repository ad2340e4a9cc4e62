#!/usr/bin/env python3
"""Builds the wildfire-nsw corpus: three polls of an invented Australian live blog of a NSW bushfire
emergency (Monday 28 December 2026) and its hand annotation.

Every item is described once, oldest first, with its text in each poll; the page layout of each poll
(newest first, with page furniture) is given as a list of item ids. Entities, quotes, times and
attributions are given per item and kept, per poll version, when their text is on that version's line
(the script checks that each annotation matches at least one version).

    python3 build_corpus.py      # writes poll-1.txt .. poll-3.txt, wildfire-nsw.gold.json, .properties
"""
import datetime
import json
import os
import re
import unicodedata
from zoneinfo import ZoneInfo

NAME = "wildfire-nsw"
DATE = "2026-12-28"
ZONE = "Australia/Sydney"
HERE = os.path.dirname(os.path.abspath(__file__))
POLLS = [1, 2, 3]

P, O, L = "PERSON", "ORGANIZATION", "PLACE"

RFS = (O, "NSW Rural Fire Service")
BOM = (O, "Bureau of Meteorology")


def utc(clock, zone=ZONE, day=DATE):
    """clock 'HH:MM' on `day` in `zone` -> ISO UTC instant."""
    h, m = map(int, clock.split(":"))
    y, mo, d = map(int, day.split("-"))
    t = datetime.datetime(y, mo, d, h, m, tzinfo=ZoneInfo(zone)).astimezone(datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def T(mention, clock=None, zone=ZONE, date=None):
    if clock:
        return {"mention": mention, "utc": utc(clock, zone)}
    return {"mention": mention, "date": date}


TODAY = "2026-12-28"
YESTERDAY = "2026-12-27"
TOMORROW = "2026-12-29"

# ---------------------------------------------------------------- chrome (page furniture)
CHROME = {
    "C_login": {1: "Log in", 2: "Log in", 3: "Log in"},
    "C_sub": {1: "Subscribe now for $1 a week", 2: "Subscribe now for $1 a week", 3: "Subscribe now for $1 a week"},
    "C_upd": {1: "Updated 2 minutes ago", 2: "Updated 11 minutes ago", 3: "Updated 4 minutes ago"},
    "C_share": {1: "Share", 2: "Share", 3: "Share"},
    "C_copy": {1: "Copy link", 2: "Copy link", 3: "Copy link"},
    "C_key": {1: "Key Events", 2: "Key Events", 3: "Key Events"},
    "C_ad": {1: "Advertisement", 2: "Advertisement", 3: "Advertisement"},
    "C_watch": {2: "Watch: Residents flee as the Grose Valley fire jumps containment lines at Mount Victoria (1:43)",
                3: "Watch: Residents flee as the Grose Valley fire jumps containment lines at Mount Victoria (1:43)"},
    "C_listen": {1: "Listen to the latest episode of The Briefing, our daily news podcast",
                 2: "Listen to the latest episode of The Briefing, our daily news podcast",
                 3: "Listen to the latest episode of The Briefing, our daily news podcast"},
    "C_readmore": {3: "Read more: What a catastrophic fire danger rating means, and what you should do"},
    "C_more": {1: "Load more posts", 2: "Load more posts", 3: "Load more posts"},
    "C_fb": {1: "Follow us on Facebook", 2: "Follow us on Facebook", 3: "Follow us on Facebook"},
    "C_cookie": {k: "This site uses cookies to give you the best experience. By continuing to browse, "
                    "you agree to our use of cookies." for k in POLLS},
}

# ---------------------------------------------------------------- news items, oldest first
# keys: text {poll: text}; ents [(type, name, mention)]; opt [...]; quotes [dict]; times [dict];
#       attr [(source, needle)]; kind (near|contained when versions differ); why; group_with
ITEMS = []


def item(iid, text, ents=(), opt=(), quotes=(), times=(), attr=(), kind=None, why=None, group_with=None):
    if isinstance(text, str):
        text = {k: text for k in POLLS}
    ITEMS.append(dict(id=iid, text=text, ents=list(ents), opt=list(opt), quotes=list(quotes), times=list(times),
                      attr=list(attr), kind=kind, why=why, group_with=group_with))


def Q(text, speaker=None, anonymous=None, via=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    if anonymous:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    return q


NSWW = (L, "New South Wales")

item("H", "NSW bushfires live: emergency warnings in Blue Mountains and Shoalhaven as catastrophic conditions hit Sydney",
     ents=[(L, "New South Wales", "NSW"), (L, "Blue Mountains", "Blue Mountains"), (L, "Shoalhaven", "Shoalhaven"),
           (L, "Sydney", "Sydney")])

item("A01", {1: "Good morning and welcome to our live coverage of the bushfire emergency in New South Wales, where a "
                "catastrophic fire danger rating is in place today for the Greater Sydney region for the first time "
                "in seven years.",
             2: "Good morning and welcome to our live coverage of the bushfire emergency in New South Wales, where a "
                "catastrophic fire danger rating is in place today for the Greater Sydney region for the first time "
                "in seven years."},
     ents=[(L, "New South Wales", "New South Wales"), (L, "Greater Sydney", "Greater Sydney")],
     times=[T("today", date=TODAY)])

item("A03", {1: "The Bureau of Meteorology is forecasting a top of 44C in Penrith and 42C in Richmond, with "
                "north-westerly winds gusting up to 70km/h ahead of a southerly change late this afternoon.",
             2: "The Bureau of Meteorology is forecasting a top of 44C in Penrith and 42C in Richmond, with "
                "north-westerly winds gusting up to 70km/h ahead of a southerly change late this afternoon."},
     ents=[(BOM[0], BOM[1], "Bureau of Meteorology"), (L, "Penrith", "Penrith"), (L, "Richmond", "Richmond")],
     times=[T("this afternoon", date=TODAY)])

item("A02", "Total fire bans are in place across 14 of the state’s 21 fire weather areas today, including Greater "
            "Sydney, the Greater Hunter, the Illawarra/Shoalhaven and the Central Ranges.",
     ents=[(L, "Greater Sydney", "Greater Sydney"), (L, "Greater Hunter", "Greater Hunter"),
           (L, "Illawarra", "Illawarra"), (L, "Shoalhaven", "Shoalhaven"), (L, "Central Ranges", "Central Ranges")],
     times=[T("today", date=TODAY)])

item("A04", "The RFS commissioner said yesterday there was “no such thing as a defendable home” under catastrophic "
            "conditions. This morning Mr Kourakis again urged people in the Blue Mountains and the Hawkesbury to "
            "leave early.",
     ents=[(RFS[0], RFS[1], "RFS"), (P, "Daniel Kourakis", "Kourakis"), (L, "Blue Mountains", "Blue Mountains"),
           (L, "Hawkesbury", "Hawkesbury")],
     quotes=[Q("no such thing as a defendable home", speaker="Daniel Kourakis")],
     times=[T("yesterday", date=YESTERDAY), T("This morning", date=TODAY)])

item("A05", "The Grose Valley fire, sparked by dry lightning on Boxing Day, has burnt more than 12,500 hectares in the "
            "Blue Mountains National Park between the Grose River and Blackheath.",
     ents=[(L, "Grose Valley", "Grose Valley"), (L, "Blue Mountains National Park", "Blue Mountains National Park"),
           (L, "Grose River", "Grose River"), (L, "Blackheath", "Blackheath")],
     times=[T("on Boxing Day", date="2026-12-26")])

item("A06", {1: "In the Shoalhaven, the Tianjara fire has been burning in Morton National Park since 21 December and "
                "jumped the Braidwood Road west of Nowra last night.",
             2: "In the Shoalhaven, the Tianjara fire has been burning in Morton National Park since 21 December and "
                "jumped the Braidwood Road west of Nowra last night.",
             3: "In the Shoalhaven, the Tianjara fire has been burning in Morton National Park since 21 December and "
                "crossed the Braidwood Road west of Nowra last night."},
     ents=[(L, "Shoalhaven", "Shoalhaven"), (L, "Tianjara", "Tianjara"),
           (L, "Morton National Park", "Morton National Park"), (L, "Nowra", "Nowra")],
     opt=[(L, "Braidwood Road", "Braidwood Road")],
     times=[T("21 December", date="2026-12-21"), T("last night", date=YESTERDAY)],
     kind="near", why="one ordinary word changed in poll 3 ('jumped' -> 'crossed'), same news")

item("A07", "The NSW Rural Fire Service (RFS) says more than 80 fires are burning across New South Wales, 31 of them "
            "not yet contained.",
     ents=[(RFS[0], RFS[1], "NSW Rural Fire Service"), (L, "New South Wales", "New South Wales")])

item("A08", "The premier has asked for Australian Defence Force support in the Blue Mountains and the Shoalhaven. "
            "Ms Pham told reporters in Sydney that “every available aircraft” would be in the air by 10am.",
     ents=[(O, "Australian Defence Force", "Australian Defence Force"), (L, "Blue Mountains", "Blue Mountains"),
           (L, "Shoalhaven", "Shoalhaven"), (P, "Joanne Pham", "Pham"), (L, "Sydney", "Sydney")],
     quotes=[Q("every available aircraft", speaker="Joanne Pham", via="reporters")],  # review: 'told reporters' 
     times=[T("10am", "10:00")])

_a09 = ("Crews worked through the night to strengthen containment lines along the Great Western Highway between "
        "Blackheath and Mount Victoria, but RFS spokeswoman Inspector Bree Callaghan said the fire was expected to "
        "“test those lines hard” once the wind picked up this afternoon.")
item("A09", {1: _a09.replace("Great Western Highway", "Great Westen Highway"), 2: _a09, 3: _a09},
     ents=[(L, "Blackheath", "Blackheath"), (L, "Mount Victoria", "Mount Victoria"), (RFS[0], RFS[1], "RFS"),
           (P, "Bree Callaghan", "Bree Callaghan")],
     opt=[(L, "Great Western Highway", "Great Western Highway"), (L, "Great Western Highway", "Great Westen Highway")],
     quotes=[Q("test those lines hard", speaker="Bree Callaghan")],
     times=[T("this afternoon", date=TODAY)],
     kind="near", why="typo fixed after poll 1 ('Westen' -> 'Western')")

item("A11", "The RFS has issued an emergency warning for Mount Victoria and Bell: residents should leave now towards "
            "Katoomba if the path is clear.",
     ents=[(RFS[0], RFS[1], "RFS"), (L, "Mount Victoria", "Mount Victoria"), (L, "Bell", "Bell"),
           (L, "Katoomba", "Katoomba")])

item("A12", "At 11am the Tianjara fire was upgraded to an emergency warning, with the RFS telling residents of "
            "Sassafras, Wandandian and Tomerong to leave immediately.",
     ents=[(L, "Tianjara", "Tianjara"), (RFS[0], RFS[1], "RFS"), (L, "Sassafras", "Sassafras"),
           (L, "Wandandian", "Wandandian"), (L, "Tomerong", "Tomerong")],
     times=[T("11am", "11:00")])

item("PIN", "Emergency warnings are current for the Grose Valley fire in the Blue Mountains and the Tianjara fire in the "
            "Shoalhaven. If you are in immediate danger, call Triple Zero (000) and check the Hazards Near Me app for "
            "the latest information.",
     ents=[(L, "Grose Valley", "Grose Valley"), (L, "Blue Mountains", "Blue Mountains"), (L, "Tianjara", "Tianjara"),
           (L, "Shoalhaven", "Shoalhaven")],
     opt=[(O, "Hazards Near Me", "Hazards Near Me"), (O, "Triple Zero", "Triple Zero")],
     why="pinned post: shown at the top of the page and again in its own place in every poll")

item("A14", "The RFS has issued an emergency warning for Mount Wilson and Mount Irvine: it is too late to leave and "
            "residents should shelter in place as the fire arrives.",
     ents=[(RFS[0], RFS[1], "RFS"), (L, "Mount Wilson", "Mount Wilson"), (L, "Mount Irvine", "Mount Irvine")])

item("A15", "The emergency services minister says 2,300 firefighters and 95 aircraft are deployed across the state. "
            "Mr Haddad said crews from Victoria, Queensland and the ACT arrived on Sunday and more would land by noon.",
     ents=[(P, "Karim Haddad", "Haddad"), (L, "Victoria", "Victoria"), (L, "Queensland", "Queensland"),
           (L, "Australian Capital Territory", "ACT")],
     times=[T("on Sunday", date=YESTERDAY), T("noon", "12:00")])

item("A16a", "Blackheath guesthouse owner Nikos Antoniou left home at 6am with his wife, two dogs and “whatever photos "
             "we could grab”.",
     ents=[(P, "Nikos Antoniou", "Nikos Antoniou")],
     # review: 'Blackheath' only qualifies his role ('Blackheath guesthouse owner'): an attributive use, optional
     opt=[(L, "Blackheath", "Blackheath")],
     quotes=[Q("whatever photos we could grab", speaker="Nikos Antoniou")],
     times=[T("6am", "06:00")])

item("A16b", "“You hear about it every summer, but you never think it’ll be your street,” he said from the evacuation "
             "centre at Katoomba RSL.",
     opt=[(O, "Katoomba RSL", "Katoomba RSL"), (L, "Katoomba", "Katoomba")],
     quotes=[Q("You hear about it every summer, but you never think it’ll be your street", speaker="Nikos Antoniou")])

item("A16c", "He added: “We’ll go back when the RFS tells us it’s safe, and not a minute before.”",
     ents=[(RFS[0], RFS[1], "RFS")],
     quotes=[Q("We’ll go back when the RFS tells us it’s safe, and not a minute before.", speaker="Nikos Antoniou")])

_a17 = "NSW Police have closed the Great Western Highway in both directions between Katoomba and Lithgow."
item("A17", {1: _a17, 2: _a17, 3: _a17 + " Transport for NSW says there is no timeframe for it to reopen."},
     ents=[(O, "NSW Police", "NSW Police"), (L, "Katoomba", "Katoomba"), (L, "Lithgow", "Lithgow"),
           (O, "Transport for NSW", "Transport for NSW")],
     opt=[(L, "Great Western Highway", "Great Western Highway")],
     kind="contained", why="a sentence appended in poll 3")

_a18 = ("Firefighters are protecting properties at Mount Tomah and Bilpin on the Bells Line of Road, where spot fires "
        "have started up to five kilometres ahead of the main front.")
item("A18", {1: _a18.split(" started")[0], 2: _a18, 3: _a18},
     ents=[(L, "Mount Tomah", "Mount Tomah"), (L, "Bilpin", "Bilpin")],
     opt=[(L, "Bells Line of Road", "Bells Line of Road")],
     kind="contained", why="published cut short in poll 1, completed in poll 2")

_a19 = "Evacuation centres are open at Katoomba RSL, the Hawkesbury Showground in Clarendon and Nowra Showground"
item("A19", {1: _a19 + ", the RFS said.", 2: _a19 + ", according to the RFS.", 3: _a19 + ", according to the RFS."},
     ents=[(L, "Clarendon", "Clarendon"), (RFS[0], RFS[1], "RFS")],
     opt=[(O, "Katoomba RSL", "Katoomba RSL"), (L, "Katoomba", "Katoomba"),
          (L, "Hawkesbury Showground", "Hawkesbury Showground"), (L, "Hawkesbury", "Hawkesbury"),
          (L, "Nowra Showground", "Nowra Showground"), (L, "Nowra", "Nowra")],
     kind="near", why="re-published with only the attribution clause changed ('the RFS said' -> 'according to the RFS')")

item("A20", "Premier Joanne Pham will give an update at the RFS headquarters in Homebush at 3pm local time.",
     ents=[(P, "Joanne Pham", "Joanne Pham"), (RFS[0], RFS[1], "RFS"), (L, "Homebush", "Homebush")],
     times=[T("3pm local time", "15:00")])

# ---- after poll 1
_a21 = ("{o}It came up out of the Grose like a freight train. We had maybe ten minutes,{c} a firefighter who did not "
        "want to be named told AAP at Mount Victoria.")
item("A21", {2: _a21.format(o='"', c='"'), 3: _a21.format(o="“", c="”")},
     ents=[(O, "AAP", "AAP"), (L, "Mount Victoria", "Mount Victoria")],
     opt=[(L, "Grose Valley", "Grose")],
     quotes=[Q("It came up out of the Grose like a freight train. We had maybe ten minutes",
               anonymous="a firefighter who did not want to be named", via="AAP")],
     attr=[("AAP", "AAP")],
     why="straight quotation marks in poll 2, curly in poll 3: exact")

_kq = "“We are throwing everything we have at this fire, but under these conditions there will be homes lost,”"
item("A22", {2: _kq + " Mr Kourakis said.", 3: _kq + " Mr Kourakis said."},
     ents=[(P, "Daniel Kourakis", "Kourakis")],
     quotes=[Q("We are throwing everything we have at this fire, but under these conditions there will be homes lost",
               speaker="Daniel Kourakis")],
     group_with="A30")

item("A23", {2: "The southerly change is expected to reach Sydney at about 7pm, the Bureau of Meteorology says.",
             3: "The southerly change is expected to reach Sydney at about 7pm, the Bureau of Meteorology says."},
     ents=[(L, "Sydney", "Sydney"), (BOM[0], BOM[1], "Bureau of Meteorology")],
     times=[T("7pm", "19:00")])

item("A24", {k: "A grassfire near Young, in the Hilltops region, is burning at watch and act level and has closed the "
                "Olympic Highway between Young and Cowra. Crews from Forbes and Parkes are on their way." for k in (2, 3)},
     ents=[(L, "Young", "Young"), (L, "Hilltops", "Hilltops"), (L, "Cowra", "Cowra"), (L, "Forbes", "Forbes"),
           (L, "Parkes", "Parkes")],
     opt=[(L, "Olympic Highway", "Olympic Highway")])

item("A30", {k: _kq + " RFS Commissioner Daniel Kourakis told the ABC, adding that crews had been pulled back from "
                      "Mount Victoria for their own safety." for k in (2, 3)},
     ents=[(RFS[0], RFS[1], "RFS"), (P, "Daniel Kourakis", "Daniel Kourakis"), (O, "ABC", "ABC"),
           (L, "Mount Victoria", "Mount Victoria")],
     quotes=[Q("We are throwing everything we have at this fire, but under these conditions there will be homes lost",
               speaker="Daniel Kourakis", via="ABC")],
     attr=[("ABC", "ABC")],
     kind="contained", why="the same Kourakis quotation as a short entry ('Mr Kourakis said.') and, later, under a "
                           "fuller attribution ('told the ABC, adding that ...'); the short one lies inside the long one")

item("A25a", {k: "At Sussex Inlet, Thanh Le and her family were among dozens of holidaymakers who packed up their tents "
                 "this morning after the RFS told visitors to leave the area." for k in (2, 3)},
     ents=[(L, "Sussex Inlet", "Sussex Inlet"), (P, "Thanh Le", "Thanh Le"), (RFS[0], RFS[1], "RFS")],
     times=[T("this morning", date=TODAY)])

item("A25b", {k: "“We came down for the holidays, and now we’re driving back to Sydney in the smoke,” Ms Le said."
              for k in (2, 3)},
     ents=[(L, "Sydney", "Sydney"), (P, "Thanh Le", "Le")],
     quotes=[Q("We came down for the holidays, and now we’re driving back to Sydney in the smoke",
               speaker="Thanh Le")])

_a26 = "The fires have now burnt more than {n} hectares across New South Wales since the season began in September, the RFS says."
item("A26", {2: _a26.format(n="1,200,000"), 3: _a26.format(n="1.2 million")},
     ents=[(L, "New South Wales", "New South Wales"), (RFS[0], RFS[1], "RFS")],
     kind="near", why="same number written two ways: 1,200,000 -> 1.2 million")

item("A27", {k: "Transport for NSW said the Princes Highway would reopen between Nowra and Milton at 6pm." for k in (2, 3)},
     ents=[(O, "Transport for NSW", "Transport for NSW"), (L, "Nowra", "Nowra"), (L, "Milton", "Milton")],
     opt=[(L, "Princes Highway", "Princes Highway")],
     times=[T("6pm", "18:00")])

item("A28", {k: "The RFS has confirmed at least 12 homes have been destroyed at Mount Victoria." for k in (2, 3)},
     ents=[(RFS[0], RFS[1], "RFS"), (L, "Mount Victoria", "Mount Victoria")])

item("A29a", {k: "Shoalhaven Mayor Kristy Dungay said the evacuation centre at Nowra Showground had registered more than "
                 "1,100 people by 2pm." for k in (2, 3)},
     ents=[(P, "Kristy Dungay", "Kristy Dungay")],
     # review: 'Shoalhaven' only in her title ('Shoalhaven Mayor'): an attributive use, optional
     opt=[(L, "Shoalhaven", "Shoalhaven"), (L, "Nowra Showground", "Nowra Showground"), (L, "Nowra", "Nowra")],
     times=[T("2pm", "14:00")])

item("A29b", {k: "“If you’re on holiday and you don’t need to be here, please go home while the roads are still open,” "
                 "Cr Dungay said." for k in (2, 3)},
     ents=[(P, "Kristy Dungay", "Dungay")],
     quotes=[Q("If you’re on holiday and you don’t need to be here, please go home while the roads are still open",
               speaker="Kristy Dungay")])

item("A31a", {k: "Ms Pham described today as “one of the most dangerous days New South Wales has faced” and thanked the "
                 "volunteers who have been on the fireground for more than a week." for k in (2, 3)},
     ents=[(P, "Joanne Pham", "Pham"), (L, "New South Wales", "New South Wales")],
     quotes=[Q("one of the most dangerous days New South Wales has faced", speaker="Joanne Pham")],
     times=[T("today", date=TODAY)])

item("A31b", {k: "She said: “If you have been told to leave, leave. Do not wait to see the flames.”" for k in (2, 3)},
     quotes=[Q("If you have been told to leave, leave. Do not wait to see the flames.", speaker="Joanne Pham")])

item("A32", {k: "NSW Police Assistant Commissioner Sandra Petrovic told AAP that officers had door-knocked more than 600 "
                "homes in Mount Victoria, Blackheath and Medlow Bath since 9.30am." for k in (2, 3)},
     ents=[(O, "NSW Police", "NSW Police"), (P, "Sandra Petrovic", "Sandra Petrovic"), (O, "AAP", "AAP"),
           (L, "Mount Victoria", "Mount Victoria"), (L, "Blackheath", "Blackheath"), (L, "Medlow Bath", "Medlow Bath")],
     attr=[("AAP", "AAP")],
     times=[T("9.30am", "09:30")])

# ---- after poll 2
item("A33", {3: "Emergency Services Minister Karim Haddad will give an update at the RFS headquarters in Homebush at "
                "5.30pm local time."},
     ents=[(P, "Karim Haddad", "Karim Haddad"), (RFS[0], RFS[1], "RFS"), (L, "Homebush", "Homebush")],
     times=[T("5.30pm local time", "17:30")])

item("A34", {3: "Near the Victorian border, the RFS upgraded the Wonboyn fire south of Eden to an emergency warning at "
                "4.15pm AEDT, saying it could reach Kiah and Towamba this evening."},
     ents=[(RFS[0], RFS[1], "RFS"), (L, "Wonboyn", "Wonboyn"), (L, "Eden", "Eden"), (L, "Kiah", "Kiah"),
           (L, "Towamba", "Towamba")],
     opt=[(L, "Victoria", "Victorian")],
     times=[T("4.15pm AEDT", "16:15"), T("this evening", date=TODAY)])

item("A35", {3: "Across the border in Victoria, the Country Fire Authority (CFA) has told residents of Mallacoota and Genoa "
                "to leave before 5pm as a fire near Wangarabell burns towards Croajingolong National Park."},
     ents=[(L, "Victoria", "Victoria"), (O, "Country Fire Authority", "Country Fire Authority"),
           (L, "Mallacoota", "Mallacoota"), (L, "Genoa", "Genoa"), (L, "Wangarabell", "Wangarabell"),
           (L, "Croajingolong National Park", "Croajingolong National Park")],
     times=[T("5pm", "17:00")])

item("A36", {3: "A contingent of 40 firefighters from Western Australia’s Department of Fire and Emergency Services left "
                "Perth at 1pm AWST and is expected to land in Sydney at about 8.30pm."},
     ents=[(L, "Western Australia", "Western Australia"),
           (O, "Department of Fire and Emergency Services", "Department of Fire and Emergency Services"),
           (L, "Perth", "Perth"), (L, "Sydney", "Sydney")],
     times=[T("1pm AWST", "13:00", zone="Australia/Perth"), T("8.30pm", "20:30")])

item("A37", {3: "Smoke from the fires has drifted across the Tasman Sea, with New Zealand’s MetService warning of hazy "
                "skies over Auckland and Wellington on Tuesday, Reuters reported."},
     ents=[(L, "Tasman Sea", "Tasman Sea"), (L, "New Zealand", "New Zealand"), (O, "MetService", "MetService"),
           (L, "Auckland", "Auckland"), (L, "Wellington", "Wellington"), (O, "Reuters", "Reuters")],
     attr=[("Reuters", "Reuters")],
     times=[T("on Tuesday", date=TOMORROW)])

item("A38", {3: "The RFS has confirmed at least 21 homes have been destroyed at Mount Victoria."},
     ents=[(RFS[0], RFS[1], "RFS"), (L, "Mount Victoria", "Mount Victoria")])

item("A39", {3: "Total fire bans will remain in place across nine of the state’s 21 fire weather areas tomorrow, including "
                "Greater Sydney, the Greater Hunter and the Illawarra/Shoalhaven."},
     ents=[(L, "Greater Sydney", "Greater Sydney"), (L, "Greater Hunter", "Greater Hunter"),
           (L, "Illawarra", "Illawarra"), (L, "Shoalhaven", "Shoalhaven")],
     times=[T("tomorrow", date=TOMORROW)])

item("A40", {3: "The southerly change is now expected to reach Sydney at about 9pm, the Bureau of Meteorology says."},
     ents=[(L, "Sydney", "Sydney"), (BOM[0], BOM[1], "Bureau of Meteorology")],
     times=[T("9pm", "21:00")])

item("A41", {3: "Transport for NSW said the Princes Highway would not reopen between Nowra and Milton tonight."},
     ents=[(O, "Transport for NSW", "Transport for NSW"), (L, "Nowra", "Nowra"), (L, "Milton", "Milton")],
     opt=[(L, "Princes Highway", "Princes Highway")],
     times=[T("tonight", date=TODAY)])

item("A43", {3: "The State Emergency Service (SES) says it has received more than 300 calls for help since noon, most of "
                "them for trees brought down by the wind in the Blue Mountains and the Hawkesbury."},
     ents=[(O, "State Emergency Service", "State Emergency Service"), (L, "Blue Mountains", "Blue Mountains"),
           (L, "Hawkesbury", "Hawkesbury")],
     times=[T("noon", "12:00")])

# ---------------------------------------------------------------- page layouts, top to bottom
TOP = ["C_login", "C_sub", "H", "C_upd", "C_share", "C_copy", "C_key", "PIN"]
OLD = ["A20", "A19", "A18", "A17", "A16a", "A16b", "A16c", "A15", "A14", "PIN", "A12", "A11", "A09", "A08", "A07",
       "A06", "A05", "A04", "A02"]
LAYOUT = {
    1: TOP + OLD[:4] + ["C_ad"] + OLD[4:12] + ["C_listen"] + OLD[12:] + ["A03", "A01", "C_more", "C_fb", "C_cookie"],
    2: TOP + ["A32", "A31a", "A31b", "A29a", "A29b", "C_ad", "A28", "A27", "A26", "A30", "A25a", "A25b", "A24",
              "C_watch", "A23", "A22", "A21"] + OLD[:9] + ["C_listen"] + OLD[9:] + ["A03", "A01", "C_more", "C_fb",
                                                                                     "C_cookie"],
    3: TOP + ["A43", "A41", "A40", "A39", "A38", "A37", "C_ad", "A36", "A35", "A34", "A33", "A32", "A31a", "A31b",
              "C_watch", "A29a", "A29b", "A28", "A27", "A26", "C_readmore", "A30", "A25a", "A25b", "A24", "A23",
              "A22", "A21"] + OLD[:9] + ["C_listen"] + OLD[9:] + ["C_more", "C_fb", "C_cookie"],
}

MUST_STAY_DISTINCT = [
    ("A11", "A14", "two emergency warnings with the same wording: other places (Mount Victoria and Bell / Mount Wilson "
                   "and Mount Irvine) and opposite advice (leave now / too late to leave)"),
    ("A02", "A39", "total fire bans: 14 areas today vs nine areas tomorrow"),
    ("A27", "A41", "Princes Highway 'would reopen ... at 6pm' vs 'would not reopen ... tonight'"),
    ("A23", "A40", "southerly change at about 7pm vs (later, delayed) at about 9pm"),
    ("A28", "A38", "at least 12 homes vs at least 21 homes destroyed: a later, higher toll"),
    ("A20", "A33", "update by Premier Joanne Pham at 3pm vs by Minister Karim Haddad at 5.30pm"),
    ("A12", "A34", "two emergency-warning upgrades of different fires (Tianjara at 11am / Wonboyn at 4.15pm AEDT)"),
]


# ---------------------------------------------------------------- build
def strip_marks(s):
    return re.sub("[\u201c\u201d\u2018\u2019\"'\u201e]", "", s)


def normal(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub("[\u2018\u2019]", "'", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    items = {it["id"]: it for it in ITEMS}
    where = {}  # item id -> list of line refs (in poll order, top to bottom)
    chrome_lines = []
    chrome_where = {}
    gold = {"entities_required": {}, "entities_optional": {}, "quotes": [], "attributions": [],
            "time_mentions": [], "published_times": []}
    used = {it["id"]: {"ents": set(), "opt": set(), "quotes": set(), "times": set(), "attr": set()} for it in ITEMS}
    for n in POLLS:
        out = []
        for iid in LAYOUT[n]:
            ln = len(out) + 1
            ref = f"poll-{n}.txt:{ln}"
            if iid in CHROME:
                out.append(CHROME[iid][n])
                chrome_lines.append(ref)
                chrome_where.setdefault(iid, []).append(ref)
                continue
            it = items[iid]
            text = it["text"][n]
            out.append(text)
            where.setdefault(iid, []).append(ref)
            req = []
            for k, (ty, nm, mention) in enumerate(it["ents"]):
                if mention in text:
                    req.append({"type": ty, "name": nm, "mention": mention})
                    used[iid]["ents"].add(k)
            gold["entities_required"][ref] = req
            opt = []
            for k, (ty, nm, mention) in enumerate(it["opt"]):
                if mention in text:
                    opt.append({"type": ty, "name": nm, "mention": mention})
                    used[iid]["opt"].add(k)
            if opt:
                gold["entities_optional"][ref] = opt
            for k, q in enumerate(it["quotes"]):
                if strip_marks(q["text"]) in strip_marks(text):
                    gold["quotes"].append(dict({"line": ref}, **q))
                    used[iid]["quotes"].add(k)
            for k, (src, needle) in enumerate(it["attr"]):
                if needle in text:
                    gold["attributions"].append({"line": ref, "source": src})
                    used[iid]["attr"].add(k)
            for k, tm in enumerate(it["times"]):
                if tm["mention"] in text:
                    gold["time_mentions"].append(dict({"line": ref}, **tm))
                    used[iid]["times"].add(k)
        assert not any(not l.strip() for l in out)
        with open(os.path.join(HERE, f"poll-{n}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(f"poll-{n}.txt: {len(out)} lines")
    # every annotation must be used somewhere
    for it in ITEMS:
        iid = it["id"]
        for field in ("ents", "opt", "quotes", "times", "attr"):
            unused = set(range(len(it[field]))) - used[iid][field]
            assert not unused, (iid, field, [it[field][k] for k in unused])
        for n, text in it["text"].items():
            assert iid in [x for x in LAYOUT[n]], (iid, n)
    # duplicate groups
    groups = []
    merged = {it["group_with"]: it["id"] for it in ITEMS if it["group_with"]}
    for it in ITEMS:
        iid = it["id"]
        if it["group_with"]:
            continue
        refs = list(where.get(iid, []))
        if iid in merged:
            refs = where[merged[iid]] + refs
        if len(refs) < 2:
            continue
        refs.sort(key=lambda r: (int(r.split("-")[1].split(".")[0]), int(r.split(":")[1])))
        texts = {normal(items[i]["text"][n]) for i in ([iid] + ([merged[iid]] if iid in merged else []))
                 for n in items[i]["text"]}
        kind = "exact" if len(texts) == 1 else it["kind"]
        assert kind, iid
        last_poll = max(items[iid]["text"])
        keep = [r for r in where[iid] if r.startswith(f"poll-{last_poll}.txt")][-1]
        g = {"lines": refs, "kind": kind, "keep_text_of": keep,
             "why": it["why"] or ("the same entry repeated unchanged in later polls" if last_poll == POLLS[-1] else
                                  "the same entry in polls 1 and 2; in poll 3 it has slipped below 'Load more posts'")}
        groups.append(g)
    for cid, refs in chrome_where.items():
        texts = {CHROME[cid][n] for n in CHROME[cid]}
        if len(refs) > 1 and len(texts) == 1:
            groups.append({"lines": refs, "kind": "exact", "chrome": True})
    msd = []
    for a, b, why in MUST_STAY_DISTINCT:
        ra = [r for r in where[a] if r.startswith("poll-3.txt")][0]
        rb = [r for r in where[b] if r.startswith("poll-3.txt")][0]
        msd.append({"lines": [ra, rb], "why": why})
    gold_out = {
        "about": "Invented evaluation corpus wildfire-nsw, hand-written and hand-labelled: three successive plain-text "
                 "snapshots (one entry per line, newest first) of a fictional Australian news site's live blog of a "
                 "bushfire emergency in New South Wales on Monday 28 December 2026 (Australia/Sydney, AEDT). Australian "
                 "house style: curly quotation marks, times such as '4.15pm AEDT', '11am', '3pm local time', one "
                 "Western Australian time ('1pm AWST'); NSW RFS, Bureau of Meteorology, NSW Police, SES; AAP, one ABC "
                 "and one Reuters citation. All people, quotations and events are invented; places and agencies are "
                 "real. Page furniture imitates Australian news sites. Generated by build_corpus.py.",
        "blog": {"date": DATE, "timezone": ZONE, "order": "newest-first", "polls": [f"poll-{n}.txt" for n in POLLS]},
        "chrome_lines": chrome_lines,
        "entry_duplicate_groups": groups,
        "must_stay_distinct": msd,
        "entities_required": gold["entities_required"],
        "entities_optional": gold["entities_optional"],
        "quotes": gold["quotes"],
        "attributions": gold["attributions"],
        "time_mentions": gold["time_mentions"],
        "published_times": [],
    }
    with open(os.path.join(HERE, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold_out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE}\nliveblog.blog.zone={ZONE}\n")


if __name__ == "__main__":
    main()
