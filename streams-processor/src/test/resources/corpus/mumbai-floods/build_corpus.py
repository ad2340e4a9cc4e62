#!/usr/bin/env python3
"""Builds the mumbai-floods corpus: three polls of an invented Indian English live blog of monsoon flooding in
Mumbai and coastal Maharashtra (Tuesday 7 July 2026, Asia/Kolkata) and its gold annotation.

Every item is described once (oldest first), with its text in each poll where it appears; the annotation of an
item is written for its fullest text and filtered per line by what actually occurs on that line, so the same
entry is labelled the same way in every poll. Run: python3 build_corpus.py
"""
import json
import os
from datetime import datetime, date
from zoneinfo import ZoneInfo

NAME = "mumbai-floods"
DIR = os.path.dirname(os.path.abspath(__file__))
BLOG_DATE = date(2026, 7, 7)
ZONE = "Asia/Kolkata"
POLLS = ["poll-1.txt", "poll-2.txt", "poll-3.txt"]


def utc(h, m=0, day=7, zone=ZONE):
    """Clock time on a day of July 2026 in a zone, as a UTC ISO instant (computed with zoneinfo)."""
    t = datetime(2026, 7, day, h, m, tzinfo=ZoneInfo(zone))
    return t.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def T(mention, h, m=0, day=7, zone=ZONE):
    return {"mention": mention, "utc": utc(h, m, day, zone)}


def D(mention, iso):
    return {"mention": mention, "date": iso}


# canonical entity names
IMD = "India Meteorological Department"
BMC = "Brihanmumbai Municipal Corporation"
NDRF = "National Disaster Response Force"
PTI = "Press Trust of India"
CR = "Central Railway"
WR = "Western Railway"


def P(name, mention=None):
    return ("PLACE", name, mention or name)


def O(name, mention=None):
    return ("ORGANIZATION", name, mention or name)


def H(name, mention=None):
    return ("PERSON", name, mention or name)


ITEMS = {}


def item(iid, texts, ents=(), opt=(), quotes=(), attr=(), times=(), kind=None, why=None, group=None, chrome=False):
    """texts: {poll_index: text}. quotes: (text, speaker|None, anonymous|None, via|None).
    attr: (source, trigger substring). kind/why: for the duplicate group when texts differ.
    group: join another item's duplicate group (same news item under another attribution)."""
    ITEMS[iid] = dict(texts=texts, ents=list(ents), opt=list(opt), quotes=list(quotes), attr=list(attr),
                      times=list(times), kind=kind, why=why, group=group, chrome=chrome)


def all3(t):
    return {1: t, 2: t, 3: t}


def from2(t):
    return {2: t, 3: t}


# ---------------------------------------------------------------- furniture
item("C_signin", all3("Sign In"), chrome=True)
item("C_live", all3("Live Updates"), chrome=True)
item("C_upd", {1: "Updated: 11:02 IST", 2: "Updated: 14:32 IST", 3: "Updated: 17:48 IST"}, chrome=True)
item("C_share", all3("Share on WhatsApp"), chrome=True)
item("C_comments", {1: "Comments (214)", 2: "Comments (389)", 3: "Comments (561)"}, chrome=True)
item("C_follow", all3("Follow us on Google News"), chrome=True)
item("C_ad", all3("Advertisement"), chrome=True)
item("C_readmore", all3("Read More"), chrome=True)
item("C_readless", {2: "Read Less"}, chrome=True)
item("C_alsoread", from2("Also Read: Mumbai rains: Why does the Mithi river flood every monsoon? Experts explain"),
     chrome=True)
item("C_subscribe", from2("Subscribe to our newsletter"), chrome=True)
item("C_watch", {3: "Watch: Commuters wade through knee-deep water outside Sion station | 1:48"}, chrome=True)
item("C_trending", {3: "Trending: Mumbai Local Train Status | IMD Weather Alert Today | Gold Rate Today | Sensex Live"},
     chrome=True)

