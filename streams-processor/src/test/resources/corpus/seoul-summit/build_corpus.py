#!/usr/bin/env python3
"""Builds the seoul-summit corpus: three polls of an invented English-language Korean outlet's live blog
("The Korea Chronicle") of a South Korea-Japan-China summit in Seoul, Wednesday 25 November 2026, and its gold file.

Every item is described once, oldest first, with its text in each poll it appears in. Annotations are written
once per item; for each version of an item only those whose mention/quote text occurs on that version's line are
kept (so a cut-short version does not inherit annotations of the missing sentence).

Run:  python3 build_corpus.py   (writes poll-1.txt .. poll-3.txt, seoul-summit.properties, seoul-summit.gold.json)
"""
import datetime
import json
import os
import re
from zoneinfo import ZoneInfo

NAME = "seoul-summit"
DIR = os.path.dirname(os.path.abspath(__file__))
DATE = datetime.date(2026, 11, 25)
ZONE = "Asia/Seoul"
POLLS = [1, 2, 3]


def utc(hh, mm=0, zone=ZONE, day=DATE):
    """Clock time in a zone on a day -> ISO UTC instant, via zoneinfo."""
    local = datetime.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(zone))
    return local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


YESTERDAY = DATE - datetime.timedelta(days=1)
TOMORROW = DATE + datetime.timedelta(days=1)


def P(name, mention=None):
    return {"type": "PERSON", "name": name, "mention": mention or name}


def O(name, mention=None):
    return {"type": "ORGANIZATION", "name": name, "mention": mention or name}


def L(name, mention=None):
    return {"type": "PLACE", "name": name, "mention": mention or name}


