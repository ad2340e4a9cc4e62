#!/usr/bin/env python3
"""Builds the mumbai-monsoon corpus: three polls of an invented Indian English live blog ("Bombay Post", a
Mumbai-based national daily's website) covering extreme monsoon flooding in Mumbai and coastal Maharashtra on
Wednesday 8 July 2026 (Asia/Kolkata), and its gold annotation.

Every item is described once, oldest first, with its text(s) and the polls where each text appears; the page
order of each poll is listed explicitly (newest first, furniture mixed in). Every instant is computed with
zoneinfo. Run: python3 build_corpus.py
"""
import json
import os
import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

NAME = "mumbai-monsoon"
DIR = os.path.dirname(os.path.abspath(__file__))
BLOG_DATE = "2026-07-08"
ZONE = "Asia/Kolkata"
POLLS = ["poll-1.txt", "poll-2.txt", "poll-3.txt"]
LAST = 3


def T(mention, local, zone=ZONE):
    """A clock time: `local` is 'YYYY-MM-DD HH:MM' in `zone` (IST is the blog's own zone)."""
    t = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return {"mention": mention, "utc": t.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")}


def D(mention, iso):
    return {"mention": mention, "date": iso}


def P(name, mention=None):
    return {"type": "PLACE", "name": name, "mention": mention or name}


def O(name, mention=None):
    return {"type": "ORGANIZATION", "name": name, "mention": mention or name}


def R(name, mention=None):
    return {"type": "PERSON", "name": name, "mention": mention or name}


def Q(text, speaker=None, anonymous=None, via=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    if anonymous:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    return q


def V(polls, text, req=(), opt=(), q=(), t=(), a=()):
    return {"polls": polls, "text": text, "req": list(req), "opt": list(opt), "quotes": list(q), "times": list(t),
            "attrs": list(a)}


# canonical names
IMD = "India Meteorological Department"
BMC = "Brihanmumbai Municipal Corporation"
NDRF = "National Disaster Response Force"
CR = "Central Railway"
DESHMUKH = "R. K. Deshmukh"
GOKHALE = "Milind Gokhale"
NAIR = "Sushma Nair"
SHINDE = "Vikrant Shinde"
MOHITE = "Shrikant Mohite"
D0 = "2026-07-08"   # Wednesday, the blog's day
DM1 = "2026-07-07"  # Tuesday
DP1 = "2026-07-09"  # Thursday
DP2 = "2026-07-10"  # Friday

ITEMS = {}


def item(iid, *versions, chrome=False, kind=None, keep=None, why=None):
    ITEMS[iid] = {"versions": list(versions), "chrome": chrome, "kind": kind, "keep": keep, "why": why}


# ---------------------------------------------------------------- furniture (page chrome)
item("C_byline",
     V([1], "Written by Bombay Post Web Desk | Mumbai | Updated: July 8, 2026 11:41 IST"),
     V([2], "Written by Bombay Post Web Desk | Mumbai | Updated: July 8, 2026 15:12 IST"),
     V([3], "Written by Bombay Post Web Desk | Mumbai | Updated: July 8, 2026 20:36 IST"),
     chrome=True, kind="near")
item("C_whatsapp", V([1, 2, 3], "Follow Bombay Post on WhatsApp for real-time updates on the Mumbai rains. "
                                "Click here to join our channel."), chrome=True)
item("C_ad", V([1, 2, 3], "Advertisement"), chrome=True)
item("C_alsoread", V([1, 2, 3], "Also Read: Mumbai Rains: Is your area on the BMC's list of 386 flood-prone "
                                "spots? Check here"), chrome=True)
item("C_watch", V([2, 3], "Watch Video: Mumbai Rains: Commuters wade through knee-deep water outside Sion "
                          "station | 01:48"), chrome=True)
item("C_trending", V([2, 3], "Trending"), chrome=True)
item("C_tr1", V([2, 3], "Gold, silver rates today: Yellow metal rises ₹450 in Mumbai, Delhi; check latest "
                        "prices"), chrome=True)
item("C_tr2", V([3], "Maharashtra SSC supplementary exam 2026: Hall tickets released, here's how to download"),
     chrome=True)
item("C_premium",
     V([1, 2], "BP Premium: Unlock unlimited access to exclusive stories, the e-paper and an ad-lite experience "
               "at just ₹99 for 3 months. Subscribe Now"),
     V([3], "BP Premium: Monsoon offer! Unlock unlimited access to exclusive stories, the e-paper and an ad-lite "
            "experience at just ₹49 for 3 months. Subscribe Now"),
     chrome=True, kind="near")
item("C_app", V([1, 2, 3], "Download the Bombay Post app for breaking news alerts, live updates and more on "
                           "Android and iOS."), chrome=True)
item("C_more", V([1, 2, 3], "Click here for more updates"), chrome=True)

# ---------------------------------------------------------------- headline
item("H",
     V([1, 2], "Mumbai Rains LIVE Updates: IMD issues red alert for Mumbai, Thane; local trains hit, schools shut",
       req=[O(IMD, "IMD"), P("Mumbai"), P("Thane")]),
     V([3], "Mumbai Rains LIVE Updates: IMD issues red alert for Mumbai, Thane; local trains hit, schools shut; "
            "7 dead in Raigad landslide",
       req=[O(IMD, "IMD"), P("Mumbai"), P("Thane"), P("Raigad")]),
     kind="contained", keep=3, why="the page headline, extended in poll 3 with the landslide toll")

# ---------------------------------------------------------------- news, oldest first
item("N01", V([1, 2, 3],
              "Good morning and welcome to our live coverage of the Mumbai rains. The city has been lashed by "
              "incessant showers since last night, and the India Meteorological Department (IMD) has issued a red "
              "alert for Mumbai, Thane, Raigad and Ratnagiri for today.",
              req=[P("Mumbai"), O(IMD), P("Thane"), P("Raigad"), P("Ratnagiri")],
              t=[D("last night", DM1), D("today", D0)]))
item("N09", V([1, 2, 3],
              "The Brihanmumbai Municipal Corporation (BMC) has declared a holiday for all schools and colleges in "
              "the city today in view of the red alert. The announcement came at 6.15 am, after many students had "
              "already left home.",
              req=[O(BMC)], t=[D("today", D0), T("6.15 am", "2026-07-08 06:15")]))
item("N04", V([1, 2, 3],
              "Severe waterlogging has been reported at Hindmata, Sion, King's Circle, Andheri subway and Milan "
              "subway, while traffic on the Western Express Highway is crawling near Malad and Goregaon.",
              req=[P("Sion"), P("Malad"), P("Goregaon")],
              opt=[P("Hindmata"), P("King's Circle"), P("Andheri subway"), P("Andheri"), P("Milan subway"),
                   P("Western Express Highway")]))
item("N06", V([1, 2, 3],
              "Local trains on Central Railway's main line between CSMT and Thane are running 20 to 25 minutes late, "
              "while Harbour line services between Kurla and Vashi have been suspended since 7.40 am due to water on "
              "the tracks at Chunabhatti.",
              req=[O(CR), P("Thane"), P("Kurla"), P("Vashi"), P("Chunabhatti")],
              opt=[P("Chhatrapati Shivaji Maharaj Terminus", "CSMT"), P("Harbour line")],
              t=[T("7.40 am", "2026-07-08 07:40")]))
item("N02", V([1, 2, 3],
              "The IMD's observatory in Santacruz recorded 214 mm of rain in the 24 hours ending 8.30 am on "
              "Wednesday, officials said.",
              req=[O(IMD, "IMD"), P("Santacruz")],
              t=[T("8.30 am", "2026-07-08 08:30"), D("on Wednesday", D0)]))
item("N03", V([1, 2, 3],
              "The IMD's observatory in Colaba recorded 96 mm of rain in the 24 hours ending 8.30 am on Wednesday, "
              "officials said.",
              req=[O(IMD, "IMD"), P("Colaba")],
              t=[T("8.30 am", "2026-07-08 08:30"), D("on Wednesday", D0)]))
item("N07", V([1, 2, 3],
              "Mumbai Police have shut the Andheri subway to traffic in both directions and, in a post on X, urged "
              "citizens to 'stay indoors unless absolutely necessary'. Motorists heading east are advised to take "
              "the Gokhale bridge instead.",
              req=[O("Mumbai Police")],
              opt=[P("Andheri subway"), P("Andheri"), O("X"), P("Gokhale bridge"), P("Mumbai")],
              q=[Q("stay indoors unless absolutely necessary", speaker="Mumbai Police", via="X")]))
item("N08", V([1, 2, 3],
              "Three teams of the National Disaster Response Force (NDRF) have been deployed in Mumbai, at Kurla, "
              "Andheri and Malad, and two more are on standby in Thane, an official said.",
              req=[O(NDRF), P("Mumbai"), P("Kurla"), P("Andheri"), P("Malad"), P("Thane")]))
item("N10", V([1, 2, 3],
              "BMC Commissioner Milind Gokhale, who reached the civic body's disaster management cell at around "
              "7 am, said 481 dewatering pumps had been deployed at flood-prone spots and all six storm water "
              "pumping stations were working at full capacity.",
              req=[O(BMC, "BMC"), R(GOKHALE)], t=[T("7 am", "2026-07-08 07:00")]))
item("N15", V([1, 2, 3],
              "“Water entered our house at 3 am. We have been sitting on the loft with the children since then, and "
              "nobody from the BMC has come,” Sunita Gaikwad, a resident of Kranti Nagar in Kurla, told ANI.",
              req=[O(BMC, "BMC"), R("Sunita Gaikwad"), P("Kranti Nagar"), P("Kurla"), O("ANI")],
              q=[Q("Water entered our house at 3 am. We have been sitting on the loft with the children since then",
                   speaker="Sunita Gaikwad", via="ANI")],
              t=[T("3 am", "2026-07-08 03:00")], a=["ANI"]))
item("N16", V([1, 2, 3],
              "The Mithi river, which had crossed its warning level on Tuesday, was flowing above the danger mark of "
              "3.9 metres at 9.40 am, prompting the civic body to shift around 350 residents of Kranti Nagar and "
              "Sandesh Nagar to nearby municipal schools.",
              req=[P("Mithi River", "Mithi river"), P("Kranti Nagar"), P("Sandesh Nagar")],
              t=[D("on Tuesday", DM1), T("9.40 am", "2026-07-08 09:40")]))
item("N17", V([1, 2, 3],
              "HELPLINES: BMC disaster control room – 1916 | Police – 112 | Ambulance – 108 | Railway helpline – 139. "
              "Save these numbers and share them with your family and neighbours.",
              req=[O(BMC, "BMC")]),
     kind="exact", keep=3,
     why="helpline post: in its own place in every poll, and also pinned at the top of the page in polls 2 and 3")
item("N18",
     V([1], "Traffic has been diverted at Sion and Gandhi Market after water rose to waist level on the road. "
            "Commuters are advised to use the Eastern Freeway insted.",
       req=[P("Sion")], opt=[P("Gandhi Market"), P("Eastern Freeway")]),
     V([2, 3], "Traffic has been diverted at Sion and Gandhi Market after water rose to waist level on the road. "
               "Commuters are advised to use the Eastern Freeway instead.",
       req=[P("Sion")], opt=[P("Gandhi Market"), P("Eastern Freeway")]),
     kind="near", keep=3, why="typo 'insted' corrected to 'instead' in poll 2")
item("N12",
     V([1], "A landslide struck a hamlet near Birwadi in Mahad taluka of Raigad district early this morning, "
            "burying at least four houses.",
       req=[P("Birwadi"), P("Mahad"), P("Raigad")], t=[D("this morning", D0)]),
     V([2, 3], "A landslide struck a hamlet near Birwadi in Mahad taluka of Raigad district early this morning, "
               "burying at least four houses. Raigad Collector Neha Bhosale said rescue teams were struggling to "
               "reach the spot as a stretch of the road from Mahad had been washed away.",
       req=[P("Birwadi"), P("Mahad"), P("Raigad"), R("Neha Bhosale")], t=[D("this morning", D0)]),
     kind="contained", keep=3, why="a sentence quoting the collector was appended in poll 2")
item("N13", V([1, 2, 3],
              "“Mumbai and adjoining areas will continue to receive heavy to extremely heavy rainfall over the next "
              "48 hours. The red alert will remain in place till Thursday morning,” said Sushma Nair, head of the "
              "IMD's Regional Meteorological Centre in Mumbai.",
              req=[P("Mumbai"), R(NAIR), O(IMD, "IMD")],
              opt=[O("Regional Meteorological Centre")],
              q=[Q("Mumbai and adjoining areas will continue to receive heavy to extremely heavy rainfall",
                   speaker=NAIR)],
              t=[D("Thursday morning", DP1)]))
item("N19",
     V([1], "Relief and Rehabilitation Minister R. K. Deshmukh said the state had sought four more NDRF teams from "
            "the force's headquarters in Delhi. \"We are not taking any chances in the Konkan this time,\" he said.",
       req=[R(DESHMUKH), O(NDRF, "NDRF"), P("Delhi"), P("Konkan")],
       q=[Q("We are not taking any chances in the Konkan this time", speaker=DESHMUKH)]),
     V([2, 3], "Relief and Rehabilitation Minister R. K. Deshmukh said the state had sought four more NDRF teams "
               "from the force's headquarters in Delhi. “We are not taking any chances in the Konkan this time,” "
               "he said.",
       req=[R(DESHMUKH), O(NDRF, "NDRF"), P("Delhi"), P("Konkan")],
       q=[Q("We are not taking any chances in the Konkan this time", speaker=DESHMUKH)]),
     kind="exact", keep=3, why="straight quotation marks replaced by curly ones in poll 2; otherwise identical")
item("N20", V([1, 2, 3],
              "Flight operations at Mumbai airport have been hit, with six flights diverted to Hyderabad and "
              "Ahmedabad since 5 am, airport officials said.",
              req=[P("Hyderabad"), P("Ahmedabad")],
              opt=[P("Mumbai airport"), P("Mumbai")],
              t=[T("5 am", "2026-07-08 05:00")]))
item("N11", V([1, 2, 3],
              "According to the Central Water Commission's 11 am IST bulletin, the Savitri river at Mahad was flowing "
              "at 7.1 metres, above its danger level of 6.5 metres.",
              req=[O("Central Water Commission"), P("Savitri River", "Savitri river"), P("Mahad")],
              t=[T("11 am IST", "2026-07-08 11:00")]))
# ---- added by poll 2
item("N23", V([2, 3],
              "The BMC has warned of a high tide of 4.52 metres at 1.47 pm. Residents have been asked to stay away "
              "from the seafront at Marine Drive, Girgaon Chowpatty, Juhu and Versova.",
              req=[O(BMC, "BMC"), P("Juhu"), P("Versova")],
              opt=[P("Marine Drive"), P("Girgaon Chowpatty")],
              t=[T("1.47 pm", "2026-07-08 13:47")]))
item("N29", V([2, 3],
              "Powai lake started overflowing at around 11.50 am, the civic body said. The lake, which is not used "
              "for drinking water, had overflowed on July 19 last year.",
              req=[P("Powai Lake", "Powai lake")],
              t=[T("11.50 am", "2026-07-08 11:50"), D("July 19 last year", "2025-07-19")]))
item("N32a", V([2, 3],
               "Deshmukh, who chaired an emergency meeting at Mantralaya at noon, said the government had asked the "
               "Indian Navy and the Indian Coast Guard to keep helicopters ready for evacuations in Raigad and "
               "Ratnagiri.",
               req=[R(DESHMUKH, "Deshmukh"), O("Indian Navy"), O("Indian Coast Guard"), P("Raigad"),
                    P("Ratnagiri")],
               opt=[P("Mantralaya")],
               t=[T("noon", "2026-07-08 12:00")]))
item("N32b", V([2, 3],
               "He added: “If the rain continues at this intensity till tomorrow, we will not hesitate to airlift "
               "people from the worst-hit villages. Nobody should stay back for their cattle or belongings.”",
               q=[Q("If the rain continues at this intensity till tomorrow, we will not hesitate", speaker=DESHMUKH)],
               t=[D("tomorrow", DP1)]))
item("N24", V([2, 3],
              "Central Railway said long-distance trains from CSMT would run as scheduled on Wednesday evening.",
              req=[O(CR)], opt=[P("Chhatrapati Shivaji Maharaj Terminus", "CSMT")],
              t=[D("Wednesday evening", D0)]))
item("N25", V([2, 3],
              "The death toll in the landslide near Birwadi has risen to four, Raigad SP Shinde told PTI.",
              req=[P("Birwadi"), R(SHINDE, "Shinde"), O("PTI")], opt=[P("Raigad")], a=["PTI"]))
item("N33", V([2, 3],
              "“I have been stuck at Dadar station since 8 o'clock. There is no train, no taxi, nothing,” Anil "
              "Mehta, a 52-year-old diamond trader trying to reach his office in the Bandra Kurla Complex, the "
              "business hub of India's financial capital, told Reuters.",
              req=[R("Anil Mehta"), P("India"), O("Reuters")],
              opt=[P("Dadar station"), P("Dadar"), P("Bandra Kurla Complex")],
              q=[Q("I have been stuck at Dadar station since 8 o'clock", speaker="Anil Mehta", via="Reuters")],
              t=[T("8 o'clock", "2026-07-08 08:00")], a=["Reuters"]))
item("N26", V([2, 3],
              "“Six people have been pulled out alive from the debris so far. The NDRF and the villagers are digging "
              "together, but the rain has not stopped for a minute,” Vikrant Shinde, the Raigad Superintendent of "
              "Police, told PTI over the phone from the site.",
              req=[O(NDRF, "NDRF"), R(SHINDE), O("PTI")], opt=[P("Raigad")],
              q=[Q("Six people have been pulled out alive from the debris so far", speaker=SHINDE, via="PTI")],
              a=["PTI"]),
     kind="contained", keep=3,
     why="the SP's quotation; poll 3 also carries its first sentence alone, re-published 'according to police'")
item("N27",
     V([2], "Around 2,300 residents of low-lying areas in Kalyan and Dombivli along the Ulhas river have been moved "
            "to relief camps, officials said.",
       req=[P("Kalyan"), P("Dombivli"), P("Ulhas River", "Ulhas river")]),
     V([3], "Around 2,300 residents of low-lying areas in Kalyan and Dombivli along the Ulhas river have been moved "
            "to relief camps, the Kalyan-Dombivli Municipal Corporation said in a statement.",
       req=[P("Kalyan"), P("Dombivli"), P("Ulhas River", "Ulhas river"),
            O("Kalyan-Dombivli Municipal Corporation")]),
     kind="near", keep=3, why="re-published with only its attribution clause changed ('officials said' -> the "
                               "municipal corporation's statement)")
item("N30",
     V([2], "Chief Minister Shrikant Mohite has announced an ex gratia of Rs 5,00,000 each for the families of those "
            "killed in the Birwadi landslide, the Chief Minister's Office said.",
       req=[R(MOHITE), P("Birwadi"), O("Chief Minister's Office")]),
     V([3], "Chief Minister Shrikant Mohite has announced an ex gratia of Rs 5 lakh each for the families of those "
            "killed in the Birwadi landslide, the Chief Minister's Office said.",
       req=[R(MOHITE), P("Birwadi"), O("Chief Minister's Office")]),
     kind="near", keep=3, why="the same amount written 'Rs 5,00,000' in poll 2 and 'Rs 5 lakh' in poll 3")
item("N31",
     V([2], "In Ratnagiri district, the Vashishti river at Chiplun has crossed its warning level, and traders in the "
            "main market have been asked to shift their goods to upper floors. Residents still remember the floods "
            "of July 2021, when water rose to the first floor of buildings and the market stayed submerged for two "
            "days. The district administration has kept boats and two NDRF teams ready near Bahadurshaikh Naka, "
            "officials said.",
       req=[P("Ratnagiri"), P("Vashishti River", "Vashishti river"), P("Chiplun"), O(NDRF, "NDRF")],
       opt=[P("Bahadurshaikh Naka")]),
     V([3], "In Ratnagiri district, the Vashishti river at Chiplun has crossed its warning level, and traders in the "
            "main market have been asked to move their goods to upper floors. Residents still remember the floods "
            "of July 2021, when water rose to the first floor of buildings and the market stayed submerged for two "
            "days. The district administration has kept boats and two NDRF teams ready near Bahadurshaikh Naka, "
            "officials said.",
       req=[P("Ratnagiri"), P("Vashishti River", "Vashishti river"), P("Chiplun"), O(NDRF, "NDRF")],
       opt=[P("Bahadurshaikh Naka")]),
     kind="near", keep=3, why="one ordinary word changed in a long entry ('shift' -> 'move')")
item("N35", V([2, 3],
              "Thane guardian minister Prakash Wagh inspected flooded areas of Bhiwandi and Kalyan this afternoon "
              "and directed officials to set up community kitchens for the displaced.",
              req=[R("Prakash Wagh"), P("Bhiwandi"), P("Kalyan")], opt=[P("Thane")],
              t=[D("this afternoon", D0)]))
item("N28",
     V([2], "Gokhale said water at Hindmata and Sion would take time to drain. “The high tide has closed the outfalls, "
            "so the pumps alone cannot",
       req=[R(GOKHALE, "Gokhale"), P("Sion")], opt=[P("Hindmata")],
       q=[Q("The high tide has closed the outfalls, so the pumps alone cannot", speaker=GOKHALE)]),
     V([3], "Gokhale said water at Hindmata and Sion would take time to drain. “The high tide has closed the outfalls, "
            "so the pumps alone cannot do the job. Once the tide recedes after 4.30 pm, the roads should clear "
            "within two to three hours,” he said.",
       req=[R(GOKHALE, "Gokhale"), P("Sion")], opt=[P("Hindmata")],
       q=[Q("The high tide has closed the outfalls, so the pumps alone cannot do the job", speaker=GOKHALE)],
       t=[T("4.30 pm", "2026-07-08 16:30")]),
     kind="contained", keep=3, why="cut short mid-quotation in poll 2, completed in poll 3")
# ---- added by poll 3
item("N46", V([3],
              "Tulsi lake, the smallest of the seven lakes that supply drinking water to Mumbai, started overflowing "
              "at 3.40 pm, the BMC said. Vihar lake had overflowed yesterday. The seven lakes together now hold "
              "6,84,212 million litres, or 47.27 per cent of the city's annual requirement.",
              req=[P("Tulsi Lake", "Tulsi lake"), P("Mumbai"), O(BMC, "BMC"), P("Vihar Lake", "Vihar lake")],
              t=[T("3.40 pm", "2026-07-08 15:40"), D("yesterday", DM1)]))
item("N40", V([3],
              "The death toll in the landslide near Birwadi has risen to seven, Raigad SP Vikrant Shinde told PTI.",
              req=[P("Birwadi"), R(SHINDE), O("PTI")], opt=[P("Raigad")], a=["PTI"]))
item("N41", V([3],
              "“Six people have been pulled out alive from the debris so far,” according to police in Raigad.",
              req=[P("Raigad")],
              q=[Q("Six people have been pulled out alive from the debris so far", anonymous="police")]))
item("N38", V([3],
              "The BMC has warned of a high tide of 4.21 metres at 2.06 am on Thursday. Residents have been asked to "
              "stay away from the seafront at Marine Drive, Girgaon Chowpatty, Juhu and Versova.",
              req=[O(BMC, "BMC"), P("Juhu"), P("Versova")],
              opt=[P("Marine Drive"), P("Girgaon Chowpatty")],
              t=[T("2.06 am", "2026-07-09 02:06"), D("on Thursday", DP1)]))
item("N37", V([3],
              "Harbour line services between Kurla and Vashi resumed at 16:45 hrs after remaining suspended for nine "
              "hours, a Central Railway spokesperson told ANI.",
              req=[P("Kurla"), P("Vashi"), O(CR), O("ANI")], opt=[P("Harbour line")],
              t=[T("16:45 hrs", "2026-07-08 16:45")], a=["ANI"]))
item("N51", V([3],
              "Trading on the National Stock Exchange went on as usual, but volumes were thin as many brokers could "
              "not reach their offices, Reuters reported, citing dealers. Markets closed at 3.30 pm local time "
              "(1000 GMT).",
              req=[O("National Stock Exchange"), O("Reuters")],
              t=[T("3.30 pm local time", "2026-07-08 15:30"), T("1000 GMT", "2026-07-08 10:00", "GMT")],
              a=["Reuters"]))
item("N39", V([3],
              "Central Railway said long-distance trains from CSMT would not run as scheduled on Wednesday evening.",
              req=[O(CR)], opt=[P("Chhatrapati Shivaji Maharaj Terminus", "CSMT")],
              t=[D("Wednesday evening", D0)]))
item("N44", V([3],
              "Flight operations at Mumbai airport have been hit, with 14 flights diverted to Hyderabad and "
              "Ahmedabad since 5 am, airport officials said.",
              req=[P("Hyderabad"), P("Ahmedabad")],
              opt=[P("Mumbai airport"), P("Mumbai")],
              t=[T("5 am", "2026-07-08 05:00")]))
item("N45", V([3],
              "Palghar guardian minister Sanjay Rawool inspected flooded areas of Vasai and Virar this afternoon and "
              "directed officials to set up community kitchens for the displaced.",
              req=[R("Sanjay Rawool"), P("Vasai"), P("Virar")], opt=[P("Palghar")],
              t=[D("this afternoon", D0)]))
item("N43", V([3],
              "In New Delhi, the Prime Minister's Office said in a statement: “The Prime Minister spoke to Chief "
              "Minister Mohite and assured him of all possible support to Maharashtra from the Centre.”",
              req=[P("New Delhi"), O("Prime Minister's Office"), R(MOHITE, "Mohite"), P("Maharashtra")],
              opt=[O("Centre")],
              q=[Q("The Prime Minister spoke to Chief Minister Mohite and assured him",
                   speaker="Prime Minister's Office", via="a statement")]))
item("N47", V([3],
              "In Pune, the Khadakwasla dam started releasing 18,000 cusecs of water into the Mutha river at 6 pm, "
              "and residents of Ekta Nagari on Sinhagad Road have been asked to move to safer places, PTI reported.",
              req=[P("Pune"), P("Mutha River", "Mutha river"), P("Ekta Nagari"), O("PTI")],
              opt=[P("Khadakwasla dam"), P("Khadakwasla"), P("Sinhagad Road")],
              t=[T("6 pm", "2026-07-08 18:00")], a=["PTI"]))
item("N48", V([3],
              "Congress leader Imtiaz Kazi blamed the BMC for the flooding in Kurla. “Har saal yahi haal hota hai. "
              "Crores are spent on desilting the Mithi and still Kurla drowns,” Kazi said in a post on X.",
              req=[O("Congress"), R("Imtiaz Kazi"), O(BMC, "BMC"), P("Kurla"), P("Mithi River", "Mithi")],
              opt=[O("X")],
              q=[Q("Har saal yahi haal hota hai. Crores are spent on desilting the Mithi", speaker="Imtiaz Kazi",
                   via="X")]))
item("N49a", V([3],
               "Explaining the intense spell, IMD Mumbai head Dr Nair said a low-pressure area over the north-east "
               "Arabian Sea and an active offshore trough had combined to bring very heavy rain to the entire Konkan "
               "coast.",
               req=[O(IMD, "IMD"), R(NAIR, "Nair"), P("Arabian Sea"), P("Konkan")],
               opt=[P("Mumbai")]))
item("N49b", V([3],
               "She said: “Santacruz got 214 mm till this morning and has already recorded another 180 mm since then. "
               "The last time we saw rain like this in July was on July 26, 2005, though that was far more "
               "concentrated.”",
               req=[P("Santacruz")],
               q=[Q("Santacruz got 214 mm till this morning and has already recorded another 180 mm",
                    speaker=NAIR)],
               t=[D("this morning", D0), D("July 26, 2005", "2005-07-26")]))
item("N50", V([3],
              "Rainfall has eased slightly in the island city since 7 pm, but the IMD has extended its red alert for "
              "Mumbai, Thane and Palghar till Friday. Schools and colleges in Mumbai will remain shut on Thursday as "
              "well, the BMC said at 8.10 pm.",
              req=[O(IMD, "IMD"), P("Mumbai"), P("Thane"), P("Palghar"), O(BMC, "BMC")],
              t=[T("7 pm", "2026-07-08 19:00"), D("Friday", DP2), D("on Thursday", DP1),
                 T("8.10 pm", "2026-07-08 20:10")]))

GROUP_WITH = {"N41": "N26"}  # N41 joins N26's group (same quotation, other attribution)

# ---------------------------------------------------------------- page order, top to bottom (newest first)
OLD_P1 = ["N11", "N20", "N19", "N13", "C_ad", "N12", "N18", "N17", "N16", "N15", "C_alsoread", "N10", "N08",
          "N07", "N03", "N02", "N06", "N04", "N09", "N01", "C_premium", "C_app", "C_more"]
ORDER = {
    1: ["H", "C_byline", "C_whatsapp"] + OLD_P1,
    2: ["H", "C_byline", "C_whatsapp", "N17",
        "N28", "N35", "N31", "N30", "C_ad", "N27", "N26", "N33", "N25", "N24", "C_watch", "N32a", "N32b", "N29",
        "N23", "N11", "N20", "N19", "C_trending", "C_tr1", "N13", "N12", "N18", "N17", "N16", "N15", "C_alsoread",
        "N10", "N08", "N07", "N03", "N02", "N06", "N04", "N09", "N01", "C_premium", "C_app", "C_more"],
    3: ["H", "C_byline", "C_whatsapp", "N17",
        "N50", "N49a", "N49b", "N48", "N47", "C_ad", "N43", "N45", "N44", "N39", "N51", "N37", "N38", "N41", "N40", "N46",
        "C_watch", "N28", "N35", "N31", "N30", "N27", "N26", "N33", "N25", "N24", "C_trending", "C_tr1", "C_tr2",
        "N32a", "N32b", "N29", "N23", "N11", "N20", "N19", "N13", "N12", "N18", "N17", "N16", "N15", "C_alsoread",
        "N10", "N08", "N07", "N03", "N02", "N06", "N04", "N09", "N01", "C_premium", "C_app", "C_more"],
}

DISTINCT = [
    ("N02", "N03", "same IMD reading sentence, another observatory (Santacruz / Colaba) and another figure"),
    ("N23", "N38", "two different high tides: 4.52 m at 1.47 pm today / 4.21 m at 2.06 am on Thursday"),
    ("N24", "N39", "negation: long-distance trains would run / would not run as scheduled"),
    ("N25", "N40", "two successive tolls of the same landslide: four / seven"),
    ("N35", "N45", "another minister (Prakash Wagh / Sanjay Rawool) in another district (Bhiwandi, Kalyan / Vasai, "
                   "Virar)"),
    ("N20", "N44", "two successive counts of diverted flights: six / 14"),
    ("N06", "N37", "Harbour line between Kurla and Vashi: suspended since 7.40 am / resumed at 16:45 hrs"),
]


def normal(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub("[\u2018\u2019]", "'", s)
    s = re.sub("[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    version_of = {}  # (iid, poll) -> version
    for iid, it in ITEMS.items():
        for v in it["versions"]:
            for p in v["polls"]:
                assert (iid, p) not in version_of, (iid, p)
                version_of[(iid, p)] = v
    lines = {}      # ref -> (iid, version)
    refs_of = {}    # iid -> [refs] in poll order
    for p in (1, 2, 3):
        out = []
        for iid in ORDER[p]:
            v = version_of[(iid, p)]
            ref = f"poll-{p}.txt:{len(out) + 1}"
            out.append(v["text"])
            lines[ref] = (iid, v)
            refs_of.setdefault(iid, []).append(ref)
        for iid, it in ITEMS.items():
            for v in it["versions"]:
                if p in v["polls"]:
                    assert iid in ORDER[p], (iid, p)
        assert all(t.strip() and "\n" not in t for t in out)
        with open(os.path.join(DIR, f"poll-{p}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    chrome = [r for r, (iid, v) in lines.items() if ITEMS[iid]["chrome"]]
    groups = []
    done = set()
    for iid, it in ITEMS.items():
        if iid in done or iid in GROUP_WITH:
            continue
        members = [iid] + [k for k, w in GROUP_WITH.items() if w == iid]
        refs = [r for m in members for r in refs_of.get(m, [])]
        if len(refs) < 2:
            continue
        done.update(members)
        texts = {normal(lines[r][1]["text"]) for r in refs}
        if it["chrome"]:
            g = {"lines": refs, "kind": "exact" if len(texts) == 1 else (it["kind"] or "near"), "chrome": True}
            groups.append(g)
            continue
        kind = it["kind"] or "exact"
        if kind == "exact":
            assert len(texts) == 1, iid
        else:
            assert len(texts) > 1, iid
        # keep the fullest, latest text: the item's own line in the last poll (top copy for the pinned post)
        keep = [r for r in refs_of[iid] if r.startswith(f"poll-{LAST}.txt")][0]
        g = {"lines": refs, "kind": kind, "keep_text_of": keep,
             "why": it["why"] or "the same entry in successive polls, unchanged"}
        groups.append(g)

    distinct = []
    for a, b, why in DISTINCT:
        ra = [r for r in refs_of[a] if r.startswith(f"poll-{LAST}.txt")]
        rb = [r for r in refs_of[b] if r.startswith(f"poll-{LAST}.txt")]
        assert len(ra) == 1 and len(rb) == 1, (a, b)
        distinct.append({"lines": [ra[0], rb[0]], "why": why})

    req, opt, quotes, attrs, times = {}, {}, [], [], []
    for ref, (iid, v) in lines.items():
        if ITEMS[iid]["chrome"]:
            continue
        text = v["text"]
        for field, src in ((req, v["req"]), (opt, v["opt"])):
            ents = []
            for e in src:
                assert e["mention"] in text, (ref, e)
                ents.append(dict(e))
            if ents or field is req:
                field[ref] = ents
        names = [(e["type"], e["name"]) for e in v["req"]]
        assert len(names) == len(set(names)), (ref, names)
        for q in v["quotes"]:
            assert q["text"] in text, (ref, q)
            quotes.append(dict({"line": ref}, **q))
        for a in v["attrs"]:
            assert a in text, (ref, a)
            attrs.append({"line": ref, "source": a})
        for tm in v["times"]:
            assert tm["mention"] in text, (ref, tm)
            times.append(dict({"line": ref}, **tm))

    gold = {
        "about": "Invented evaluation corpus, not a real page: three successive scrapes of a live blog on the website "
                 "of 'Bombay Post', an invented Mumbai-based Indian English-language national daily, covering a day "
                 "of extreme monsoon flooding in Mumbai and coastal Maharashtra on Wednesday 8 July 2026. Written and "
                 "hand-labelled for this evaluation in Indian news-site house style ('4.30 pm', '11 am IST', '16:45 "
                 "hrs', 'noon'; lakh, Indian digit grouping, 'taluka'; PTI, ANI and Reuters credits; BMC, NDRF, IMD), "
                 "with the site's furniture (byline timer, WhatsApp follow prompt, 'Also Read', 'Trending' box, "
                 "Premium offer, app prompt, ad label, 'Click here for more updates'). Entries are newest first, "
                 "without time prefixes; a helplines post is pinned at the top in polls 2 and 3 and also shown in its "
                 "own place. All people and the outlet are invented; places, agencies and public bodies are real. "
                 "Generated by build_corpus.py.",
        "blog": {"date": BLOG_DATE, "timezone": ZONE, "order": "newest-first", "polls": POLLS},
        "chrome_lines": chrome,
        "entry_duplicate_groups": groups,
        "must_stay_distinct": distinct,
        "entities_required": req,
        "entities_optional": opt,
        "quotes": quotes,
        "attributions": attrs,
        "time_mentions": times,
        "published_times": [],
    }
    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={BLOG_DATE}\nliveblog.blog.zone={ZONE}\n")
    for p in (1, 2, 3):
        n = sum(1 for r in lines if r.startswith(f"poll-{p}.txt:"))
        c = sum(1 for r in chrome if r.startswith(f"poll-{p}.txt:"))
        print(f"poll-{p}.txt: {n} lines, {c} chrome")


if __name__ == "__main__":
    main()
