#!/usr/bin/env python3
"""Builds the eu-parliament-vote corpus: three polls of an invented live blog and its gold annotation.

Every news item is described once, oldest first, with its text in each poll (a dict {first_poll: text} means
"this text from that poll on"), so the same entry gets the same labels in every poll.

    python3 build_corpus.py        # writes poll-1.txt .. poll-3.txt, the .properties and the .gold.json
"""
import datetime
import json
import os
import re
import unicodedata
from zoneinfo import ZoneInfo

NAME = "eu-parliament-vote"
DATE = datetime.date(2026, 3, 24)
ZONE = "Europe/Brussels"
POLLS = [1, 2, 3]
CAPTURE = {1: "10:14", 2: "13:58", 3: "19:45"}  # when each snapshot was taken (local); entries after it are absent
HERE = os.path.dirname(os.path.abspath(__file__))

ZONES = {"CET": "Europe/Brussels", "local": "Europe/Brussels", "GMT": "Europe/London", "UK": "Europe/London",
         "ET": "America/New_York"}


def utc(hhmm, zone="local", day=DATE):
    h, m = map(int, hhmm.split(":"))
    t = datetime.datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(ZONES[zone]))
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def D(y, mo, d):
    return datetime.date(y, mo, d)


# ---- helpers to describe annotations ---------------------------------------------------------------------
def P(name, mention=None):
    return ("PLACE", name, mention or name)


def O(name, mention=None):
    return ("ORGANIZATION", name, mention or name)


def H(name, mention=None):
    return ("PERSON", name, mention or name)


def T(mention, hhmm=None, zone="local", day=DATE):
    """A time mention: a clock time (hhmm given) or a day (only day)."""
    if hhmm:
        return {"mention": mention, "utc": utc(hhmm, zone, day)}
    return {"mention": mention, "date": day.isoformat()}