# ---------------------------------------------------------------- news, oldest first
item("HEAD", all3("Mumbai Rains LIVE Updates: IMD sounds 'red alert' for Raigad, Ratnagiri; local trains hit, "
                  "waterlogging in Andheri, Kurla, Sion"),
     ents=[P("Mumbai"), O(IMD, "IMD"), P("Raigad"), P("Ratnagiri"), P("Andheri"), P("Kurla"), P("Sion")])

item("INTRO", all3("Heavy rain has lashed Mumbai and the Konkan coast since Monday night, flooding low-lying pockets "
                   "of the city and disrupting suburban trains on Central Railway and Western Railway. The India "
                   "Meteorological Department (IMD) has warned of more rain on Wednesday, and teams of the National "
                   "Disaster Response Force (NDRF) have been moved to Ratnagiri and Raigad."),
     ents=[P("Mumbai"), P("Konkan"), O(CR), O(WR), O(IMD), O(NDRF), P("Ratnagiri"), P("Raigad")],
     times=[D("Monday night", "2026-07-06"), D("on Wednesday", "2026-07-08")])

item("E01", all3("Good morning and welcome to our live coverage of the monsoon downpour in Mumbai. It has been "
                 "raining without a break since last night, and several parts of the city woke up to knee-deep "
                 "water on Tuesday."),
     ents=[P("Mumbai")], times=[D("last night", "2026-07-06"), D("on Tuesday", "2026-07-07")])

item("E02", all3("The IMD's observatory in Santacruz recorded 212 mm of rainfall in the 24 hours ending 8.30 am today, "
                 "the heaviest single-day spell in the suburbs this season."),
     ents=[O(IMD, "IMD"), P("Santacruz")], times=[T("8.30 am", 8, 30), D("today", "2026-07-07")])

item("E03", all3("The IMD's observatory in Colaba recorded 148 mm of rainfall in the 24 hours ending 8.30 am today, "
                 "the heaviest single-day spell in the island city this season."),
     ents=[O(IMD, "IMD"), P("Colaba")], times=[T("8.30 am", 8, 30), D("today", "2026-07-07")])

item("E04", {1: "Suburban services on Central Railway's main line are running 20 to 25 minutes late after "
                "waterlogging on the tracks between Sion and Kurla.",
             2: "Suburban services on Central Railway's main line are running 20 to 25 minutes late after "
                "waterlogging on the tracks between Sion and Kurla. Commuters at Thane and Dombivli reported packed "
                "platforms as several fast trains were cancelled.",
             3: "Suburban services on Central Railway's main line are running 20 to 25 minutes late after "
                "waterlogging on the tracks between Sion and Kurla. Commuters at Thane and Dombivli reported packed "
                "platforms as several fast trains were cancelled."},
     ents=[O(CR), P("Sion"), P("Kurla"), P("Thane"), P("Dombivli")],
     kind="contained", why="a second sentence (Thane, Dombivli) appended after poll 1")

item("E05", all3("The Brihanmumbai Municipal Corporation (BMC) has declared a holiday for all schools and colleges in "
                 "the city today in view of the IMD's heavy rainfall warning. Civic staff have been on the roads since 2 am, "
                 "Mr Karandikar said."),
     ents=[O(BMC), O(IMD, "IMD"), H("Nitin Karandikar", "Karandikar")],
     times=[D("today", "2026-07-07"), T("2 am", 2, 0)])

_e06 = ("Water entered homes in Kranti Nagar along the Mithi river in Kurla {} 4 am. 'We shifted the children to the "
        "first floor and spent the night on the terrace. Every year it is the same story,' said Farhan Qureshi, 41, "
        "who runs a tailoring shop in the lane.")
item("E06", {1: _e06.format("arond"), 2: _e06.format("around"), 3: _e06.format("around")},
     ents=[P("Kranti Nagar"), P("Mithi River", "Mithi river"), P("Kurla"), H("Farhan Qureshi")],
     quotes=[("We shifted the children to the first floor and spent the night on the terrace", "Farhan Qureshi",
              None, None)],
     times=[T("4 am", 4, 0)], kind="near", why="typo 'arond' corrected to 'around'")