def Q(text, speaker=None, anonymous=None, via=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    if anonymous:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    return q


def T(mention, utc_=None, date=None):
    t = {"mention": mention}
    if utc_:
        t["utc"] = utc_
    else:
        t["date"] = date.isoformat()
    return t


def A(source, mention):
    return {"source": source, "mention": mention}


# Recurring entity names (full names as the blog gives them anywhere)
HAN = "Han Seung-woo"
TAKEDA = "Takeda Haruki"      # written family-name-first in most entries, "Haruki Takeda" in one
ZHAO = "Zhao Mingyuan"
CHOI = "Choi Eun-ji"
MORITA = "Morita Kenji"
VINH = "Đỗ Quang Vinh"
ASEAN = "Association of Southeast Asian Nations"
KMA = "Korea Meteorological Administration"
YONHAP = "Yonhap News Agency"

# ---------------------------------------------------------------------------------------------------------
# Furniture. key -> {poll: text}; position is handled in layout().
CHROME = {
    "signin": {1: "Sign in", 2: "Sign in", 3: "Sign in"},
    "register": {1: "Register", 2: "Register", 3: "Register"},
    "live": {1: "Live updates", 2: "Live updates", 3: "Live updates"},
    "updated": {1: "Updated 4 mins ago", 2: "Updated 1 min ago", 3: "Updated 2 mins ago"},
    "share": {1: "Share this article", 2: "Share this article", 3: "Share this article"},
    "ad": {1: "Advertisement", 2: "Advertisement", 3: "Advertisement"},
    "moreon": {2: "More on this: Why steel rigs in the Yellow Sea keep souring Seoul-Beijing ties",
               3: "More on this: Why steel rigs in the Yellow Sea keep souring Seoul-Beijing ties"},
    "readmore": {1: "Read more", 2: "Read more", 3: "Read more"},
    "comments": {1: "Comments (12)", 2: "Comments (27)", 3: "Comments (45)"},
    "mostread": {1: "Most Read", 2: "Most Read", 3: "Most Read"},
    "mr1": {1: "Seoul braces for first snow of the season as summit motorcades roll"},
    "mr2": {2: "Won rallies to two-week high as Seoul summit lifts sentiment",
            3: "Won rallies to two-week high as Seoul summit lifts sentiment"},
    "app": {1: "Download our app for breaking news alerts", 2: "Download our app for breaking news alerts",
            3: "Download our app for breaking news alerts"},
    "cookie": {p: "We use cookies to give you the best experience on our website. By continuing to browse, you "
                  "agree to our use of cookies. Accept" for p in POLLS},
}

# ---------------------------------------------------------------------------------------------------------
# News items, oldest first. "t": post time KST (for ordering only; the page shows no stamps).
# "texts": {poll: text} or {poll: [line, line]} for multi-paragraph posts.
ITEMS = []


def item(id, t, texts, req=(), opt=(), quotes=(), attrs=(), times=(), kind=None, why=None, pinned=False,
         group_with=None):
    ITEMS.append(dict(id=id, t=t, texts=texts, req=list(req), opt=list(opt), quotes=list(quotes),
                      attrs=list(attrs), times=list(times), kind=kind, why=why, pinned=pinned,
                      group_with=group_with))


def same(text, polls):
    return {p: text for p in polls}


# The headline is shown under "Live updates" in every poll; it is news (it names the event), not furniture.
HEADLINE = "South Korea, Japan and China leaders meet in Seoul as ASEAN joins side talks"
HEADLINE_ANN = dict(req=[L("Seoul"), O(ASEAN, "ASEAN")],
                    # review: "South Korea, Japan and China leaders" is an attributive use, like "US officials"
                    opt=[L("South Korea"), L("Japan"), L("China")])

# ---------------------------- poll 1 items (posted 08:00-10:40 KST) --------------------------------------
item("welcome", "08:00", same(
    "Good morning and welcome to our live coverage of the trilateral summit of South Korea, Japan and China, "
    "which opens in Seoul this morning. It is the first three-way leaders' meeting hosted by Seoul since May 2024, "
    "and an ASEAN delegation will join a side meeting with the three governments in the afternoon.", POLLS),
    req=[L("South Korea"), L("Japan"), L("China"), L("Seoul")],
    opt=[O(ASEAN, "ASEAN")],  # review: "an ASEAN delegation" is an attributive use
    times=[T("this morning", date=DATE)])

item("takeda-arrival", "08:05", same(
    "Japanese Prime Minister Takeda Haruki landed at Gimpo International Airport at 10.15pm last night, "
    "Kyodo News reported, the first of the two visiting leaders to arrive.", POLLS),
    req=[P(TAKEDA), O("Kyodo News")],
    opt=[L("Japan", "Japanese"), L("Gimpo International Airport")],
    attrs=[A("Kyodo News", "Kyodo News reported")],
    # "10.15pm last night": 22:15 KST on Tuesday 24 November
    times=[T("10.15pm", utc(22, 15, day=YESTERDAY)), T("last night", date=YESTERDAY)])

item("zhao-arrival", "08:10", same(
    "Chinese Premier Zhao Mingyuan arrived at Seoul Air Base in Seongnam at 7.40am aboard an Air China "
    "charter, Xinhua said. He was greeted on the tarmac by Deputy Foreign Minister Yoon Da-hye.", POLLS),
    req=[P(ZHAO), L("Seongnam"), O("Air China"), O("Xinhua"), P("Yoon Da-hye")],
    opt=[L("China", "Chinese"), L("Seoul Air Base")],
    attrs=[A("Xinhua", "Xinhua said")],
    times=[T("7.40am", utc(7, 40))])  # 7.40am KST is 22:40 UTC the previous day

item("security", "08:20", {
    1: "Security is tight across the capital, with roads around Cheong Wa Dae and the Shilla Hotel closed until "
       "9pm and drones banned over the Jongno and Jung districts. Subway trains will not stop at Gyeongbokgung "
       "station for most of the day, Seoul Metro said.",
    2: "Security is tight across the capital, with roads around Cheong Wa Dae and the Shilla Hotel closed until "
       "9pm and drones banned over the Jongno and Jung districts. Subway trains will not stop at Gyeongbokgung "
       "station for most of the day, Seoul Metro said.",
    3: "Security is tight across the capital, with roads around Cheong Wa Dae and the Shilla Hotel closed until "
       "9pm and drones banned over the Jongno and Jung districts. Subway trains will not stop at Gyeongbokgung "
       "station for much of the day, Seoul Metro said."},
    req=[L("Jongno District", "Jongno"), L("Jung District", "Jung"), O("Seoul Metro")],
    opt=[L("Cheong Wa Dae"), L("Shilla Hotel"), L("Gyeongbokgung station")],
    times=[T("9pm", utc(21))],
    kind="near", why="one ordinary word changed in a long entry ('most of the day' -> 'much of the day')")

item("kma-advisory", "08:30", same(
    "The Korea Meteorological Administration (KMA) has issued an advisory for the season's first snow in Seoul "
    "and Gyeonggi province from the afternoon, with up to 5cm expected. City officials said motorcade routes "
    "would be gritted.", POLLS),
    req=[O(KMA), L("Seoul"), L("Gyeonggi Province", "Gyeonggi province")])

item("choi-chair", "08:35", same(
    "Ms Choi will chair the ASEAN Plus Three side meeting after the leaders' session, her office said.", POLLS),
    req=[P(CHOI, "Ms Choi")],  # full name only given later (higher on the page), in the Yellow Sea entry
    opt=[O("ASEAN Plus Three"), O(ASEAN, "ASEAN")])

item("agenda", "08:40", {
    1: "The three leaders are expected to adopt a joint declaration covering supply chains, ageing populations "
       "and disaster response.",
    2: "The three leaders are expected to adopt a joint declaration covering supply chains, ageing populations "
       "and disaster response. Diplomats said a separate paragraph on the Korean Peninsula was still being "
       "negotiated as of this morning.",
    3: "The three leaders are expected to adopt a joint declaration covering supply chains, ageing populations "
       "and disaster response. Diplomats said a separate paragraph on the Korean Peninsula was still being "
       "negotiated as of this morning."},
    req=[L("Korean Peninsula")], times=[T("this morning", date=DATE)],
    kind="contained", why="one-sentence entry in poll 1, a second sentence appended from poll 2")

item("presser-3pm", "08:45", same(
    "The three leaders' joint press conference is scheduled for 3pm KST, a presidential official said.", POLLS),
    times=[T("3pm KST", utc(15))])

item("han-zhao-11am", "08:50", same(
    "Han is due to hold a separate bilateral meeting with Zhao at 11am, before a working lunch for all three "
    "leaders at noon.", POLLS),
    req=[P(HAN, "Han"), P(ZHAO, "Zhao")],
    times=[T("11am", utc(11)), T("noon", utc(12))])

item("han-welcomes", "09:35", same(
    "President Han Seung-woo welcomed Takeda with a handshake outside Cheong Wa Dae's Yeongbingwan guest house "
    "shortly before 9.30am, before the two leaders sat down for a 40-minute bilateral meeting.", POLLS),
    req=[P(HAN), P(TAKEDA, "Takeda")],
    opt=[L("Cheong Wa Dae"), L("Yeongbingwan")],
    times=[T("9.30am", utc(9, 30))])

item("han-remarks", "09:45", {
    1: "Han's opening remarks, \"Korea and Japan have shown that neighbours can move past history without "
       "forgetting it,\" were carried live by the public broadcaster KBS.",
    2: "Han's opening remarks, \u201cKorea and Japan have shown that neighbours can move past history without "
       "forgetting it,\u201d were carried live by the public broadcaster KBS.",
    3: "Han's opening remarks, \u201cKorea and Japan have shown that neighbours can move past history without "
       "forgetting it,\u201d were carried live by the public broadcaster KBS."},
    req=[P(HAN, "Han"), L("South Korea", "Korea"), L("Japan"), O("KBS")],
    quotes=[Q("Korea and Japan have shown that neighbours can move past history without forgetting it",
              speaker=HAN)],
    kind="exact", why="straight quotes in poll 1 replaced by curly quotes; possessive before the quotation")

item("takeda-reply", "09:55", same([
    "Haruki Takeda told Han that Japan wanted to \"build a future-oriented partnership that does not stop at "
    "the summit table\".",
    "He added: \"Our young people are already travelling between Seoul and Osaka more than ever. Governments "
    "should catch up with them.\""], POLLS),
    req=[P(TAKEDA, "Haruki Takeda"), P(HAN, "Han"), L("Japan"), L("Seoul"), L("Osaka")],
    quotes=[Q("build a future-oriented partnership that does not stop at the summit table", speaker=TAKEDA),
            Q("Our young people are already travelling between Seoul and Osaka more than ever", speaker=TAKEDA)])

item("protest-10am", "10:10", same(
    "Police said about 3,000 protesters had gathered near Gwanghwamun Square by 10am, in rival rallies for and "
    "against closer ties with Tokyo. The Seoul Metropolitan Police Agency has deployed 9,600 officers across "
    "the city centre.", POLLS),
    req=[O("Seoul Metropolitan Police Agency")],
    opt=[L("Gwanghwamun Square"), O("Tokyo"), L("Tokyo")],  # review: Tokyo = Japanese government
    times=[T("10am", utc(10))])

item("meti", "10:15", same(
    "Japan's Ministry of Economy, Trade and Industry (METI) said at 10am Tokyo time that it would shorten export "
    "screening for three chipmaking chemicals shipped to South Korean firms.", POLLS),
    req=[L("Japan"), O("Ministry of Economy, Trade and Industry")],
    opt=[L("South Korea", "South Korean"), L("Tokyo")],  # review: Tokyo inside "10am Tokyo time"
    times=[T("10am Tokyo time", utc(10, zone="Asia/Tokyo"))])

item("fta", "10:30", {
    1: "Han and Zhao are expected to agree to restart talks on the second phase of the Korea-China free trade "
       "agreement, Yonhap News Agency reported.",
    2: "Han and Zhao are expected to agree to restart talks on the second phase of the Korea-China free trade "
       "agreement, a presidential official told reporters.",
    3: "Han and Zhao are expected to agree to restart talks on the second phase of the Korea-China free trade "
       "agreement, a presidential official told reporters."},
    req=[P(HAN, "Han"), P(ZHAO, "Zhao"), O(YONHAP)],
    opt=[L("South Korea", "Korea"), L("China")],
    attrs=[A(YONHAP, "Yonhap News Agency reported")],
    kind="near", why="re-published with only the attribution clause changed (Yonhap -> a presidential official)")

item("visitors", "10:40", {
    1: "Japanese visitors to South Korea reached 3,200,000 in the first ten months of the year, according to the "
       "Korea Tourism Organization, while South Korean arrivals in Japan topped 7.9 million.",
    2: "Japanese visitors to South Korea reached 3.2 million in the first ten months of the year, according to the "
       "Korea Tourism Organization, while South Korean arrivals in Japan topped 7.9 million.",
    3: "Japanese visitors to South Korea reached 3.2 million in the first ten months of the year, according to the "
       "Korea Tourism Organization, while South Korean arrivals in Japan topped 7.9 million."},
    req=[L("South Korea"), O("Korea Tourism Organization"), L("Japan")],
    opt=[L("Japan", "Japanese")],
    kind="near", why="the same number written another way (3,200,000 -> 3.2 million)")

# ---------------------------- poll 2 items (posted 11:00-13:35 KST) --------------------------------------
P23 = [2, 3]
item("commerce", "11:00", same(
    "China's Ministry of Commerce said in a statement issued at 9am Beijing time (10am KST) that Beijing was "
    "\"ready to accelerate negotiations with both neighbours\", while the National Development and Reform "
    "Commission (NDRC) proposed a joint early-warning system for supply chains.", P23),
    req=[L("China"), O("Ministry of Commerce"), O("National Development and Reform Commission")],
    opt=[O("Beijing"), L("Beijing")],  # review: "Beijing time" / "Beijing was ready" = the Chinese government
    quotes=[Q("ready to accelerate negotiations with both neighbours", speaker="Ministry of Commerce",
              via="a statement")],
    times=[T("9am Beijing time", utc(9, zone="Asia/Shanghai")), T("10am KST", utc(10))])

item("embassy-japan", "11:10", same(
    "A smaller group of about 200 people rallied outside the Japanese embassy in Jongno district, holding "
    "banners about wartime forced labour.", P23),
    req=[L("Jongno District", "Jongno district")],
    opt=[O("Japanese embassy"), L("Japan", "Japanese")])

item("kim-council", "11:20", same(
    "Kim Tae-yang, who heads the Korea-Japan Business Council, told Yonhap that companies on both sides were "
    "\u201cwaiting for a clear signal on semiconductor materials before committing new money\u201d.", P23),
    req=[P("Kim Tae-yang"), O("Korea-Japan Business Council"), O(YONHAP, "Yonhap")],
    quotes=[Q("waiting for a clear signal on semiconductor materials before committing new money",
              speaker="Kim Tae-yang", via=YONHAP)],
    attrs=[A(YONHAP, "told Yonhap")])

item("adb", "11:30", same(
    "The Asian Development Bank (ADB) estimates that trade among the three economies reached $760 billion last "
    "year, according to a report published on 18 November.", P23),
    req=[O("Asian Development Bank")],
    times=[T("18 November", date=datetime.date(2026, 11, 18))])

item("anon-japan", "11:50", same(
    "A senior Japanese government official told reporters that Tokyo \u201cwill not be drawn into a debate about "
    "history at this summit\u201d.", P23),
    req=[], opt=[L("Japan", "Japanese"), O("Tokyo"), L("Tokyo")],  # review: Tokyo = Japanese government
    quotes=[Q("will not be drawn into a debate about history at this summit",
              anonymous="A senior Japanese government official", via="reporters")])

item("denuc-will", "12:15", same(
    "The joint declaration will mention the denuclearisation of the Korean Peninsula, a South Korean official "
    "said on condition of anonymity.", P23),
    req=[L("Korean Peninsula")], opt=[L("South Korea", "South Korean")])

item("gao", "12:30", {
    2: "Vice-Premier Gao Wenbin, who is acompanying Zhao, met executives from Samsung Electronics and SK Hynix "
       "over breakfast at the Lotte Hotel.",
    3: "Vice-Premier Gao Wenbin, who is accompanying Zhao, met executives from Samsung Electronics and SK Hynix "
       "over breakfast at the Lotte Hotel."},
    req=[P("Gao Wenbin"), P(ZHAO, "Zhao"), O("Samsung Electronics"), O("SK Hynix")],
    opt=[L("Lotte Hotel")],
    kind="near", why="typo fixed (acompanying -> accompanying)")

item("ys-short", "12:50", same(
    "\u201cWe made clear that any structure in the Provisional Measures Zone must not become a fait accompli,\u201d "
    "a senior South Korean official told Yonhap.", P23),
    req=[O(YONHAP, "Yonhap")],
    opt=[L("Provisional Measures Zone"), L("South Korea", "South Korean")],
    quotes=[Q("We made clear that any structure in the Provisional Measures Zone must not become a fait accompli",
              anonymous="a senior South Korean official", via=YONHAP)],
    attrs=[A(YONHAP, "told Yonhap")],
    group_with="ys-long")

item("morita-expected", "13:00", same(
    "Chief Cabinet Secretary Morita Kenji is expected to brief reporters in Tokyo on the summit's first session "
    "at 2pm JST.", P23),
    req=[P(MORITA), L("Tokyo")],
    times=[T("2pm JST", utc(14, zone="Asia/Tokyo"))])

item("pinned", "13:20", same(
    "Key points so far: President Han Seung-woo is hosting Japan's Takeda Haruki and China's Zhao Mingyuan in "
    "Seoul; the leaders are expected to adopt a declaration on supply chains, ageing and disaster response; ASEAN "
    "envoys join a side meeting in the afternoon.", P23),
    req=[P(HAN), L("Japan"), P(TAKEDA), L("China"), P(ZHAO), L("Seoul")],
    opt=[O(ASEAN, "ASEAN")],  # review: "ASEAN envoys" is an attributive use
    pinned=True, why="pinned summary, shown at the top of the page and again in its place in the stream")

item("asean", "13:35", {
    2: "Delegates from the Association of Southeast Asian Nations (ASEAN) have begun arriving at the Shilla Hotel "
       "for the ASEAN Plus Three side meeting, which starts at 15:30 local time.",
    3: "Delegates from the Association of Southeast Asian Nations (ASEAN) have begun arriving at the Shilla Hotel "
       "for the ASEAN Plus Three side meeting, which starts at 15:30 local time. Thailand and Malaysia are "
       "represented by their ambassadors in Seoul, and Myanmar has not been invited. The meeting continues on "
       "Thursday."},
    req=[O(ASEAN), L("Thailand"), L("Malaysia"), L("Seoul"), L("Myanmar")],
    opt=[L("Shilla Hotel"), O("ASEAN Plus Three")],
    times=[T("15:30 local time", utc(15, 30)), T("on Thursday", date=TOMORROW)],
    kind="contained", why="two sentences appended in poll 3")

# ---------------------------- poll 3 items (posted 14:20-17:20 KST) --------------------------------------
P3 = [3]
item("presser-430", "14:20", same(
    "The three leaders' joint press conference has been pushed back to 4.30pm KST, a presidential official said.",
    P3),
    times=[T("4.30pm KST", utc(16, 30))])

item("morita-says", "14:25", same(
    "Chief Cabinet Secretary Morita Kenji told his afternoon press conference in Tokyo that the morning's talks "
    "had been \u201ccandid, and constructive on every point Japan raised\u201d.", P3),
    req=[P(MORITA), L("Tokyo"), L("Japan")],
    quotes=[Q("candid, and constructive on every point Japan raised", speaker=MORITA)])

item("kang", "14:50", same(
    "\u201cThe leaders have agreed on almost every line of the declaration,\u201d the presidential office's senior "
    "secretary for press affairs, Kang Min-seo, told reporters at 2.45pm.", P3),
    req=[P("Kang Min-seo")], opt=[O("presidential office")],
    quotes=[Q("The leaders have agreed on almost every line of the declaration", speaker="Kang Min-seo",
              via="reporters")],
    times=[T("2.45pm", utc(14, 45))])

item("protest-3pm", "15:05", same(
    "Police said about 8,000 protesters had gathered near Gwanghwamun Square by 3pm, in rival rallies for and "
    "against closer ties with Tokyo. The Korean Confederation of Trade Unions (KCTU), which applied for a march "
    "permit yesterday, said its members would walk to the Japanese embassy after dark.", P3),
    req=[O("Korean Confederation of Trade Unions")],
    opt=[L("Gwanghwamun Square"), O("Japanese embassy"), L("Japan", "Japanese"),
         O("Tokyo"), L("Tokyo")],  # review: Tokyo = Japanese government
    times=[T("3pm", utc(15)), T("yesterday", date=YESTERDAY)])

item("embassy-china", "15:10", same(
    "A smaller group of about 200 people rallied outside the Chinese embassy in Myeong-dong, holding banners "
    "about the Yellow Sea structures.", P3),
    req=[L("Myeong-dong")],
    opt=[O("Chinese embassy"), L("China", "Chinese"),
         L("Yellow Sea")])  # review: "the Yellow Sea structures" is an attributive use

item("eu", "15:20", same(
    "In Brussels, the European External Action Service, the EU's diplomatic arm, said in a statement issued at "
    "7am CET that it \u201cwelcomed every step that lowers tensions in Northeast Asia\u201d.", P3),
    req=[L("Brussels"), O("European External Action Service"), O("EU")],
    opt=[L("Northeast Asia")],
    quotes=[Q("welcomed every step that lowers tensions in Northeast Asia",
              speaker="European External Action Service", via="a statement")],
    times=[T("7am CET", utc(7, zone="Europe/Brussels"))])

item("vinh", "15:45", same(
    "Vietnamese Deputy Foreign Minister Đỗ Quang Vinh told the ASEAN Plus Three meeting that Hanoi hoped the "
    "three economies would \u201ckeep their markets open to Southeast Asian manufacturers as tariffs rise "
    "elsewhere\u201d.", P3),
    req=[P(VINH)],
    opt=[O("Hanoi"), L("Hanoi"),  # review: "Hanoi hoped" = the Vietnamese government
         L("Vietnam", "Vietnamese"), O("ASEAN Plus Three"), O(ASEAN, "ASEAN"), L("Southeast Asia", "Southeast Asian")],
    quotes=[Q("keep their markets open to Southeast Asian manufacturers as tariffs rise elsewhere", speaker=VINH)])

item("takeda-zhao-5pm", "15:50", same(
    "Takeda is due to hold a separate bilateral meeting with Zhao at 5pm, before a state dinner hosted by Han "
    "at 7pm.", P3),
    req=[P(TAKEDA, "Takeda"), P(ZHAO, "Zhao"), P(HAN, "Han")],
    times=[T("5pm", utc(17)), T("7pm", utc(19))])

item("denuc-wont", "16:00", same(
    "The joint declaration will not mention the denuclearisation of the Korean Peninsula, a Chinese official "
    "said on condition of anonymity.", P3),
    req=[L("Korean Peninsula")], opt=[L("China", "Chinese")])

item("snow", "16:10", same(
    "Light snow began falling over central Seoul shortly after 4pm, the KMA said, as the leaders' motorcades "
    "left Cheong Wa Dae for the Shilla Hotel.", P3),
    req=[L("Seoul"), O(KMA, "KMA")],
    opt=[L("Cheong Wa Dae"), L("Shilla Hotel")],
    times=[T("4pm", utc(16))])

item("ys-long", "16:20", same(
    "Foreign Minister Choi Eun-ji raised the steel structures China has installed in the Yellow Sea during a "
    "30-minute meeting with her Chinese counterpart on Tuesday. \u201cWe made clear that any structure in the "
    "Provisional Measures Zone must not become a fait accompli,\u201d South Korea's Ministry of Foreign Affairs "
    "said in a statement, adding that the two sides had agreed to keep working-level talks going.", P3),
    req=[P(CHOI), L("China"), L("Yellow Sea"), L("South Korea"), O("Ministry of Foreign Affairs")],
    opt=[L("Provisional Measures Zone"), L("China", "Chinese")],
    quotes=[Q("We made clear that any structure in the Provisional Measures Zone must not become a fait accompli",
              speaker="Ministry of Foreign Affairs", via="a statement")],
    times=[T("on Tuesday", date=YESTERDAY)])

item("vinh-reuters", "16:40", same(
    "Do Quang Vinh later told Reuters that Vietnam wanted Korean and Japanese shipbuilders to expand at Haiphong "
    "and Quang Ninh. \u201cWe have the workers, the coastline and the patience,\u201d Mr Vinh said.", P3),
    req=[P(VINH, "Do Quang Vinh"), O("Reuters"), L("Vietnam"), L("Haiphong"), L("Quang Ninh")],
    opt=[L("South Korea", "Korean"), L("Japan", "Japanese")],
    quotes=[Q("We have the workers, the coastline and the patience", speaker=VINH, via="Reuters")],
    attrs=[A("Reuters", "told Reuters")])

item("zhao-presser", "17:00", same([
    "Premier Zhao told the joint press conference that China was ready to sign a trilateral digital trade "
    "agreement \u201cas early as next year\u201d and urged \u201crestraint by all parties\u201d on the peninsula.",
    "\u201cChina, South Korea and Japan are neighbours that cannot move away from one another,\u201d he said. "
    "\u201cWe should be partners, not rivals.\u201d"], P3),
    req=[P(ZHAO, "Zhao"), L("China"), L("South Korea"), L("Japan")],
    quotes=[Q("as early as next year", speaker=ZHAO), Q("restraint by all parties", speaker=ZHAO),
            Q("China, South Korea and Japan are neighbours that cannot move away from one another", speaker=ZHAO),
            Q("We should be partners, not rivals", speaker=ZHAO)])

item("bae", "17:20", same(
    "Bae Soo-hyun, a lawmaker from the main opposition People Power Party who sits on the National Assembly's "
    "Foreign Affairs and Unification Committee, said the government had \u201cgiven away too much on history and "
    "got too little on the Yellow Sea\u201d.", P3),
    req=[P("Bae Soo-hyun"), O("People Power Party"), O("National Assembly"),
         O("Foreign Affairs and Unification Committee"), L("Yellow Sea")],
    quotes=[Q("given away too much on history and got too little on the Yellow Sea", speaker="Bae Soo-hyun")])

MUST_STAY_DISTINCT = [
    ("protest-10am", "protest-3pm", "another number and another time: 3,000 protesters by 10am vs 8,000 by 3pm"),
    ("embassy-japan", "embassy-china", "another place: rally at the Japanese embassy in Jongno vs the Chinese "
                                       "embassy in Myeong-dong"),
    ("presser-3pm", "presser-430", "another time: press conference at 3pm KST vs pushed back to 4.30pm KST"),
    ("han-zhao-11am", "takeda-zhao-5pm", "other names and times: Han-Zhao meeting at 11am vs Takeda-Zhao at 5pm"),
    ("denuc-will", "denuc-wont", "negation and another source: will mention vs will not mention "
                                 "denuclearisation"),
    ("morita-expected", "morita-says", "same person and press conference: announcement vs what he said"),
    ("kma-advisory", "snow", "advisory for snow vs snow actually falling"),
    ("takeda-arrival", "zhao-arrival", "two leaders' arrivals, other person, place and time"),
]


# ---------------------------------------------------------------------------------------------------------
def lines_of(it, poll):
    t = it["texts"].get(poll)
    if t is None:
        return []
    return t if isinstance(t, list) else [t]


def layout(poll):
    """Returns a list of (kind, key, index-in-item) in page order for one poll."""
    page = [("chrome", "signin"), ("chrome", "register"), ("chrome", "live"), ("head", None),
            ("chrome", "updated"), ("chrome", "share")]
    present = [it for it in ITEMS if poll in it["texts"]]
    for it in present:
        if it["pinned"]:
            page.append(("item", it["id"]))
    stream = sorted(present, key=lambda it: it["t"], reverse=True)
    for n, it in enumerate(stream):
        page.append(("item", it["id"]))
        if n == 5:
            page.append(("chrome", "ad"))
        if it["id"] == "ys-short":
            page.append(("chrome", "moreon"))
    page += [("chrome", "readmore"), ("chrome", "comments"), ("chrome", "mostread"),
             ("chrome", "mr1" if poll == 1 else "mr2"), ("chrome", "app"), ("chrome", "cookie")]
    return page


def main():
    by_id = {it["id"]: it for it in ITEMS}
    gold = {
        "about": "Invented evaluation corpus, hand-written and hand-labelled: three successive scrapes (newest "
                 "entries first, one entry or paragraph per line) of a live blog by an invented English-language "
                 "South Korean outlet ('The Korea Chronicle') covering a fictional trilateral summit of South "
                 "Korea, Japan and China in Seoul with an ASEAN side meeting on Wednesday 25 November 2026 "
                 "(blog zone Asia/Seoul, KST = UTC+9). All people are invented; organisations, places and news "
                 "agencies are real or plausible. Korean and Chinese names family name first; the Japanese prime "
                 "minister is written 'Takeda Haruki' (most often) and once 'Haruki Takeda' (one person, name "
                 "'Takeda Haruki'). The Vietnamese delegate is written with diacritics and once without ('Do "
                 "Quang Vinh') and referred to as 'Mr Vinh' (his given name, Vietnamese usage). Time "
                 "resolution: bare clock times and 'local time' are KST on 25 November; 'JST' and 'Tokyo time' "
                 "are Asia/Tokyo (UTC+9, the same instant as KST); 'Beijing time' is Asia/Shanghai (UTC+8); "
                 "'CET' is Europe/Brussels in November (UTC+1); '10.15pm last night' is 22:15 KST on 24 "
                 "November; morning KST times before 09:00 fall on the previous UTC day. Entries carry no time "
                 "stamps, so published_times is empty. Written with build_corpus.py.",
        "blog": {"date": DATE.isoformat(), "timezone": ZONE, "order": "newest-first",
                 "polls": [f"poll-{p}.txt" for p in POLLS]},
        "chrome_lines": [], "entry_duplicate_groups": [], "must_stay_distinct": [],
        "entities_required": {}, "entities_optional": {}, "quotes": [], "attributions": [],
        "time_mentions": [], "published_times": [],
    }
    item_lines = {}     # id -> list of (ref, text, sub-index)
    chrome_refs = {}    # key -> list of refs
    for poll in POLLS:
        out = []
        fname = f"poll-{poll}.txt"
        for kind, key in layout(poll):
            if kind == "chrome":
                out.append(CHROME[key][poll])
                ref = f"{fname}:{len(out)}"
                gold["chrome_lines"].append(ref)
                chrome_refs.setdefault(key, []).append(ref)
                continue
            if kind == "head":
                out.append(HEADLINE)
                ref = f"{fname}:{len(out)}"
                item_lines.setdefault("headline", []).append((ref, HEADLINE, 0))
                annotate(gold, ref, HEADLINE, HEADLINE_ANN["req"], HEADLINE_ANN["opt"], [], [], [])
                continue
            it = by_id[key]
            for k, text in enumerate(lines_of(it, poll)):
                out.append(text)
                ref = f"{fname}:{len(out)}"
                item_lines.setdefault(key, []).append((ref, text, k))
                annotate(gold, ref, text, it["req"], it["opt"], it["quotes"], it["attrs"], it["times"])
        with open(os.path.join(DIR, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    last = f"poll-{POLLS[-1]}.txt"
    # duplicate groups: one per (item, paragraph index), merged where group_with is set
    merged = {it["id"]: it["group_with"] for it in ITEMS if it["group_with"]}
    done = set()
    for it_id, occ in item_lines.items():
        if it_id in done:
            continue
        it = by_id.get(it_id)
        subs = sorted({k for _, _, k in occ})
        for k in subs:
            refs = [(r, t) for r, t, kk in occ if kk == k]
            if it_id in merged:
                other = merged[it_id]
                refs += [(r, t) for r, t, kk in item_lines[other] if kk == k]
                done.add(other)
            if len(refs) < 2:
                continue
            if it_id in merged:
                kind = "contained"
                why = ("the same quotation under two attributions: the short entry (anonymous official told "
                       "Yonhap) is mostly the quotation; the later, longer entry gives it as the foreign "
                       "ministry's statement, with context")
                keep = item_lines[merged[it_id]][-1][0]
            else:
                texts = {t for _, t in refs}
                kind = it["kind"] if (it and it["kind"] and len(texts) > 1) else "exact"
                why = (it["why"] if it and it["why"] else "the same entry repeated in successive polls")
                keep = refs[-1][0]
                if len(texts) == 1 and it and it["pinned"]:
                    kind = "exact"
            gold["entry_duplicate_groups"].append({"lines": [r for r, _ in refs], "kind": kind,
                                                   "keep_text_of": keep, "why": why})
    for key, refs in chrome_refs.items():
        if len(refs) > 1:
            texts = {CHROME[key][p] for p in CHROME[key]}
            gold["entry_duplicate_groups"].append({"lines": refs, "kind": "exact" if len(texts) == 1 else "near",
                                                   "keep_text_of": refs[-1], "chrome": True})
    for a, b, why in MUST_STAY_DISTINCT:
        ra = [r for r, _, k in item_lines[a] if r.startswith(last + ":") and k == 0][-1]
        rb = [r for r, _, k in item_lines[b] if r.startswith(last + ":") and k == 0][-1]
        gold["must_stay_distinct"].append({"lines": [ra, rb], "why": why})

    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE.isoformat()}\nliveblog.blog.zone={ZONE}\n")


def strip(s):
    return re.sub("[\u201c\u201d\u2018\u2019\"]", "", s)


def annotate(gold, ref, text, req, opt, quotes, attrs, times):
    seen = set()
    r = []
    for e in req:
        if e["mention"] in text and e["name"] not in seen:
            seen.add(e["name"])
            r.append(e)
    gold["entities_required"][ref] = r
    o = [e for e in opt if e["mention"] in text and not (e["name"] in seen and e["mention"] in
                                                          [x["mention"] for x in r])]
    if o:
        gold["entities_optional"][ref] = o
    for q in quotes:
        if q["text"] in strip(text):
            gold["quotes"].append({"line": ref, **q})
    for a in attrs:
        if a["mention"] in text:
            gold["attributions"].append({"line": ref, "source": a["source"]})
    for t in times:
        if t["mention"] in text:
            gold["time_mentions"].append({"line": ref, **t})


if __name__ == "__main__":
    main()