def Q(text, speaker=None, anonymous=None, via=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    else:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    return q


def para(text, ents=(), opt=(), quotes=(), attr=(), times=(), kind=None, why=None, group=None, keep=None):
    return dict(text=text if isinstance(text, dict) else {1: text}, ents=list(ents), opt=list(opt),
                quotes=list(quotes), attr=list(attr), times=list(times), kind=kind, why=why, group=group)


def entry(hhmm, *paras):
    return dict(time=hhmm, paras=list(paras))


YESTERDAY = D(2026, 3, 23)
THURSDAY = D(2026, 3, 26)
TOMORROW = D(2026, 3, 25)

# ---- names used in several places -------------------------------------------------------------------------
VDH = "Maarten van der Heijden"
ANA = "Stavros Anagnostou"
HAD = "Christodoulos Hadjipetrou"
HAG = "Åsa Hägglund"
LDC = "Inês Loureiro da Cunha"
EPP = "European People's Party"
SD = "Socialists and Democrats"
COM = "European Commission"
EP = "European Parliament"
CEU = "Council of the EU"

HEADLINE = para("Strasbourg showdown: MEPs vote on EU returns and asylum package — live",
                ents=[P("Strasbourg")], opt=[O("EU")])

# ---- the news items, oldest first ---------------------------------------------------------------------------
ENTRIES = [
    entry("08:02", para(
        {1: "Good morning from Strasboug, where MEPs vote today on the EU’s returns and asylum package, the most "
            "fought-over piece of migration law since the 2024 Pact. Voting time is scheduled for noon (11:00 GMT), "
            "but nobody in the press bar is betting on it starting on time.",
         2: "Good morning from Strasbourg, where MEPs vote today on the EU’s returns and asylum package, the most "
            "fought-over piece of migration law since the 2024 Pact. Voting time is scheduled for noon (11:00 GMT), "
            "but nobody in the press bar is betting on it starting on time."},
        ents=[P("Strasbourg"), O("EU")], opt=[P("Strasbourg", "Strasboug")],
        times=[T("today"), T("noon", "12:00"), T("11:00 GMT", "11:00", "GMT")],
        kind="near", why="typo 'Strasboug' corrected to 'Strasbourg' after the first poll")),
    entry("08:10", para(
        {1: "A quick reminder of what is on the table. The package bundles the Commission’s Return Regulation, which "
            "would allow member states to send failed asylum seekers to ‘return hubs’ outside the EU, with a first "
            "EU-wide list of safe countries of origin and a looser definition of a safe third country.",
         2: "A quick reminder of what is on the table. The package bundles the Commission’s Return Regulation, which "
            "would allow member states to send rejected asylum seekers to ‘return hubs’ outside the EU, with a first "
            "EU-wide list of safe countries of origin and a looser definition of a safe third country."},
        ents=[O(COM, "Commission"), O("EU")],
        kind="near", why="one ordinary word changed in a long entry ('failed' -> 'rejected' asylum seekers)"),
        para("The text before MEPs is the compromise struck in the Civil Liberties, Justice and Home Affairs "
             "Committee (LIBE), which voted 34 to 29 at 00:45 on 12 March after a 14-hour session.",
             ents=[O("Civil Liberties, Justice and Home Affairs Committee")],
             times=[T("00:45", "00:45", day=D(2026, 3, 12)), T("12 March", day=D(2026, 3, 12))])),
    entry("08:31", para(
        "“We have the numbers, but only just. If the Poles split, we lose,” according to a senior EPP official.",
        ents=[O(EPP, "EPP")], opt=[P("Poland", "Poles")],
        quotes=[Q("We have the numbers, but only just. If the Poles split, we lose",
                  anonymous="a senior EPP official")],
        group="epp-quote")),
    entry("08:40", para(
        "Warsaw has asked Polish MEPs from the governing coalition to vote against the safe third country "
        "provisions, PAP reported last night, citing a letter from the interior ministry.",
        ents=[O("Warsaw"), O("PAP")], opt=[P("Poland", "Polish"), O("interior ministry")],
        attr=["PAP"], times=[T("last night", day=YESTERDAY)])),
    entry("08:46", para(
        {1: "The Cypriot presidency expects interior ministers to sign off on the text without debate at the Justice "
            "and Home Affairs Council on Thursday, a Council spokesperson said.",
         2: "The Cypriot presidency expects interior ministers to sign off on the text without debate at the Justice "
            "and Home Affairs Council on Thursday, a Council spokesperson told Europa Press."},
        ents=[O(CEU, "Council"), O("Europa Press")],
        opt=[O("Cypriot presidency"), P("Cyprus", "Cypriot"), O("Justice and Home Affairs Council")],
        attr=["Europa Press"], times=[T("on Thursday", day=THURSDAY)],
        kind="near", why="re-published with only the attribution clause changed ('said' -> 'told Europa Press')")),
    entry("08:52", para(
        "Van der Heijden, the rapporteur, arrived at the Louise Weiss building shortly before 8am and told reporters "
        "he was “cautiously confident, no more than that”.",
        ents=[H(VDH, "Van der Heijden")], opt=[P("Louise Weiss building"), H("Louise Weiss")],
        quotes=[Q("cautiously confident, no more than that", speaker=VDH)],
        times=[T("8am", "08:00")])),
    entry("09:04", para(
        "The debate is under way. Christodoulos Hadjipetrou, Cyprus’s deputy minister for migration, spoke first for "
        "the Council of the EU and urged MEPs not to “unpick a balanced compromise at the eleventh hour”.",
        ents=[H(HAD), P("Cyprus"), O(CEU)], opt=[O("EU")],
        quotes=[Q("unpick a balanced compromise at the eleventh hour", speaker=HAD)])),
    entry("09:12",
          para("Maarten van der Heijden, the Dutch MEP from the centre-right European People’s Party (EPP) who "
               "steered the file through committee, opened with a pointed message to his own side.",
               ents=[H(VDH), O(EPP, "European People’s Party")], opt=[P("Netherlands", "Dutch")]),
          para("“Colleagues who tell their voters they want control of our borders cannot vote against the first "
               "instrument that actually gives us that control,” he said.",
               quotes=[Q("Colleagues who tell their voters they want control of our borders", speaker=VDH)]),
          para("He added: “If this falls today, it will not come back in this mandate. Let us at least be honest "
               "about that.”",
               quotes=[Q("If this falls today, it will not come back in this mandate", speaker=VDH)],
               times=[T("today")])),
    entry("09:20", para(
        "Migration Commissioner Stavros Anagnostou, speaking for the European Commission, said return rates were "
        "“stuck at around one in five” and that the current system was failing everyone. “We issue return decisions "
        "and then we watch people disappear. That is not a policy, it is a shrug,” Mr Anagnostou said.",
        ents=[H(ANA, "Stavros Anagnostou"), O(COM)],
        quotes=[Q("stuck at around one in five", speaker=ANA),
                Q("We issue return decisions and then we watch people disappear", speaker=ANA)])),
    entry("09:34", para(
        "Hägglund, the Greens/EFA shadow rapporteur, called the return hubs “Guantánamo with a Schengen stamp” and "
        "confirmed her group would move to send the text back to committee.",
        ents=[H(HAG, "Hägglund"), O("Greens/EFA")], opt=[P("Guantánamo"), P("Schengen area", "Schengen")],
        quotes=[Q("Guantánamo with a Schengen stamp", speaker=HAG)])),
    entry("09:41", para(
        "A boat carrying 38 people, most of them from Bangladesh and Egypt, reached Lampedusa this morning, ANSA "
        "reports. The island’s hotspot is holding more than 900 people, three times its capacity.",
        ents=[P("Bangladesh"), P("Egypt"), P("Lampedusa"), O("ANSA")], attr=["ANSA"],
        times=[T("this morning")])),
    entry("09:48", para(
        {1: "For the European Conservatives and Reformists (ECR), Polish MEP Bartłomiej Żmudziński said his group "
            "would back the return hubs but reject anything resembling mandatory solidarity: \"Poland will not be a "
            "paying member of a club whose rules are dictated by Berlin.\"",
         2: "For the European Conservatives and Reformists (ECR), Polish MEP Bartłomiej Żmudziński said his group "
            "would back the return hubs but reject anything resembling mandatory solidarity: “Poland will not be a "
            "paying member of a club whose rules are dictated by Berlin.”"},
        ents=[O("European Conservatives and Reformists"), H("Bartłomiej Żmudziński"), P("Poland"), O("Berlin")],
        quotes=[Q("Poland will not be a paying member of a club whose rules are dictated by Berlin.",
                  speaker="Bartłomiej Żmudziński")],
        kind="exact", why="straight quotation marks replaced by curly ones; otherwise identical")),
    entry("09:55", para(
        {1: "Some context on the numbers: EU+ countries received 1,050,000 asylum applications in 2025, according to "
            "the EU Agency for Asylum (EUAA), but only about 113,000 people were actually returned to their "
            "countries of origin.",
         2: "Some context on the numbers: EU+ countries received 1.05 million asylum applications in 2025, according "
            "to the EU Agency for Asylum (EUAA), but only about 113,000 people were actually returned to their "
            "countries of origin."},
        ents=[O("EU Agency for Asylum")], opt=[O("EU", "EU+")],
        kind="near", why="the same number rewritten in house style: '1,050,000' -> '1.05 million'")),
    entry("10:02", para(
        {1: "Portuguese Socialist Inês Loureiro da Cunha, shadow rapporteur for the Socialists and Democrats (S&D), "
            "said her group would “hold its nose” and vote in favour.",
         2: "Portuguese Socialist Inês Loureiro da Cunha, shadow rapporteur for the Socialists and Democrats (S&D), "
            "said her group would “hold its nose” and vote in favour, provided the amendment protecting "
            "unaccompanied minors survives."},
        ents=[H(LDC), O(SD)], opt=[P("Portugal", "Portuguese"), O("Socialist Party", "Socialist")],
        quotes=[Q("hold its nose", speaker=LDC)],
        kind="contained", why="posted cut short in poll 1; the condition was appended in poll 2")),
    entry("10:09", para(
        "Ludovica De Santis, an Italian MEP with Patriots for Europe, went further, telling the chamber that Italy’s "
        "centres at Gjadër and Shëngjin in Albania had “shown the way” and accusing the Commission of “copying "
        "Rome’s homework without giving credit”.",
        ents=[H("Ludovica De Santis"), O("Patriots for Europe"), P("Italy"), P("Gjadër"), P("Shëngjin"),
              P("Albania"), O(COM, "Commission"), O("Rome")],
        quotes=[Q("shown the way", speaker="Ludovica De Santis"),
                Q("copying Rome’s homework without giving credit", speaker="Ludovica De Santis")])),
    # ---- after the first snapshot ----
    entry("10:21", para(
        "Budapest objected again this morning. Government spokesman Levente Sárközi told the state news agency MTI "
        "that Hungary “will not pay a single forint for other countries’ failures”.",
        ents=[O("Budapest"), H("Levente Sárközi"), O("MTI"), P("Hungary")], attr=["MTI"],
        quotes=[Q("will not pay a single forint for other countries’ failures", speaker="Levente Sárközi",
                  via="MTI")],
        times=[T("this morning")])),
    entry("10:35", para(
        "Berlin, by contrast, wants the package through. “The federal government supports the compromise as it "
        "stands and asks all democratic groups to do the same,” an interior ministry spokesperson told dpa.",
        ents=[O("Berlin"), O("dpa")], opt=[O("interior ministry")], attr=["dpa"],
        quotes=[Q("The federal government supports the compromise as it stands",
                  anonymous="an interior ministry spokesperson", via="dpa")])),
    entry("10:48", para(
        "Greek EPP MEP Nikos Vafeiadis told the Athens-Macedonian News Agency (ANA-MPA) that islands such as Samos, "
        "Kos and Gavdos, south of Crete, “cannot wait for another mandate”. Gavdos, population 150, has received "
        "more than 4,000 arrivals from eastern Libya since last summer.",
        ents=[H("Nikos Vafeiadis"), O(EPP, "EPP"), O("Athens-Macedonian News Agency"), P("Samos"), P("Kos"),
              P("Gavdos"), P("Crete"), P("Libya")],
        opt=[P("Greece", "Greek"), P("Athens")], attr=["Athens-Macedonian News Agency"],
        quotes=[Q("cannot wait for another mandate", speaker="Nikos Vafeiadis",
                  via="Athens-Macedonian News Agency")])),
    entry("11:15",
          para("Renew Europe will give its MEPs a free vote, its migration coordinator, German MEP Clemens von "
               "Wartenfels, told reporters outside the chamber.",
               ents=[O("Renew Europe"), H("Clemens von Wartenfels")], opt=[P("Germany", "German")]),
          para("“We are a liberal family, not a barracks. Everyone knows where I stand, and everyone knows it is "
               "close,” he said.",
               quotes=[Q("We are a liberal family, not a barracks", speaker="Clemens von Wartenfels")])),
    entry("11:20", para(
        "The S&D group will vote in favour of the motion to send the text back to committee, a group spokesperson "
        "confirmed.",
        ents=[O(SD, "S&D")])),
    entry("11:41", para(
        "Twenty minutes to voting time and the whips are still counting. “We have the numbers, but only just. If "
        "the Poles split, we lose,” a senior EPP official told Rond-Point, adding that at least nine of the group’s "
        "22 Polish MEPs were still undecided.",
        ents=[O(EPP, "EPP"), O("Rond-Point")], opt=[P("Poland", "Poles")], attr=["Rond-Point"],
        quotes=[Q("We have the numbers, but only just. If the Poles split, we lose",
                  anonymous="a senior EPP official", via="Rond-Point")],
        group="epp-quote")),
    entry("11:52", para(
        "The S&D group will not vote in favour of the motion to send the text back to committee, a group "
        "spokesperson confirmed, reversing the line given half an hour ago.",
        ents=[O(SD, "S&D")])),
    entry("12:05", para(
        {2: "Voting time. Swedish Green MEP Åsa Hägglund moved the motion to refer back: “This text has not been "
            "translated into all 24 languages, it has not been costed and it has not ben checked against the "
            "Charter,” she told the chamber.",
         3: "Voting time. Swedish Green MEP Åsa Hägglund moved the motion to refer back: “This text has not been "
            "translated into all 24 languages, it has not been costed and it has not been checked against the "
            "Charter,” she told the chamber."},
        ents=[H(HAG, "Åsa Hägglund")], opt=[P("Sweden", "Swedish"), O("Greens/EFA", "Green")],
        quotes=[Q("This text has not been translated into all 24 languages", speaker=HAG)],
        kind="near", why="typo 'ben' corrected to 'been' in poll 3")),
    entry("12:14", para("Motion to refer back REJECTED: 298 in favour, 336 against, 21 abstentions.")),
    entry("12:31", para(
        "Vice-President Kadri Saarepuu, in the chair, has suspended voting on the package after the EPP and ECR asked "
        "for time to check 14 late oral amendments. The final vote is now expected at 16:00 CET (15:00 GMT), the "
        "Parliament’s press service says.",
        ents=[H("Kadri Saarepuu"), O(EPP, "EPP"), O("European Conservatives and Reformists", "ECR"),
              O(EP, "Parliament")],
        times=[T("16:00 CET", "16:00", "CET"), T("15:00 GMT", "15:00", "GMT")])),
    entry("13:10", para(
        "The vote is being watched in Washington too. The US Department of Homeland Security is due to brief "
        "reporters on a transatlantic returns data-sharing arrangement with the EU at 10am ET (15:00 CET), a DHS "
        "official said.",
        ents=[P("Washington"), O("US Department of Homeland Security"), O("EU")],
        opt=[P("United States", "US"), O("DHS")],  # review: DHS is never defined on the page; lenient
        times=[T("10am ET", "10:00", "ET"), T("15:00 CET", "15:00", "CET")])),
    entry("13:25", para(
        "The Hague is pushing hard too. Dutch asylum and migration minister Sjoerd Terpstra told ANP the vote was "
        "“a test of whether Europe can still take decisions on migration”.",
        ents=[O("The Hague"), H("Sjoerd Terpstra"), O("ANP")], opt=[P("Netherlands", "Dutch"), P("Europe")],
        attr=["ANP"],
        quotes=[Q("a test of whether Europe can still take decisions on migration", speaker="Sjoerd Terpstra",
                  via="ANP")])),
    # ---- after the second snapshot ----
    entry("14:20", para(
        "From the Canaries: the island of El Hierro received 2,310 people in January and February alone, Europa "
        "Press reports. The island council’s president, Ayoze Fleitas Cabrera, said the reception centre in La "
        "Restinga was “at breaking point”.",
        ents=[P("Canary Islands", "Canaries"), P("El Hierro"), O("Europa Press"), H("Ayoze Fleitas Cabrera"),
              P("La Restinga")],
        opt=[O("island council")], attr=["Europa Press"],
        quotes=[Q("at breaking point", speaker="Ayoze Fleitas Cabrera")])),
    entry("14:45", para(
        "Council diplomats are watching nervously. “Nobody in the Council wants to reopen this. If Parliament changes "
        "one comma, we are back in trilogues until the summer,” one EU diplomat told AFP.",
        ents=[O(CEU, "Council"), O(EP, "Parliament"), O("AFP")], opt=[O("EU")], attr=["AFP"],
        quotes=[Q("Nobody in the Council wants to reopen this", anonymous="one EU diplomat", via="AFP")])),
    entry("15:26", para(
        "A boat carrying 41 people, most of them from Bangladesh and Egypt, reached Linosa, north of Lampedusa, this "
        "afternoon, ANSA reports. The island has no hotspot and the group will be moved on by ferry.",
        ents=[P("Bangladesh"), P("Egypt"), P("Linosa"), P("Lampedusa"), O("ANSA")], attr=["ANSA"],
        times=[T("this afternoon")])),
    entry("15:48", para(
        "Pushed back again. The final vote is now expected at 17:30 CET (4.30pm UK time), the Parliament’s press "
        "service says, after the EPP’s Polish delegation asked for another hour.",
        ents=[O(EP, "Parliament"), O(EPP, "EPP")],
        opt=[P("Poland", "Polish"), P("United Kingdom", "UK")],  # review: "UK" inside "4.30pm UK time"
        times=[T("17:30 CET", "17:30", "CET"), T("4.30pm UK time", "16:30", "UK")])),
    entry("16:10", para(
        "Commissioner Anagnostou will hold a press conference in Strasbourg straight after the vote, his "
        "spokesperson told Reuters.",
        ents=[H(ANA, "Anagnostou"), P("Strasbourg"), O("Reuters")], attr=["Reuters"])),
    entry("16:25", para(
        "Deputy Minister Hadjipetrou will hold a press conference in Strasbourg straight after the vote, his "
        "spokesperson told Reuters.",
        ents=[H(HAD, "Hadjipetrou"), P("Strasbourg"), O("Reuters")], attr=["Reuters"])),
    entry("17:41", para(
        "Amendment 31, which would delete the article on return hubs, is REJECTED: 312 in favour, 329 against, "
        "18 abstentions.")),
    entry("17:46", para(
        "Amendment 32, which would delete the article on safe third countries, is ADOPTED: 321 in favour, "
        "308 against, 30 abstentions.")),
    entry("18:04", para(
        "PASSED. The European Parliament has adopted the returns and asylum package by 338 votes in favour, 297 "
        "against and 24 abstentions. Applause on the right of the chamber; Left MEPs hold up banners reading "
        "“Asylum is a right”.",
        ents=[O(EP)], opt=[O("The Left", "Left")],
        quotes=[Q("Asylum is a right", anonymous="Left MEPs")], group="final")),
    entry("18:09",
          para("A visibly emotional Mr van der Heijden embraced Loureiro da Cunha in the aisle. “Europe showed today "
               "that it can still decide. It was close, but close is enough,” he told reporters.",
               ents=[H(VDH, "van der Heijden"), H(LDC, "Loureiro da Cunha")], opt=[P("Europe")],
               quotes=[Q("Europe showed today that it can still decide", speaker=VDH)], times=[T("today")]),
          para("He added: “Seven of my Polish colleagues voted against. I will be having coffee with each of them.”",
               opt=[P("Poland", "Polish")],
               quotes=[Q("Seven of my Polish colleagues voted against", speaker=VDH)])),
    entry("18:35", para(
        "The UN refugee agency UNHCR said it “regretted” the outcome. “Transferring people to countries they have no "
        "connection with risks shifting responsibility rather than sharing it,” the agency said in a statement from "
        "Geneva.",
        ents=[O("UNHCR"), P("Geneva")], opt=[O("United Nations", "UN")],
        quotes=[Q("Transferring people to countries they have no connection with", speaker="UNHCR",
                  via="a statement")])),
    entry("19:42", para(
        "That’s it from us in Strasbourg tonight. Interior ministers take the text on Thursday; we will be back with "
        "reaction from the capitals from 7am CET tomorrow. Thanks for following.",
        ents=[P("Strasbourg")],
        times=[T("tonight"), T("on Thursday", day=THURSDAY), T("7am CET", "07:00", "CET", day=TOMORROW),
               T("tomorrow", day=TOMORROW)])),
]

PINNED_TIME = "18:04"  # the result is pinned above the stream in the last poll (shown twice on one page)

# must-stay-distinct pairs, by entry time
TWINS = [
    ("17:41", "17:46", "two amendment votes: another amendment number, another article, REJECTED vs ADOPTED, "
                       "312/329/18 vs 321/308/30"),
    ("11:20", "11:52", "negation: the S&D will vote in favour vs will not vote in favour of referral (a reversal)"),
    ("09:41", "15:26", "two different boats: 38 people on Lampedusa this morning vs 41 on Linosa this afternoon"),
    ("12:31", "15:48", "final vote expected at 16:00 CET vs postponed again to 17:30 CET"),
    ("16:10", "16:25", "another person: the Commissioner's press conference vs the Cypriot minister's"),
]

# ---- page furniture ---------------------------------------------------------------------------------------
CHROME_COOKIE = ("We use cookies to personalise content and ads and to analyse our traffic. "
                 "Manage preferences | Accept all")
CHROME_BYLINE = "By Sofie Vermeulen and Piotr Nowacki in Strasbourg | Last updated {cap} CET"
CHROME_COUNTER = "Live: {n} updates"
CHROME_SHARE = "Share: Bluesky · LinkedIn · WhatsApp · Email · Copy link"
CHROME_NEWSLETTER = ("Get Rond-Point Morning, the essential briefing on EU politics, in your inbox before 6am CET, "
                     "Monday to Friday. Sign up")
CHROME_PRO = ("Pro subscribers had our EPP whip count at 07:45 CET. Rond-Point Pro Migration & Home Affairs, from "
              "€1,490 a year — request a free trial")
CHROME_PODCAST = "Listen: The Rond-Point Briefing — Knife-edge in Strasbourg: can the EPP hold its Poles? (31:42)"
CHROME_BLUESKY = "Follow @rondpoint.eu on Bluesky for live coverage from Strasbourg"
CHROME_POPULAR = "Most popular"
POPULAR = {
    1: ["1. Inside the EPP’s whip operation on the returns vote",
        "2. Budapest threatens to block the asylum solidarity pool"],
    2: ["1. Inside the EPP’s whip operation on the returns vote",
        "2. Budapest threatens to block the asylum solidarity pool"],
    3: ["1. MEPs pass returns package after a day of drama in Strasbourg",
        "2. Inside the EPP’s whip operation on the returns vote"],
}
INSERT_AFTER = {3: "newsletter", 9: "pro", 16: "podcast"}  # furniture boxes after the N-th entry from the top


# ---- building -------------------------------------------------------------------------------------------
def minutes(hhmm):
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def text_in(p, poll):
    keys = [k for k in sorted(p["text"]) if k <= poll]
    return p["text"][keys[-1]] if keys else None


def normal(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub("[\u2018\u2019]", "'", s)
    s = re.sub("[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_marks(s):
    return re.sub("[\u201c\u201d\u2018\u2019\"'\u201e]", "", s)


def build():
    gold = {
        "about": "Invented evaluation corpus, written by hand: three snapshots of a live blog by 'Rond-Point', an "
                 "invented Brussels-based pan-European political news site writing in English with British "
                 "spelling, covering a tense European Parliament plenary vote in Strasbourg on a migration-and-"
                 "asylum (returns) package on Tuesday 24 March 2026. Entries are newest first, each stamped "
                 "'HH:MM CET — '. All people, quotations, tallies and the outlet are invented; places, EU "
                 "institutions, political groups and news agencies are real. Page furniture (cookie notice, "
                 "byline/updated stamp, live counter, share bar, newsletter box, Pro offer, podcast teaser, Bluesky "
                 "prompt, 'Most popular' list) is mixed in. CET on this date is UTC+1, GMT/UK time is UTC+0 and US "
                 "Eastern is already on daylight time (UTC-4).",
        "blog": {"date": DATE.isoformat(), "timezone": ZONE, "order": "newest-first", "polls": []},
        "chrome_lines": [], "entry_duplicate_groups": [], "must_stay_distinct": [], "entities_required": {},
        "entities_optional": {}, "quotes": [], "attributions": [], "time_mentions": [], "published_times": [],
    }
    occurrences = {}  # paragraph key -> list of line refs
    chrome_occ = {}
    pages = {}
    used = set()  # annotation items that matched some version

    def annotate(ref, p, pid, text, published=None):
        req, opt = [], []
        for i, (typ, name, mention) in enumerate(p["ents"]):
            if mention in text:
                req.append({"type": typ, "name": name, "mention": mention})
                used.add((pid, "e", i))
        for i, (typ, name, mention) in enumerate(p["opt"]):
            if mention in text:
                opt.append({"type": typ, "name": name, "mention": mention})
                used.add((pid, "o", i))
        gold["entities_required"][ref] = req
        if opt:
            gold["entities_optional"][ref] = opt
        for i, q in enumerate(p["quotes"]):
            if strip_marks(q["text"])[:40] in strip_marks(text):
                gold["quotes"].append({"line": ref, **q})
                used.add((pid, "q", i))
        for i, a in enumerate(p["attr"]):
            if a in text:
                gold["attributions"].append({"line": ref, "source": a})
                used.add((pid, "a", i))
        for i, tm in enumerate(p["times"]):
            if tm["mention"] in text:
                gold["time_mentions"].append({"line": ref, **tm})
                used.add((pid, "t", i))
        if published:
            gold["published_times"].append({"line": ref, "prefix": published + " CET",
                                            "utc": utc(published)})

    for poll in POLLS:
        name = f"poll-{poll}.txt"
        gold["blog"]["polls"].append(name)
        cap = CAPTURE[poll]
        visible = [e for e in ENTRIES if minutes(e["time"]) <= minutes(cap)]
        lines = []  # (text, kind, key, para, published)

        def add_chrome(text, key):
            lines.append((text, "chrome", key, None, None))

        add_chrome(CHROME_COOKIE, "cookie")
        lines.append((HEADLINE["text"][1], "news", "headline", HEADLINE, None))
        add_chrome(CHROME_BYLINE.format(cap=cap), None)
        add_chrome(CHROME_COUNTER.format(n=len(visible)), None)
        add_chrome(CHROME_SHARE, "share")
        newest_first = list(reversed(visible))
        if poll == POLLS[-1]:
            pinned = next(e for e in ENTRIES if e["time"] == PINNED_TIME)
            p = pinned["paras"][0]
            lines.append((f"{pinned['time']} CET — " + text_in(p, poll), "news", ("para", PINNED_TIME, 0), p,
                          pinned["time"]))
        for n, e in enumerate(newest_first, 1):
            for j, p in enumerate(e["paras"]):
                t = text_in(p, poll)
                assert t is not None, (e["time"], poll)
                pub = e["time"] if j == 0 else None
                if pub:
                    t = f"{e['time']} CET — " + t
                lines.append((t, "news", ("para", e["time"], j), p, pub))
            box = INSERT_AFTER.get(n)
            if box == "newsletter":
                add_chrome(CHROME_NEWSLETTER, "newsletter")
            elif box == "pro":
                add_chrome(CHROME_PRO, "pro")
            elif box == "podcast":
                add_chrome(CHROME_PODCAST, "podcast")
        add_chrome(CHROME_BLUESKY, "bluesky")
        add_chrome(CHROME_POPULAR, "popular")
        for item in POPULAR[poll]:
            add_chrome(item, None)

        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for t, *_ in lines:
                assert "\n" not in t and t.strip()
                f.write(t + "\n")
        pages[poll] = lines
        for i, (t, kind, key, p, pub) in enumerate(lines, 1):
            ref = f"{name}:{i}"
            if kind == "chrome":
                gold["chrome_lines"].append(ref)
                if key:
                    chrome_occ.setdefault(key, []).append(ref)
                continue
            occurrences.setdefault(key, []).append((ref, t))
            pid = key if key == "headline" else key[1:]
            annotate(ref, p, pid, t, pub)

    # every annotation must have matched at least one version of its paragraph
    for e in ENTRIES:
        for j, p in enumerate(e["paras"]):
            for tag, lst in (("e", p["ents"]), ("o", p["opt"]), ("q", p["quotes"]), ("a", p["attr"]),
                             ("t", p["times"])):
                for i, item in enumerate(lst):
                    assert ((e["time"], j), tag, i) in used, (e["time"], j, tag, item)

    # duplicate groups
    paras_by_key = {("para", e["time"], j): p for e in ENTRIES for j, p in enumerate(e["paras"])}
    paras_by_key["headline"] = HEADLINE
    merged = {}
    for key, occ in occurrences.items():
        p = paras_by_key[key]
        gkey = p.get("group") or key
        merged.setdefault(gkey, []).append((key, occ))
    for gkey, parts in merged.items():
        refs = [r for _, occ in parts for r, _ in occ]
        if len(refs) < 2:
            continue
        texts = {t for _, occ in parts for _, t in occ}
        if gkey == "epp-quote":
            kind = "contained"
            keep = [r for key, occ in parts if key[1] == "11:41" for r, _ in occ][-1]
            why = ("the same anonymous EPP quotation under two attributions: the 08:31 entry is mostly the quotation "
                   "('according to a senior EPP official'); the 11:41 entry contains it with 'told Rond-Point' and "
                   "more context")
        else:
            p = paras_by_key[parts[0][0]]
            if len({normal(t) for t in texts}) == 1:
                kind = "exact"
                why = p["why"] or "the same entry in several polls"
                if gkey == "final" or (isinstance(gkey, tuple) and gkey[1] == PINNED_TIME):
                    why = "the result, pinned at the top of the last poll and also in its place in the stream"
            else:
                kind = p["kind"]
                why = p["why"]
            keep = refs[-1]
            # keep the last poll's line (for the pinned one: the in-stream line, which is the later on the page)
        grp = {"lines": sorted(refs, key=lambda r: (int(r.split("-")[1].split(".")[0]), int(r.split(":")[1]))),
               "kind": kind, "keep_text_of": keep, "why": why}
        gold["entry_duplicate_groups"].append(grp)
    for key, refs in chrome_occ.items():
        if len(refs) > 1:
            gold["entry_duplicate_groups"].append({"lines": refs, "kind": "exact", "chrome": True})

    # twins in the last poll
    last = f"poll-{POLLS[-1]}.txt"
    def ref_of(hhmm):
        occ = occurrences[("para", hhmm, 0)]
        return [r for r, _ in occ if r.startswith(last)][-1]
    for a, b, why in TWINS:
        gold["must_stay_distinct"].append({"lines": [ref_of(a), ref_of(b)], "why": why})

    with open(os.path.join(HERE, NAME + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, NAME + ".properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE.isoformat()}\nliveblog.blog.zone={ZONE}\n")
    for poll in POLLS:
        print(f"poll-{poll}.txt: {len(pages[poll])} lines")


if __name__ == "__main__":
    build()