item("E07", all3("Five NDRF teams have been deployed in Ratnagiri district, where the Vashishti river is flowing above "
                 "the danger mark at Chiplun."),
     ents=[O(NDRF, "NDRF"), P("Ratnagiri"), P("Vashishti River", "Vashishti river"), P("Chiplun")])

item("E08", all3("Three NDRF teams have been deployed in Raigad district, where the Savitri river is flowing above "
                 "the danger mark at Mahad."),
     ents=[O(NDRF, "NDRF"), P("Raigad"), P("Savitri River", "Savitri river"), P("Mahad")])

item("E09", all3("Relief minister Dhamdhere told reporters at Mantralaya that collectors in the Konkan districts had "
                 "been asked to evacuate villages along swollen rivers. 'No one should take a risk. If the "
                 "administration asks you to move, please move,' he said."),
     ents=[H("Vasant Dhamdhere", "Dhamdhere"), P("Konkan")],
     opt=[O("Mantralaya"), P("Mantralaya")],
     quotes=[("No one should take a risk. If the administration asks you to move, please move", "Vasant Dhamdhere",
              None, None)])

item("E10", all3("The Andheri subway has been closed to traffic after water rose to nearly five feet; vehicles are "
                 "being diverted via the Gokhale bridge and S.V. Road, Mumbai Traffic Police said."),
     ents=[O("Mumbai Traffic Police")],
     opt=[P("Andheri subway"), P("Andheri"), P("Gokhale bridge"), P("S.V. Road")])

item("E11", all3("The University of Mumbai has postponed all examinations scheduled for Tuesday. Revised dates will be "
                 "announced later, the university said."),
     ents=[O("University of Mumbai")], times=[D("Tuesday", "2026-07-07")])

_e12 = ("Around {} people from low-lying areas of Ratnagiri, Raigad and Palghar districts have been shifted to relief "
        "camps and safer places, the State Emergency Operations Centre said.")
item("E12", {1: _e12.format("1,20,000"), 2: _e12.format("1.2 lakh"), 3: _e12.format("1.2 lakh")},
     ents=[P("Ratnagiri"), P("Raigad"), P("Palghar"), O("State Emergency Operations Centre")],
     kind="near", why="the same number written '1,20,000' (Indian digit grouping) and then '1.2 lakh'")

_e13 = "A 52-year-old man drowned after being swept away in a nullah in Govandi early on Tuesday, {}."
item("E13", {1: _e13.format("PTI reported"), 2: _e13.format("police said"), 3: _e13.format("police said")},
     ents=[P("Govandi"), O(PTI, "PTI")], attr=[("PTI", "PTI reported")],
     times=[D("early on Tuesday", "2026-07-07")],
     kind="near", why="re-published with only the attribution clause changed ('PTI reported' -> 'police said')")

item("E14", all3("Western Railway said suburban services between Churchgate and Virar were running 10 to 15 minutes "
                 "behind schedule, with no cancellations so far."),
     ents=[O(WR), P("Virar")], opt=[P("Churchgate")])

item("E15", all3("Flight operations at Mumbai airport were suspended between 9.05 am and 9.40 am because of poor "
                 "visibility, and at least 11 flights were diverted to Ahmedabad, Hyderabad and Goa. 'Runway "
                 "operations have since resumed with some delays,' an airport spokesperson told ANI."),
     ents=[P("Ahmedabad"), P("Hyderabad"), P("Goa"), O("ANI")],
     opt=[P("Mumbai airport"), P("Mumbai")],
     quotes=[("Runway operations have since resumed with some delays", None, "an airport spokesperson", "ANI")],
     attr=[("ANI", "told ANI")],
     times=[T("9.05 am", 9, 5), T("9.40 am", 9, 40)])

