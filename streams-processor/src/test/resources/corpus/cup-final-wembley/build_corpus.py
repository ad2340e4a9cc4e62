#!/usr/bin/env python3
"""Builds the cup-final-wembley corpus: three polls of an invented British broadsheet's live blog of an
(invented) FA Cup final at Wembley, Saturday 16 May 2026, and its gold annotation.

Every item is described once, oldest first, with its text in each poll and its labels, so that the same
entry is labelled the same way in every poll. Run: python3 build_corpus.py (writes next to this file).
"""
import datetime
import json
import os
from zoneinfo import ZoneInfo

NAME = "cup-final-wembley"
DIR = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-05-16"
ZONE = "Europe/London"
POLLS = [1, 2, 3]


def utc(hm, zone=ZONE, day=DATE):
    h, m = map(int, hm.split(":"))
    d = datetime.date.fromisoformat(day)
    local = datetime.datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(zone))
    return local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# entity helpers -----------------------------------------------------------------------------------
def P(name, mention=None):
    return {"type": "PERSON", "name": name, "mention": mention or name}


def O(name, mention=None):
    return {"type": "ORGANIZATION", "name": name, "mention": mention or name}


def L(name, mention=None):
    return {"type": "PLACE", "name": name, "mention": mention or name}


def T(mention, hm, zone=ZONE, day=DATE):
    return {"mention": mention, "utc": utc(hm, zone, day)}


def D(mention, date):
    return {"mention": mention, "date": date}