# poll 2 additions
item("E16", from2("Helpline numbers: BMC disaster control room 1916; Mumbai Police 100 or 112; Central Railway "
                  "helpline 139. Please stay indoors unless travel is essential."),
     ents=[O(BMC, "BMC"), O("Mumbai Police"), O(CR)],
     why="pinned post: shown at the top of the page and again in its place in the stream")

item("E19", from2("A high tide of 4.67 metres is expected at 1.12 pm today. The BMC has asked citizens not to venture "
                  "near the sea at Marine Drive, Juhu and Girgaon Chowpatty."),
     ents=[O(BMC, "BMC"), P("Juhu")], opt=[P("Marine Drive"), P("Girgaon Chowpatty"), P("Girgaon")],
     times=[T("1.12 pm", 13, 12), D("today", "2026-07-07")])

_e17 = ("'A low-pressure area over the north-east Arabian Sea and an active offshore trough are {} the rain. We "
        "expect extremely heavy falls over the ghat areas of Pune and Satara over the next 48 hours,' said "
        "K. Srinivasan, head of the IMD's regional centre in Mumbai.")
item("E17", {2: _e17.format("feeding"), 3: _e17.format("fuelling")},
     ents=[P("Arabian Sea"), P("Pune"), P("Satara"), H("K. Srinivasan"), O(IMD, "IMD"), P("Mumbai")],
     quotes=[("A low-pressure area over the north-east Arabian Sea", "K. Srinivasan", None, None)],
     kind="near", why="one ordinary word changed in a long entry ('feeding' -> 'fuelling')")

item("E27", from2("The IMD has issued a red alert for Raigad and Ratnagiri for Wednesday in its 10 am IST bulletin, "
                  "warning of extremely heavy rainfall at isolated places."),
     ents=[O(IMD, "IMD"), P("Raigad"), P("Ratnagiri")],
     times=[D("Wednesday", "2026-07-08"), T("10 am IST", 10, 0)])

_pumps = ("'Our pumps at Hindmata, Milan subway and Gandhi Market have been working since midnight, but with a high "
          "tide at 1.12 pm the water has nowhere to go,'")
item("E18", from2(_pumps + " Additional Municipal Commissioner Nitin Karandikar told PTI. He said 480 portable pumps had "
                  "been deployed across the city and 26 more were on standby."),
     ents=[H("Nitin Karandikar"), O(PTI, "PTI")],
     opt=[P("Hindmata"), P("Milan subway"), P("Gandhi Market")],
     quotes=[("Our pumps at Hindmata, Milan subway and Gandhi Market have been working since midnight",
              "Nitin Karandikar", None, "PTI")],
     attr=[("PTI", "told PTI")],
     times=[T("midnight", 0, 0), T("1.12 pm", 13, 12)],
     why="the pumps quotation: here attributed to Nitin Karandikar (told PTI) with a further sentence; "
         "re-published in poll 3 as a shorter entry 'according to the BMC'")

item("E20a", from2("Relief and Rehabilitation Minister Vasant Dhamdhere announced an ex gratia of Rs 5 lakh each for "
                   "the families of those killed in rain-related incidents, and said the Maharashtra government had "
                   "released Rs 500 crore to the Konkan districts for immediate relief."),
     ents=[H("Vasant Dhamdhere"), P("Konkan")],
     # "the Maharashtra government": the place name is used attributively (like "US officials"), so the PLACE
     # reading is optional, next to the ORGANIZATION reading of the whole phrase (review, see REVIEW.md)
     opt=[O("Government of Maharashtra", "Maharashtra government"), P("Maharashtra")])

item("E20b", from2("He added: 'The chief minister is personally monitoring the situation from the state control room. "
                   "The Army and the Navy have been put on standby.'"),
     opt=[O("Indian Army", "Army"), O("Indian Navy", "Navy")],
     quotes=[("The chief minister is personally monitoring the situation", "Vasant Dhamdhere", None, None)])

_e21 = ("At Dadar Parsi Colony, 78-year-old Kersi Batliwala watched the water lap at his gate. {o}I have lived here "
        "since 1961 and I saw 2005. This is not 2005, but our drains are older than me,{c} he said with a laugh.")
item("E21", {2: _e21.format(o="'", c="'"), 3: _e21.format(o="\u2018", c="\u2019")},
     ents=[P("Dadar Parsi Colony"), H("Kersi Batliwala")], opt=[P("Dadar")],
     quotes=[("I have lived here since 1961 and I saw 2005", "Kersi Batliwala", None, None)],
     why="straight single quotation marks in poll 2, curly ones in poll 3: the same text")

item("E22", from2("Trading on the BSE and the National Stock Exchange went ahead normally, though attendance at offices "
                  "in the Bandra-Kurla Complex was thin, Reuters reported. The rupee was little changed at 86.40 to "
                  "the dollar at 1.30 pm (0800 GMT)."),
     ents=[O("BSE"), O("National Stock Exchange"), O("Reuters")], opt=[P("Bandra-Kurla Complex")],
     attr=[("Reuters", "Reuters reported")],
     times=[T("1.30 pm", 13, 30), T("0800 GMT", 8, 0, zone="Etc/GMT")])

item("E23", from2("Fast local services between Thane and Kalyan resumed at 1.40 pm after water receded from the tracks "
                  "at Diva, Central Railway CPRO Prashant Borkar said."),
     ents=[P("Thane"), P("Kalyan"), P("Diva"), O(CR), H("Prashant Borkar")],
     times=[T("1.40 pm", 13, 40)])

_e24 = ("In Palghar district, 14 villages along the Vaitarna river have been cut off since around noon, Collector "
        "Yogita Shinde said, adding that residents were being moved out by boat.")
item("E24", {2: _e24, 3: _e24 + " Two boats of the State Disaster Response Force (SDRF) reached Wada taluka at 3 pm."},
     ents=[P("Palghar"), P("Vaitarna River", "Vaitarna river"), H("Yogita Shinde"),
           O("State Disaster Response Force"), P("Wada")],
     times=[T("noon", 12, 0), T("3 pm", 15, 0)],
     kind="contained", why="a sentence on the SDRF boats appended in poll 3")

item("E25a", from2("Hetal Parekh, a chartered accountant from Borivali, was stranded at Andheri station for nearly three "
                   "hours. \"There was no announcement, nothing. People were walking on the tracks towards Vile "
                   "Parle,\" she said."),
     ents=[H("Hetal Parekh"), P("Borivali"), P("Vile Parle")], opt=[P("Andheri station"), P("Andheri")],
     quotes=[("There was no announcement, nothing. People were walking on the tracks", "Hetal Parekh", None, None)])

item("E25b", from2("She added: \"I called my office at 10.15 am and told them I am going back home. On days like this, "
                   "work from home is the only option.\""),
     quotes=[("I called my office at 10.15 am and told them I am going back home", "Hetal Parekh", None, None)],
     times=[T("10.15 am", 10, 15)])

_e26 = ("A senior BMC official, who did not wish to be named, said pre-monsoon desilting of nullahs in the western "
        "suburbs was {o}only about 70 per cent complete{c} when the rain arrived.")
item("E26", {2: _e26.format(o="'", c="'"), 3: _e26.format(o='"', c='"')},
     ents=[O(BMC, "BMC")],
     quotes=[("only about 70 per cent complete", None, "A senior BMC official", None)],
     kind="near", why="quotation marks changed from single to double")

# poll 3 additions
item("E30", {3: _pumps + " according to the BMC."},
     ents=[O(BMC, "BMC")],
     opt=[P("Hindmata"), P("Milan subway"), P("Gandhi Market")],
     quotes=[("Our pumps at Hindmata, Milan subway and Gandhi Market have been working since midnight", BMC, None,
              None)],
     times=[T("midnight", 0, 0), T("1.12 pm", 13, 12)], group="E18")

item("E32", {3: "The University of Mumbai has not postponed examinations scheduled for Wednesday. Students have been "
                "advised to leave home early, the university said."},
     ents=[O("University of Mumbai")], times=[D("Wednesday", "2026-07-08")])