def Q(text, speaker=None, anonymous=None, via=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    if anonymous:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    return q


HA, TR = "Harrogate Albion", "Taunton Rovers"
FA = "Football Association"
MET = "Metropolitan Police"
ASHEIM, CERMAK = "Sindre Åsheim", "Marek Čermák"
KOLO, ZUBI, SIMU = "Mateusz Kołodziej", "Iñaki Zubiría", "Lukáš Šimůnek"
SIMOES, BRUCK, KJAER = "Gonçalo Simões", "Jonas Brückner", "Rasmus Kjærgaard"
MENON, HOLM, WHIT = "Aarav Menon", "Kasper Holmgård", "Callum Whitlock"


def club_short(full, mention):
    """A town's name used for its club: the club is required; the town reading is tolerated."""
    return [O(full, mention)], [L(mention, mention)]


# items, oldest first ------------------------------------------------------------------------------
# text: the text in every poll where it appears (polls); texts: per-poll overrides.
# ents/opt/quotes/attrs/times: a list (all polls) or a dict {poll: list}.
ITEMS = []


def item(id, polls, text=None, texts=None, stamp=None, chrome=False, kind="exact", group=None, **ann):
    t = {p: text for p in polls}
    t.update(texts or {})
    ITEMS.append(dict(id=id, polls=polls, texts=t, stamp=stamp, chrome=chrome, kind=kind, group=group,
                      ann=ann))


# ---- furniture ----
item("signin", [1, 2, 3], "Sign in", chrome=True)
item("support", [1, 2, 3], "Support us from £1", chrome=True)
item("updated", [1, 2, 3], texts={1: "Updated 4m ago", 2: "Updated 1m ago", 3: "Updated 3m ago"}, chrome=True,
     kind="near")
item("js", [1, 2, 3], "Please turn on JavaScript to see new updates as they are published.", chrome=True)
item("fb", [1, 2, 3], "Share on Facebook", chrome=True)
item("x", [1, 2, 3], "Share on X", chrome=True)
item("comments", [1, 2, 3], texts={1: "View 312 comments", 2: "View 806 comments", 3: "View 1,214 comments"},
     chrome=True, kind="near")
item("keyev", [1, 2, 3], "Key events", chrome=True)
item("keyonly", [1, 2, 3], "Show key events only", chrome=True)
item("watch", [3], "Watch: highlights 2:14", chrome=True)
item("more", [3], "Show 20 more updates", chrome=True)
item("listen", [1, 2, 3], "Listen: Football Weekly – 31:05", chrome=True)
item("related", [1, 2, 3], "Related: ‘We’re the town nobody expected’: how Harrogate Albion found their way to Wembley",
     chrome=True)
item("mostviewed", [1, 2, 3], "Most viewed", chrome=True)
item("mvitem", [1, 2, 3], "Heatwave warning for south-east England as temperatures forecast to reach 30C on Sunday",
     chrome=True)

# ---- headline and standfirsts (no stamp) ----
item("head", [1, 2, 3], texts={1: "Harrogate Albion v Taunton Rovers: FA Cup final – live",
                               2: "Harrogate Albion v Taunton Rovers: FA Cup final – live",
                               3: "Harrogate Albion v Taunton Rovers: FA Cup final – as it happened"},
     kind="near", why="page headline: 'live' became 'as it happened' after the final whistle",
     ents=[O(HA), O(TR)], opt=[O("FA Cup")])
item("stand1", [1, 2],
     "Minute-by-minute updates from Wembley as Harrogate Albion and Taunton Rovers, two clubs who had never won a "
     "third-round tie until this season, meet in the FA Cup final",
     ents=[O(HA), O(TR)], opt=[L("Wembley"), O("FA Cup")])
item("stand2", [3],
     "Iñaki Zubiría’s 78th-minute winner gave Sindre Åsheim’s Harrogate Albion the FA Cup in their first final after "
     "Lukáš Šimůnek had cancelled out Mateusz Kołodziej’s header",
     ents=[P(ZUBI), P(ASHEIM, "Sindre Åsheim"), O(HA), P(SIMU), P(KOLO)], opt=[O("FA Cup")])

# ---- entries ----
item("E1", [1, 2], stamp="12:31",
     text="Good afternoon and welcome to Wembley, where Harrogate Albion and Taunton Rovers meet in the FA Cup final. "
          "Gates opened at noon and kick-off is at 3pm; neither club had ever got past the third round before this "
          "season.",
     ents=[O(HA), O(TR)], opt=[L("Wembley"), O("FA Cup")],
     times=[T("noon", "12:00"), T("3pm", "15:00")])
item("E2", [1, 2], stamp="12:38",
     text="Åsheim said on Thursday that he expected to name an unchanged side from the 2-0 semi-final win over "
          "Northampton Athletic on 25 April, which would mean no place for the Danish winger Kasper Holmgård.",
     ents=[P(ASHEIM, "Åsheim"), O("Northampton Athletic"), P(HOLM)], opt=[L("Denmark", "Danish")],
     times=[D("on Thursday", "2026-05-14"), D("25 April", "2026-04-25")])
item("E4", [1, 2, 3], stamp="12:52",
     text="London North Eastern Railway (LNER) says it has run four extra trains from Harrogate and York to King’s "
          "Cross since 6am, the first arriving at 10.42am. Coaches from Knaresborough and Pateley Bridge left before "
          "dawn.",
     ents=[O("London North Eastern Railway"), L("Harrogate"), L("York"), L("Knaresborough"), L("Pateley Bridge")],
     opt=[L("King’s Cross")],
     times=[T("6am", "06:00"), T("10.42am", "10:42")])
item("E5", [1, 2, 3], stamp="12:57",
     text="Great Western Railway (GWR) says it has run three extra trains from Taunton and Exeter to Paddington since "
          "6am, the first arriving at 10.58am. Coaches from Wiveliscombe and Bridgwater left before dawn.",
     ents=[O("Great Western Railway"), L("Taunton"), L("Exeter"), L("Wiveliscombe"), L("Bridgwater")],
     opt=[L("Paddington")],
     times=[T("6am", "06:00"), T("10.58am", "10:58")])
item("E6", [1, 2, 3], stamp="13:05",
     text="Wembley Park station will be exit-only from 1.30pm until 2.45pm, the Metropolitan Police said, and "
          "supporters should allow extra time.",
     ents=[O(MET)], opt=[L("Wembley Park")],
     times=[T("1.30pm", "13:30"), T("2.45pm", "14:45")])
item("E12", [1, 2, 3], stamp="13:10", kind="near",
     why="re-published with only the attribution clause changed (Sky Sports -> the PA news agency)",
     texts={1: "Harrogate captain Callum Whitlock has passed a late fitness test on his hamstring and will start, "
               "Sky Sports reported.",
            2: "Harrogate captain Callum Whitlock has passed a late fitness test on his hamstring and will start, "
               "the PA news agency reported.",
            3: "Harrogate captain Callum Whitlock has passed a late fitness test on his hamstring and will start, "
               "the PA news agency reported."},
     # review: 'Harrogate captain' is an attributive (adjectival) use of the club's short name, so the club is
     # optional here, like 'the Harrogate end' (E21); both readings (club, town) are tolerated.
     ents={1: [P(WHIT), O("Sky Sports")],
           2: [P(WHIT), O("PA news agency")],
           3: [P(WHIT), O("PA news agency")]},
     opt=club_short(HA, "Harrogate")[0] + club_short(HA, "Harrogate")[1],
     attrs={1: ["Sky Sports"], 2: ["PA news agency"], 3: ["PA news agency"]})
item("E7", [1, 2, 3], stamp="13:16",
     text="In Stryn, Åsheim’s home village in western Norway, the local club has put up a big screen to show the "
          "final from 4pm CEST (3pm BST), the Norwegian news agency NTB reported.",
     ents=[L("Stryn"), P(ASHEIM, "Åsheim"), L("Norway"), O("NTB")], opt=[L("Norway", "Norwegian")],
     times=[T("4pm CEST", "16:00", "Europe/Oslo"), T("3pm BST", "15:00")],
     attrs=["NTB"])
item("E8", [1, 2, 3], stamp="13:20", group="policequote",
     text="‘The vast majority of supporters have been good-natured, and we’d ask everyone to keep it that way,’ "
          "according to the Metropolitan Police.",
     ents=[O(MET)],
     quotes=[Q("The vast majority of supporters have been good-natured", speaker=MET)])
item("E9", [1, 2, 3], stamp="13:31",
     text="Åsheim, speaking to ITV before the game: ‘We’re not here for a day out. The players know what this means "
          "to the town and they didn’t come to London to make up the numbers.’",
     ents=[P(ASHEIM, "Åsheim"), O("ITV"), L("London")],
     quotes=[Q("We’re not here for a day out", speaker=ASHEIM, via="ITV")],
     attrs=["ITV"])
item("E10", [1, 2, 3], stamp="13:40",
     text="Marek Čermák, the Taunton Rovers manager, told BBC Sport yesterday that he had ‘no injury worries at all’ "
          "and that his players were ‘calm, really calm – calmer than me, that’s for sure’.",
     ents=[P(CERMAK), O(TR), O("BBC Sport")],
     quotes=[Q("no injury worries at all", speaker=CERMAK, via="BBC Sport"),
             Q("calm, really calm – calmer than me, that’s for sure", speaker=CERMAK, via="BBC Sport")],
     attrs=["BBC Sport"],
     times=[D("yesterday", "2026-05-15")])
item("E3a", [1, 2, 3], stamp="13:46",
     text="Team news. Harrogate Albion (4-3-3): Kjærgaard; Simões, Ashworth, Møller, Pickering; Whitlock (capt), "
          "Nakamura, Zubiría; Holt, Kołodziej, Adeyemi. Subs include Holmgård and Lunde.",
     ents=[O(HA), P(KJAER, "Kjærgaard"), P(SIMOES, "Simões"), P("Ashworth"), P("Møller"), P("Pickering"),
           P(WHIT, "Whitlock"), P("Nakamura"), P(ZUBI, "Zubiría"), P("Tom Holt", "Holt"), P(KOLO, "Kołodziej"),
           P("Adeyemi"), P(HOLM, "Holmgård"), P("Lunde")])
item("E3b", [1, 2, 3],
     text="Taunton Rovers (4-2-3-1): Asante-Boateng; Lefèvre, Pritchard (capt), Dervişoğlu, Leitão; Brückner, "
          "Oyelaran; Castaño, Novák, Eze; Šimůnek. Subs include Menon.",
     ents=[O(TR), P("Asante-Boateng"), P("Théo Lefèvre", "Lefèvre"), P("Pritchard"), P("Dervişoğlu"), P("Leitão"),
           P(BRUCK, "Brückner"), P("Oyelaran"), P("Castaño"), P("Novák"), P("Eze"), P(SIMU, "Šimůnek"),
           P(MENON, "Menon")])
item("E11", [1, 2, 3], stamp="13:55",
     text="The Football Association (FA) has confirmed that Paul Hindmarsh, from Lancashire, will referee the final, "
          "with VAR operated from Stockley Park in west London.",
     ents=[O(FA, "Football Association"), P("Paul Hindmarsh"), L("Lancashire"), L("London")],
     opt=[L("Stockley Park")])
item("E13", [1, 2, 3], stamp="14:05",
     text="In Wejherowo, the town near Gdańsk where Kołodziej grew up, his first youth coach, Zbigniew Nowak, told "
          "Reuters: ‘Mateusz always said he would play at Wembley one day. We laughed at him. Nobody is laughing "
          "now.’",
     ents=[L("Wejherowo"), L("Gdańsk"), P(KOLO, "Kołodziej"), P("Zbigniew Nowak"), O("Reuters")],
     opt=[L("Wembley"), P(KOLO, "Mateusz")],
     quotes=[Q("Mateusz always said he would play at Wembley", speaker="Zbigniew Nowak", via="Reuters")],
     attrs=["Reuters"])
item("E14", [1, 2, 3], stamp="14:12",
     text="North Yorkshire Council said this morning that about 30,000 people from Harrogate, Knaresborough and "
          "Nidderdale were expected at Wembley today – the equivalent of nearly half of Harrogate’s population.",
     ents=[O("North Yorkshire Council"), L("Harrogate"), L("Knaresborough"), L("Nidderdale")],
     opt=[L("Wembley"), L("North Yorkshire")],
     times=[D("this morning", DATE), D("today", DATE)])
item("E15", [1, 2, 3], stamp="14:20", kind="near", why="typo fixed: 'Kolodziej' -> 'Kołodziej'",
     texts={1: "The teams are out for the warm-up. Kolodziej, Harrogate’s top scorer with 19 goals this season, is "
               "working on headers, with Iñaki Zubiría delivering the crosses.",
            2: "The teams are out for the warm-up. Kołodziej, Harrogate’s top scorer with 19 goals this season, is "
               "working on headers, with Iñaki Zubiría delivering the crosses.",
            3: "The teams are out for the warm-up. Kołodziej, Harrogate’s top scorer with 19 goals this season, is "
               "working on headers, with Iñaki Zubiría delivering the crosses."},
     ents={1: [P(KOLO, "Kolodziej"), O(HA, "Harrogate"), P(ZUBI)],
           2: [P(KOLO, "Kołodziej"), O(HA, "Harrogate"), P(ZUBI)],
           3: [P(KOLO, "Kołodziej"), O(HA, "Harrogate"), P(ZUBI)]},
     opt=[L("Harrogate")])
item("E16", [2, 3], stamp="14:35", group="policequote",
     text="Two men have been arrested on Olympic Way after a scuffle between rival supporters. ‘The vast majority of "
          "supporters have been good-natured, and we’d ask everyone to keep it that way,’ a Metropolitan Police "
          "spokesperson told the PA news agency.",
     ents=[O(MET), O("PA news agency")], opt=[L("Olympic Way")],
     quotes=[Q("The vast majority of supporters have been good-natured", anonymous="a Metropolitan Police spokesperson",
               via="PA news agency")],
     attrs=["PA news agency"])
item("E17", [2, 3], stamp="14:48", kind="contained", why="a clause appended in poll 3",
     texts={2: "Abide With Me rings round Wembley, sung by the soprano Tamsin Pengelly.",
            3: "Abide With Me rings round Wembley, sung by the soprano Tamsin Pengelly, who grew up in Bridgwater, "
               "11 miles from Taunton."},
     ents={2: [P("Tamsin Pengelly")], 3: [P("Tamsin Pengelly"), L("Bridgwater"), L("Taunton")]},
     opt=[L("Wembley")])
item("E18", [2, 3], stamp="15:00",
     text="Kick-off! Taunton Rovers get the final under way, attacking the east end, where most of their supporters "
          "are massed.",
     ents=[O(TR)])
item("E19", [2, 3], stamp="15:09", kind="near", why="one word changed: 'pushes' -> 'tips'",
     texts={2: "Chance for Taunton! Lukáš Šimůnek, the Czech striker signed from Baník Ostrava in January, turns "
               "Simões and shoots low, but Rasmus Kjærgaard pushes it round the post.",
            3: "Chance for Taunton! Lukáš Šimůnek, the Czech striker signed from Baník Ostrava in January, turns "
               "Simões and shoots low, but Rasmus Kjærgaard tips it round the post."},
     ents=[O(TR, "Taunton"), P(SIMU), O("Baník Ostrava"), P(SIMOES, "Simões"), P(KJAER)],
     opt=[L("Taunton"), L("Czech Republic", "Czech")])
item("E20", [2, 3], stamp="15:14",
     text="Kołodziej has the ball in the net in the 14th minute, but the flag is up for offside and VAR agrees. "
          "No goal.",
     ents=[P(KOLO, "Kołodziej")])
item("E21", [2, 3], stamp="15:24",
     text="GOAL! Harrogate Albion 1-0 Taunton Rovers (Kołodziej, 23). A thumping header from Zubiría’s corner, and "
          "the Harrogate end erupts.",
     ents=[O(HA), O(TR), P(KOLO, "Kołodziej"), P(ZUBI, "Zubiría")], opt=[L("Harrogate")])
item("E22", [2, 3], stamp="15:30",
     text="Yellow card for Gonçalo Simões, who catches Jonas Brückner late on the halfway line.",
     ents=[P(SIMOES), P(BRUCK)])
item("E23", [2, 3], stamp="15:41", why="only the quotation marks changed (straight -> curly)",
     texts={2: "Former England midfielder Gary Thewlis, on BBC One: 'Taunton have had more of the ball, but Harrogate "
               "look dangerous every time they go forward. That header from Kołodziej was textbook – you can't "
               "defend it.'",
            3: "Former England midfielder Gary Thewlis, on BBC One: ‘Taunton have had more of the ball, but Harrogate "
               "look dangerous every time they go forward. That header from Kołodziej was textbook – you can’t "
               "defend it.’"},
     ents=[P("Gary Thewlis"), O("BBC One"), O(TR, "Taunton"), O(HA, "Harrogate"), P(KOLO, "Kołodziej")],
     opt=[L("England"), O("England"), L("Taunton"), L("Harrogate")],  # review: England = national team too
     quotes=[Q("Taunton have had more of the ball", speaker="Gary Thewlis", via="BBC One")],
     attrs=["BBC One"])
item("E24", [2, 3], stamp="15:48", stamp_form="HT {} – ", kind="contained", why="a sentence appended in poll 3",
     texts={2: "Half-time: Harrogate Albion 1-0 Taunton Rovers. Kołodziej’s header is the difference at the break.",
            3: "Half-time: Harrogate Albion 1-0 Taunton Rovers. Kołodziej’s header is the difference at the break. "
               "Taunton have had 58% of the ball but only one shot on target, and Čermák has Aarav Menon warming up."},
     ents={2: [O(HA), O(TR), P(KOLO, "Kołodziej")],
           3: [O(HA), O(TR), P(KOLO, "Kołodziej"), P(CERMAK, "Čermák"), P(MENON)]},
     opt={3: [L("Taunton")]})
item("E25", [2, 3], stamp="15:50", kind="near", why="the same number written another way: '87 192' -> '87,192'",
     texts={2: "The official attendance is 87 192, by some distance the biggest crowd either club has played in "
               "front of, and the largest at Wembley this season.",
            3: "The official attendance is 87,192, by some distance the biggest crowd either club has played in "
               "front of, and the largest at Wembley this season."},
     ents=[], opt=[L("Wembley")])
item("E26", [2, 3], stamp="15:52",
     text="Wembley Park station will be entry-only from 4.15pm, Transport for London said, and supporters should "
          "allow extra time.",
     ents=[O("Transport for London")], opt=[L("Wembley Park")],
     times=[T("4.15pm", "16:15")])
item("E30", [3], stamp="16:08",
     text="Yellow card for Jonas Brückner, who catches Gonçalo Simões late on the halfway line.",
     ents=[P(BRUCK), P(SIMOES)])
item("E28", [3], stamp="16:14",
     text="VAR check complete: Šimůnek’s goal does not stand. Harrogate Albion 1-0 Taunton Rovers after a check for "
          "offside in the 55th minute.",
     ents=[P(SIMU, "Šimůnek"), O(HA), O(TR)])
item("E29", [3], stamp="16:19",
     text="Substitution for Taunton Rovers: Aarav Menon on, Jonas Brückner off.",
     ents=[O(TR), P(MENON), P(BRUCK)])
item("E32g", [3], stamp="16:26",
     text="GOAL! Harrogate Albion 1-1 Taunton Rovers (Šimůnek, 67). Menon crosses from the right, Šimůnek volleys, "
          "and this time there is no flag.",
     ents=[O(HA), O(TR), P(SIMU, "Šimůnek"), P(MENON, "Menon")])
item("E32v", [3], stamp="16:28",
     text="VAR check complete: Šimůnek’s goal stands. Harrogate Albion 1-1 Taunton Rovers after a check for offside "
          "in the 67th minute.",
     ents=[P(SIMU, "Šimůnek"), O(HA), O(TR)])
item("E31", [3], stamp="16:31",
     text="Substitution for Harrogate Albion: Kasper Holmgård on, Tom Holt off.",
     ents=[O(HA), P(HOLM), P("Tom Holt")])
item("E33", [3], stamp="16:37",
     text="GOAL! Harrogate Albion 2-1 Taunton Rovers (Zubiría, 78). Holmgård skins Théo Lefèvre down the left and "
          "Zubiría sweeps it in at the near post.",
     ents=[O(HA), O(TR), P(ZUBI, "Zubiría"), P(HOLM, "Holmgård"), P("Théo Lefèvre")])
item("E34", [3], stamp="16:45",
     text="Siobhán Kearney, the former Republic of Ireland striker, speaking to ITV: Taunton ‘have to stop admiring "
          "Harrogate and start hurting them – and quickly’.",
     ents=[P("Siobhán Kearney"), O("ITV"), O(TR, "Taunton"), O(HA, "Harrogate")],
     opt=[L("Ireland", "Republic of Ireland"), O("Republic of Ireland"), L("Taunton"), L("Harrogate")],
     quotes=[Q("have to stop admiring Harrogate and start hurting them", speaker="Siobhán Kearney", via="ITV")],
     attrs=["ITV"])
item("E35", [3], stamp="16:54", stamp_form="FT {} – ", why="pinned at the top and shown again in its place",
     text="Full-time: Harrogate Albion 2-1 Taunton Rovers. Harrogate, founded in 1909, have won the FA Cup in their "
          "first final, and Sindre Åsheim’s players will parade the trophy through the town tomorrow.",
     ents=[O(HA), O(TR), P(ASHEIM)], opt=[L("Harrogate"), O("FA Cup")],
     times=[D("tomorrow", "2026-05-17")])
item("E36a", [3], stamp="17:02",
     text="Sindre Åsheim, close to tears, told BBC Sport: ‘I said to the players at half-time, “Nobody remembers the "
          "team that sat back.” They didn’t sit back. Not for one second.’",
     ents=[P(ASHEIM), O("BBC Sport")],
     quotes=[Q("I said to the players at half-time", speaker=ASHEIM, via="BBC Sport")],
     attrs=["BBC Sport"])
item("E36b", [3],
     text="He added: ‘This is for Harrogate, for Knaresborough, for everyone who got on a train before six o’clock. "
          "It’s theirs now.’",
     ents=[L("Harrogate"), L("Knaresborough")], opt=[O(HA, "Harrogate")],
     quotes=[Q("This is for Harrogate, for Knaresborough", speaker=ASHEIM)],
     times=[T("six o’clock", "06:00")])
item("E37", [3], stamp="17:10",
     text="Čermák was gracious in defeat, speaking to ITV: ‘We’re proud of them. We were twelve minutes from extra "
          "time and the lads gave everything. Harrogate deserve it, honestly.’",
     ents=[P(CERMAK, "Čermák"), O("ITV"), O(HA, "Harrogate")], opt=[L("Harrogate")],
     quotes=[Q("We’re proud of them. We were twelve minutes", speaker=CERMAK, via="ITV")],
     attrs=["ITV"])
item("E38", [3], stamp="17:14",
     text="An FA spokesperson said in a statement: ‘It has been a wonderful occasion for two clubs who had never been "
          "here before, and a credit to both sets of supporters.’",
     ents=[O(FA, "FA")],
     quotes=[Q("It has been a wonderful occasion", anonymous="An FA spokesperson", via="a statement")])
item("E39", [3], stamp="17:18",
     text="British Transport Police (BTP) said officers were managing long queues at Wembley Park and Wembley Central, "
          "and that a man arrested at Marylebone last night on suspicion of a public order offence had been released "
          "on bail.",
     ents=[O("British Transport Police")], opt=[L("Wembley Park"), L("Wembley Central"), L("Marylebone")],
     times=[D("last night", "2026-05-15")])
item("E40", [3], stamp="17:22",
     text="Wembley National Stadium Ltd, which runs the stadium on behalf of the FA, apologised for long queues at the "
          "turnstiles before kick-off and said the last spectators were expected to have left by 7pm.",
     ents=[O("Wembley National Stadium Ltd"), O(FA, "FA")], opt=[L("Wembley")],
     times=[T("7pm", "19:00")])
item("E41", [3], stamp="17:25",
     text="Mateusz Kołodziej, whose father flew in from Gdańsk for the game, told Poland’s PAP news agency: ‘The first "
          "person I looked for after the header was my dad. He cried, I cried – it’s a day I won’t forget.’",
     ents=[P(KOLO), L("Gdańsk"), L("Poland"), O("PAP")],
     quotes=[Q("The first person I looked for after the header", speaker=KOLO, via="PAP")],
     attrs=["PAP"])
item("E42", [3], stamp="17:30",
     text="Callum Whitlock lifted the trophy at 5.12pm. Harrogate Albion say the open-top bus parade will leave "
          "Valley Gardens on Sunday afternoon.",
     ents=[P(WHIT), O(HA)], opt=[L("Valley Gardens")],
     times=[T("5.12pm", "17:12"), D("on Sunday", "2026-05-17")])

# ---- page layout per poll, top to bottom ----
TOP = ["signin", "support", "head", "stand1", "updated", "js", "fb", "x", "comments", "keyev", "keyonly"]
BOTTOM = ["listen", "related", "mostviewed", "mvitem"]
P1_ENTRIES = ["E15", "E14", "E13", "E11", "E3a", "E3b", "E10", "E9", "E8", "E7", "E12", "E6", "E5", "E4", "E2", "E1"]
P2_ENTRIES = ["E26", "E25", "E24", "E23", "E22", "E21", "E20", "E19", "E18", "E17", "E16"] + P1_ENTRIES
P3_ENTRIES = (["E42", "E41", "E40", "E39", "E38", "E37", "E36a", "E36b", "watch", "E35", "E34", "E33", "E31",
               "E32v", "E32g", "E29", "E28", "E30"] + P2_ENTRIES[:-2] + ["more"])
LAYOUT = {
    1: TOP + P1_ENTRIES + BOTTOM,
    2: TOP + P2_ENTRIES + BOTTOM,
    3: [x if x != "stand1" else "stand2" for x in TOP] + ["E35"] + P3_ENTRIES + BOTTOM,
}

MUST_STAY_DISTINCT = [
    ("E4", "E5", "same sentence, other operator, towns, number of trains and arrival time (10.42am / 10.58am)"),
    ("E6", "E26", "Wembley Park exit-only 1.30pm-2.45pm (Met) vs entry-only from 4.15pm (TfL)"),
    ("E21", "E33", "two different goals: 1-0 Kołodziej 23rd minute vs 2-1 Zubiría 78th minute"),
    ("E32g", "E33", "two different goals: 1-1 Šimůnek 67 vs 2-1 Zubiría 78"),
    ("E28", "E32v", "negation: Šimůnek's 55th-minute goal does not stand vs his 67th-minute goal stands"),
    ("E22", "E30", "same words, names swapped: Simões booked for a foul on Brückner vs Brückner booked for a foul "
                   "on Simões, 38 minutes apart"),
    ("E29", "E31", "two substitutions: Taunton (Menon for Brückner) vs Harrogate (Holmgård for Holt)"),
    ("E24", "E35", "half-time 1-0 vs full-time 2-1"),
]

GROUP_KEEP = {"policequote": ("E16", "contained",
                              "the same police quotation under two attributions: 13:20 mostly the quotation "
                              "('according to the Metropolitan Police'), 14:35 the arrests plus the quotation "
                              "('a Metropolitan Police spokesperson told the PA news agency')")}


def stamp_text(it):
    if not it["stamp"]:
        return ""
    form = it["ann"].get("stamp_form", "{} – ")
    return form.format(it["stamp"])


def per_poll(v, p):
    if isinstance(v, dict):
        return v.get(p, [])
    return v or []


def main():
    by_id = {it["id"]: it for it in ITEMS}
    lines = {}        # poll -> list of text
    occ = {}          # item id -> list of refs
    for p in POLLS:
        out = []
        for iid in LAYOUT[p]:
            it = by_id[iid]
            assert p in it["polls"], (iid, p)
            txt = stamp_text(it) + it["texts"][p]
            out.append(txt)
            occ.setdefault(iid, []).append((p, len(out)))
        lines[p] = out
        with open(os.path.join(DIR, f"poll-{p}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    for it in ITEMS:
        missing = [p for p in it["polls"] if p not in {q for q, _ in occ.get(it["id"], [])}]
        assert not missing, (it["id"], missing)

    def r(p, n):
        return f"poll-{p}.txt:{n}"

    gold = {
        "about": "Invented corpus, hand-written for evaluation: three successive snapshots (polls) of a British "
                 "broadsheet's minute-by-minute live blog of an invented FA Cup final at Wembley Stadium, London, "
                 "on Saturday 16 May 2026, between two invented clubs from real towns (Harrogate Albion and Taunton "
                 "Rovers). Written in British house style (single curly quotation marks, double inside, 'at 3pm', "
                 "'4.15pm'), newest entry first, each entry stamped with its post time in BST ('12:52 –', "
                 "'HT 15:48 –', 'FT 16:54 –'), with Guardian-like page furniture. All people, clubs and quotations "
                 "are invented; places, agencies, broadcasters, train operators, police forces and the stadium "
                 "operator are real. Generated by build_corpus.py in this directory.",
        "blog": {"date": DATE, "timezone": ZONE, "order": "newest-first", "polls": [f"poll-{p}.txt" for p in POLLS]},
        "chrome_lines": [], "entry_duplicate_groups": [], "must_stay_distinct": [], "entities_required": {},
        "entities_optional": {}, "quotes": [], "attributions": [], "time_mentions": [], "published_times": [],
    }
    for it in ITEMS:
        for p, n in occ[it["id"]]:
            ref = r(p, n)
            if it["chrome"]:
                gold["chrome_lines"].append(ref)
                continue
            a = it["ann"]
            gold["entities_required"][ref] = per_poll(a.get("ents"), p)
            opt = per_poll(a.get("opt"), p)
            if opt:
                gold["entities_optional"][ref] = opt
            for q in per_poll(a.get("quotes"), p):
                gold["quotes"].append(dict(line=ref, **q))
            for s in per_poll(a.get("attrs"), p):
                gold["attributions"].append({"line": ref, "source": s})
            for t in per_poll(a.get("times"), p):
                gold["time_mentions"].append(dict(line=ref, **t))
            if it["stamp"]:
                gold["published_times"].append({"line": ref, "prefix": it["stamp"], "utc": utc(it["stamp"])})
    # duplicate groups
    groups = {}
    for it in ITEMS:
        key = it["group"] or it["id"]
        groups.setdefault(key, []).append(it)
    for key, its in groups.items():
        refs = [(p, n, it) for it in its for p, n in occ[it["id"]]]
        if len(refs) < 2:
            continue
        allrefs = sorted([r(p, n) for p, n, _ in refs], key=lambda s: (s.split(":")[0], int(s.split(":")[1])))
        if its[0]["chrome"]:
            gold["entry_duplicate_groups"].append({"lines": allrefs, "kind": its[0]["kind"], "chrome": True})
            continue
        if key in GROUP_KEEP:
            keep_id, kind, why = GROUP_KEEP[key]
        else:
            keep_id, kind, why = its[0]["id"], its[0]["kind"], its[0]["ann"].get("why", "the same entry in "
                                                                                   "several polls")
        kp, kn = occ[keep_id][-1]
        gold["entry_duplicate_groups"].append({"lines": allrefs, "kind": kind, "keep_text_of": r(kp, kn), "why": why})
    last = POLLS[-1]
    for a, b, why in MUST_STAY_DISTINCT:
        ra = [n for p, n in occ[a] if p == last][-1]
        rb = [n for p, n in occ[b] if p == last][-1]
        gold["must_stay_distinct"].append({"lines": [r(last, ra), r(last, rb)], "why": why})
    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE}\nliveblog.blog.zone={ZONE}\n")
    for p in POLLS:
        print(f"poll-{p}.txt: {len(lines[p])} lines")


if __name__ == "__main__":
    main()