item("E41", {3: "Fishing boats have stayed in harbour along the Ratnagiri coast since the monsoon fishing ban began on "
                "June 1. 'The sea is angry this time. I have not seen waves like this at Mirkarwada in 20 years,' said "
                "fisherman Dattaram Surve."},
     ents=[P("Ratnagiri"), P("Mirkarwada"), H("Dattaram Surve")],
     quotes=[("The sea is angry this time", "Dattaram Surve", None, None)],
     times=[D("June 1", "2026-06-01")])

item("E33", {3: "The IMD has issued an orange alert for Mumbai, Thane and Palghar for Wednesday in its 4 pm bulletin, "
                "warning of heavy to very heavy rainfall at isolated places."},
     ents=[O(IMD, "IMD"), P("Mumbai"), P("Thane"), P("Palghar")],
     times=[D("Wednesday", "2026-07-08"), T("4 pm", 16, 0)])

item("E42", {3: "The Indian Navy has sent two diving teams and a Seaking helicopter from INS Shikra to Mahad in Raigad "
                "district, a defence spokesperson said."},
     ents=[O("Indian Navy"), P("Mahad"), P("Raigad")],
     opt=[P("INS Shikra"), O("INS Shikra"), O("Seaking")])

item("E38a", {3: "An NDRF team led by Inspector R. Thangaraj rescued 37 people, including six children, from a housing "
                 "society in Chiplun's Bazarpeth area by boat this afternoon."},
     ents=[O(NDRF, "NDRF"), H("R. Thangaraj"), P("Chiplun")], opt=[P("Bazarpeth")],
     times=[D("this afternoon", "2026-07-07")])

item("E38b", {3: "'The water was up to the first floor. An elderly woman refused to leave without her goats, so we took "
                 "the goats also,' Mr Thangaraj said."},
     ents=[H("R. Thangaraj", "Thangaraj")],
     quotes=[("The water was up to the first floor", "R. Thangaraj", None, None)])

item("E45", {3: "For many Mumbaikars, the images from Kurla and Sion brought back memories of July 26, 2005, when "
                "Santacruz recorded 944 mm of rain in 24 hours and hundreds died across Maharashtra."},
     ents=[P("Kurla"), P("Sion"), P("Santacruz"), P("Maharashtra")], opt=[P("Mumbai", "Mumbaikars")],
     times=[D("July 26, 2005", "2005-07-26")])

item("E35", {3: "A 35-year-old man drowned after being swept away in a nullah in Malad on Tuesday afternoon, police "
                "said."},
     ents=[P("Malad")], times=[D("on Tuesday afternoon", "2026-07-07")])

item("E34", {3: "Fast local services between Thane and Kalyan were suspended again at 4.55 pm after water rose over the "
                "tracks at Diva, Central Railway CPRO Prashant Borkar said."},
     ents=[P("Thane"), P("Kalyan"), P("Diva"), O(CR), H("Prashant Borkar")],
     times=[T("4.55 pm", 16, 55)])

item("E46", {3: "In a statement, the Chief Minister's Office said: 'No effort will be spared to protect lives. District "
                "collectors have been given a free hand to requisition boats and buses.'"},
     ents=[O("Chief Minister's Office")],
     quotes=[("No effort will be spared to protect lives", "Chief Minister's Office", None, "a statement")])

item("E40", {3: "Parts of Navi Mumbai, including Vashi, Nerul and Belapur, reported waterlogging, while the Thane "
                "Municipal Corporation opened 12 temporary shelters in Kalwa and Mumbra."},
     ents=[P("Navi Mumbai"), P("Vashi"), P("Nerul"), P("Belapur"), O("Thane Municipal Corporation"), P("Kalwa"),
           P("Mumbra")])

item("E37", {3: "At least four people have died in rain-related incidents in Mumbai, Thane and Raigad since yesterday, "
                "according to the Press Trust of India (PTI)."},
     ents=[P("Mumbai"), P("Thane"), P("Raigad"), O(PTI)], attr=[(PTI, "according to the Press Trust of India")],
     times=[D("yesterday", "2026-07-06")])

item("E31", {3: "A high tide of 4.21 metres is expected at 1.38 am on Wednesday. The BMC has asked citizens not to "
                "venture near the sea at Marine Drive, Juhu and Girgaon Chowpatty."},
     ents=[O(BMC, "BMC"), P("Juhu")], opt=[P("Marine Drive"), P("Girgaon Chowpatty"), P("Girgaon")],
     times=[T("1.38 am", 1, 38, day=8), D("on Wednesday", "2026-07-08")])

item("E43", {3: "Rain has eased in south Mumbai since around 4.30 pm, but the IMD has warned of intense spells after "
                "9 pm. Dr Srinivasan said the system was likely to weaken by Thursday."},
     ents=[P("South Mumbai", "south Mumbai"), O(IMD, "IMD"), H("K. Srinivasan", "Srinivasan")],
     opt=[P("Mumbai")],
     times=[T("4.30 pm", 16, 30), T("9 pm", 21, 0), D("Thursday", "2026-07-09")])

# ---------------------------------------------------------------- page layouts, top to bottom
P1_STREAM = ["E15", "E14", "E13", "C_ad", "E12", "E11", "E10", "E09", "E08", "E07", "E06", "E05", "E04", "E03",
             "E02", "E01"]
P2_NEW = ["E26", "E25a", "E25b", "E24", "E23", "C_ad", "E22", "E21", "E20a", "E20b", "C_readless", "E18",
          "C_alsoread", "E27", "E17", "E19", "E16"]
P3_NEW = ["E43", "E31", "E37", "E40", "E46", "E34", "C_watch", "E35", "E45", "E38a", "E38b", "C_ad", "E42", "E33",
          "E41", "E32", "E30", "C_trending"]
HEADER = ["C_signin", "C_live", "HEAD", "C_upd", "C_share", "C_comments", "C_follow", "INTRO"]

P2_OLD = [x for x in P2_NEW if x != "C_readless"]
P2_OLD = [x if x != "C_ad" else None for x in P2_OLD]  # poll 3 drops the second advertisement slot
P2_OLD = [x for x in P2_OLD if x]

LAYOUT = {
    1: HEADER + P1_STREAM + ["C_readmore"],
    2: HEADER + ["E16"] + P2_NEW + P1_STREAM + ["C_subscribe", "C_readmore"],
    3: HEADER + ["E16"] + P3_NEW + P2_OLD + [x for x in P1_STREAM if x != "C_ad"] + ["C_subscribe", "C_readmore"],
}

# twins in the last poll: look alike, different news
DISTINCT = [
    ("E02", "E03", "rainfall at two different observatories (Santacruz 212 mm vs Colaba 148 mm)"),
    ("E07", "E08", "different numbers of NDRF teams, different district, river and town"),
    ("E11", "E32", "exams postponed for Tuesday vs not postponed for Wednesday"),
    ("E19", "E31", "two different high tides: 4.67 m at 1.12 pm today vs 4.21 m at 1.38 am Wednesday"),
    ("E27", "E33", "red alert for Raigad/Ratnagiri (10 am bulletin) vs orange alert for Mumbai/Thane/Palghar (4 pm)"),
    ("E23", "E34", "services resumed at 1.40 pm vs suspended again at 4.55 pm"),
    ("E13", "E35", "two different drownings: 52-year-old in Govandi vs 35-year-old in Malad"),
]


def main():
    lines = {}      # poll index -> list of (iid, text)
    for p, ids in LAYOUT.items():
        lines[p] = [(iid, ITEMS[iid]["texts"][p]) for iid in ids]
        for iid, t in lines[p]:
            assert t, (p, iid)
    for p in lines:
        with open(os.path.join(DIR, f"poll-{p}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(t for _, t in lines[p]) + "\n")
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={BLOG_DATE.isoformat()}\nliveblog.blog.zone={ZONE}\n")

    refs = {}       # iid -> list of line refs, in poll order
    chrome = []
    ents_req, ents_opt = {}, {}
    quotes, attrs, times = [], [], []
    for p in sorted(lines):
        for n, (iid, text) in enumerate(lines[p], 1):
            r = f"poll-{p}.txt:{n}"
            it = ITEMS[iid]
            refs.setdefault(iid, []).append(r)
            if it["chrome"]:
                chrome.append(r)
                continue
            for field, src, out in (("req", it["ents"], ents_req), ("opt", it["opt"], ents_opt)):
                seen, lst = set(), []
                for typ, name, mention in src:
                    if mention in text and (typ, name) not in seen:
                        seen.add((typ, name))
                        lst.append({"type": typ, "name": name, "mention": mention})
                if field == "req" or lst:
                    out[r] = lst
            for qt, spk, anon, via in it["quotes"]:
                if qt in text:
                    q = {"line": r, "text": qt}
                    if spk:
                        q["speaker"] = spk
                    else:
                        q["anonymous"] = anon
                    if via:
                        q["via"] = via
                    quotes.append(q)
            for src, trig in it["attr"]:
                if trig in text:
                    attrs.append({"line": r, "source": src})
            for tm in it["times"]:
                if tm["mention"] in text:
                    times.append(dict(line=r, **tm))

    groups = []
    done = set()
    for iid, it in ITEMS.items():
        if iid in done:
            continue
        members = [iid] + [j for j, jt in ITEMS.items() if jt["group"] == iid]
        rs = [r for m in members for r in refs.get(m, [])]
        done.update(members)
        if len(rs) < 2:
            continue
        if it["chrome"]:
            texts = {ITEMS[iid]["texts"][int(r.split("-")[1].split(".")[0])] for r in rs}
            if len(texts) == 1:
                groups.append({"lines": rs, "kind": "exact", "chrome": True})
            continue
        texts = {t for m in members for t in ITEMS[m]["texts"].values()}
        kind = it["kind"] if len(members) == 1 else "contained"
        if kind is None:
            kind = "exact"
        keep = [r for r in refs[iid] if r.startswith(POLLS[-1])][-1]
        why = it["why"] or "the same entry repeated in successive polls"
        groups.append({"lines": rs, "kind": kind, "keep_text_of": keep, "why": why})

    last = len(POLLS)
    distinct = []
    for a, b, why in DISTINCT:
        ra = [r for r in refs[a] if r.startswith(f"poll-{last}.txt")][0]
        rb = [r for r in refs[b] if r.startswith(f"poll-{last}.txt")][0]
        distinct.append({"lines": [ra, rb], "why": why})

    gold = {
        "about": "Invented evaluation corpus (not a real page): three successive scrapes of an Indian English-language "
                 "news site's live blog of monsoon flooding in Mumbai and coastal Maharashtra on Tuesday 7 July 2026, "
                 "written and hand-labelled for this evaluation in Indian news house style (single and double "
                 "quotation marks, lakh and crore, '4.30 pm' clock times, PTI/ANI/Reuters citations, IMD, BMC, NDRF, "
                 "Central and Western Railway). All people are invented. Entries are newest first, without time "
                 "prefixes; a helpline post is pinned at the top and also shown in its place. Generated by "
                 "build_corpus.py.",
        "blog": {"date": BLOG_DATE.isoformat(), "timezone": ZONE, "order": "newest-first", "polls": POLLS},
        "chrome_lines": chrome,
        "entry_duplicate_groups": groups,
        "must_stay_distinct": distinct,
        "entities_required": ents_req,
        "entities_optional": ents_opt,
        "quotes": quotes,
        "attributions": attrs,
        "time_mentions": times,
        "published_times": [],
    }
    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for p in lines:
        print(f"poll-{p}.txt: {len(lines[p])} lines")


if __name__ == "__main__":
    main()
