#!/usr/bin/env python3
"""Builds the kenya-election corpus: three polls of an invented live blog and its gold annotation.

Every item is described once, oldest first, with its text (and annotation) in each poll where it
appears; the page layout of each poll then lists item ids top to bottom (newest first).

    python3 build_corpus.py      # writes poll-1.txt .. poll-3.txt, kenya-election.gold.json, .properties
"""
import datetime
import json
import os
from zoneinfo import ZoneInfo

NAME = "kenya-election"
DATE = "2027-08-11"
ZONE = "Africa/Nairobi"
HERE = os.path.dirname(os.path.abspath(__file__))
POLLS = [1, 2, 3]

ZONES = {"EAT": "Africa/Nairobi", "GMT": "Etc/GMT", "CAT": "Africa/Maputo", "local": ZONE}


def T(mention, hhmm, zone="local", date=DATE):
    """A clock-time mention: local wall time hhmm in zone on date -> UTC instant."""
    h, m = map(int, hhmm.split(":"))
    d = datetime.date.fromisoformat(date)
    local = datetime.datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(ZONES[zone]))
    utc = local.astimezone(datetime.timezone.utc)
    return {"mention": mention, "utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ")}


def D(mention, date):
    return {"mention": mention, "date": date}


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


IEBC = "Independent Electoral and Boundaries Commission"
JDA = "Jamhuri Democratic Alliance"
KRM = "Kenya Reform Movement"
NJOROGE = "Esther Wanjiku Njoroge"
OUMA = "Raphael Otieno Ouma"
FARAH = "Hassan Abdi Farah"
KNA = "Kenya News Agency"
BOMAS = L("Bomas of Kenya")  # a venue: optional


def V(text, req=(), opt=(), quotes=(), attrs=(), times=()):
    return {"text": text, "req": list(req), "opt": list(opt), "quotes": list(quotes),
            "attrs": list(attrs), "times": list(times)}


# ---------------------------------------------------------------- news items, oldest first
# each: id -> {"polls": {poll: version}, "group": kind or None, "why": ...}
NEWS = {}


def news(id_, versions, kind=None, why=""):
    """versions: list of (polls, V)."""
    pv = {}
    for polls, v in versions:
        for p in polls:
            pv[p] = v
    NEWS[id_] = {"polls": pv, "kind": kind, "why": why}


PIN_TEXT = ("What you need to know: to win outright, a presidential candidate needs more than half of all valid "
            "votes cast and at least 25% of the vote in at least 24 of the 47 counties. The IEBC must declare the "
            "result within seven days, by 17 August; if nobody crosses both thresholds, a run-off follows within "
            "30 days.")
PIN = V(PIN_TEXT, req=[O(IEBC, "IEBC")], times=[D("17 August", "2027-08-17")])

news("headline", [([1, 2, 3], V("Kenya election 2027: Tallying continues as country awaits presidential result",
                                req=[L("Kenya")]))],
     "exact", "page headline, unchanged in every poll")

news("E01", [([1, 2, 3], V(
    "Good morning and welcome to our live coverage of the tallying of Kenya’s general election. Kenyans voted on "
    "Tuesday for a president, 47 governors, senators, MPs and county assembly members. The Independent Electoral "
    "and Boundaries Commission (IEBC) is collating the presidential results at the Bomas of Kenya national "
    "tallying centre in Nairobi.",
    req=[L("Kenya", "Kenya’s"), O(IEBC), L("Nairobi")],
    opt=[BOMAS, L("Kenya", "Kenyans")],
    times=[D("on Tuesday", "2027-08-10")]))], "exact", "opening post, unchanged")

# the explainer is pinned: shown at the top of the page and again at its own place
news("E02", [([1, 2, 3], PIN)], "exact", "pinned explainer shown twice on every page (top and chronological place)")

news("E03", [([1, 2, 3], V(
    "Polls closed at 5pm on Tuesday (14:00 GMT), though voters already in queues were allowed to cast their "
    "ballots. In parts of Nairobi’s Eastlands and in Mandera, some stations stayed open past 9pm after late "
    "deliveries of materials.",
    req=[L("Nairobi", "Nairobi’s"), L("Eastlands"), L("Mandera")],
    times=[T("5pm", "17:00", date="2027-08-10"), D("on Tuesday", "2027-08-10"),
           T("14:00 GMT", "14:00", "GMT", date="2027-08-10"), T("9pm", "21:00", date="2027-08-10")]))],
     "exact", "unchanged")

news("E05", [([1, 2, 3], V(
    "In Kisumu, hundreds of Ouma supporters danced through the streets of Kondele last night, waving the flags of "
    "the Kenya Reform Movement (KRM).",
    req=[L("Kisumu"), P(OUMA, "Ouma"), L("Kondele"), O(KRM)],
    opt=[L("Kenya")],
    times=[D("last night", "2027-08-10")]))], "exact", "unchanged; Ouma named by surname only, before the full name")

POLICE_Q = ("Officers have been deployed to all 47 county tallying centres and to the national tallying centre at "
            "Bomas, and we will not allow anyone to disrupt the process")
news("E06", [([1, 2, 3], V(
    "“" + POLICE_Q + ",” according to police.",
    opt=[L("Bomas of Kenya", "Bomas")],
    quotes=[Q(POLICE_Q, anonymous="police")]))])  # grouped with E18 below

news("E07", [
    ([1], V("“We are seeing delays in the transmission of forms from parts of the north-east because of network "
            "problems,” an election official told AFP.",
            req=[O("AFP")], opt=[L("North Eastern Kenya", "north-east")],
            quotes=[Q("We are seeing delays in the transmission of forms", anonymous="an election official",
                      via="AFP")],
            attrs=["AFP"])),
    ([2, 3], V("“We are seeing delays in the transmission of forms from parts of the north-east because of network "
               "problems,” an IEBC official who asked not to be named told AFP.",
               req=[O(IEBC, "IEBC"), O("AFP")], opt=[L("North Eastern Kenya", "north-east")],
               quotes=[Q("We are seeing delays in the transmission of forms",
                         anonymous="an IEBC official who asked not to be named", via="AFP")],
               attrs=["AFP"])),
], "near", "re-published with only the attribution clause changed (an election official -> an IEBC official who "
           "asked not to be named)")

news("E08a", [([1, 2, 3], V(
    "In Garissa, trader Mohamed Ali Hussein said he had queued for four hours yesterday to vote for the first "
    "time in 15 years.",
    req=[L("Garissa"), P("Mohamed Ali Hussein")],
    times=[D("yesterday", "2027-08-10")]))], "exact", "first paragraph of a two-paragraph post, unchanged")
news("E08b", [([1, 2, 3], V(
    "“I came because my children asked me to. They want jobs, not promises,” he told the Kenya News Agency.",
    req=[O(KNA)], opt=[L("Kenya")],
    quotes=[Q("I came because my children asked me to", speaker="Mohamed Ali Hussein", via=KNA)],
    attrs=[KNA]))], "exact", "second paragraph (speaker on the line above), unchanged")

news("E09", [
    ([1], V("Voting in Elodret and across the North Rift was calm, according to local reports, with long queues "
            "forming before 6am on Tuesday.",
            req=[L("Eldoret", "Elodret"), L("North Rift")],
            times=[T("6am", "06:00", date="2027-08-10"), D("on Tuesday", "2027-08-10")])),
    ([2, 3], V("Voting in Eldoret and across the North Rift was calm, according to local reports, with long queues "
               "forming before 6am on Tuesday.",
               req=[L("Eldoret"), L("North Rift")],
               times=[T("6am", "06:00", date="2027-08-10"), D("on Tuesday", "2027-08-10")])),
], "near", "typo in the place name fixed (Elodret -> Eldoret)")

news("E10", [([1, 2, 3], V(
    "With results from 14,206 of 46,232 polling stations transmitted, Njoroge has 51.2% and Ouma 47.1%, according "
    "to the IEBC portal.",
    req=[P(NJOROGE, "Njoroge"), P(OUMA, "Ouma"), O(IEBC, "IEBC")]))],
     "exact", "unchanged; Njoroge named by surname only, before the full name")

E12_REQ = [P(NJOROGE), O(JDA), O("Tujenge coalition"), P(OUMA), L("Kisumu"), O(KRM), P(FARAH),
           O("National Unity Party"), P("Mary Nyokabi Gathoni")]
E12_OPT = [O("Treasury"), L("Kenya")]  # review: the blog never writes "National Treasury"
E12 = ("The two front-runners are Esther Wanjiku Njoroge, 58, a former Treasury cabinet secretary running for the "
       "Jamhuri Democratic Alliance (JDA) at the head of the Tujenge coalition, and Raphael Otieno Ouma, 63, a "
       "former governor of Kisumu who leads the Kenya Reform Movement. The two other candidates, Hassan Abdi Farah "
       "of the National Unity Party and independent Mary Nyokabi Gathoni, trail {} behind.")
news("E12", [([1, 2], V(E12.format("far"), req=E12_REQ, opt=E12_OPT)),
             ([3], V(E12.format("well"), req=E12_REQ, opt=E12_OPT))],
     "near", "one ordinary word changed in a long entry (far -> well)")

E14 = "The EU election observation mission will give its preliminary statement on Thursday at a news conference in Nairobi."
# review: "EU election observation mission" is written in lower case, as a description rather than a proper name,
# and "EU" is a modifier (like "US officials"): both are borderline, so both optional
EU_OPT = [O("EU Election Observation Mission", "EU election observation mission"), O("European Union", "EU")]
news("E14", [
    ([1], V(E14, req=[L("Nairobi")],
            opt=EU_OPT, times=[D("on Thursday", "2027-08-12")])),
    ([2, 3], V(E14 + " Chief observer Ilse Vandermeulen said the mission had deployed 186 observers in 41 of "
               "Kenya’s 47 counties.",
               req=[L("Nairobi"), P("Ilse Vandermeulen"), L("Kenya", "Kenya’s")],
               opt=EU_OPT, times=[D("on Thursday", "2027-08-12")])),
], "contained", "a sentence appended in poll 2")

E16 = ("{o}Kenyans have done their part. Now let the IEBC do its work without interference,{c} said Rev Samuel "
       "Gitau, general secretary of the National Council of Churches of Kenya (NCCK).")
E16_ANN = dict(req=[O(IEBC, "IEBC"), P("Samuel Gitau"), O("National Council of Churches of Kenya")],
               opt=[L("Kenya", "Kenyans")],
               quotes=[Q("Kenyans have done their part. Now let the IEBC do its work", speaker="Samuel Gitau")])
news("E16", [([1], V(E16.format(o='"', c='"'), **E16_ANN)),
             ([2, 3], V(E16.format(o="“", c="”"), **E16_ANN))],
     "exact", "only the quotation marks changed (straight -> curly)")

# ---- poll 2 additions
news("E17", [([2, 3], V(
    "The Kenya Reform Movement says it will not go to the Supreme Court over the presidential result, its "
    "secretary general Beatrice Adhiambo told AFP this morning.",
    req=[O(KRM), O("Supreme Court"), P("Beatrice Adhiambo"), O("AFP")], opt=[L("Kenya")],
    attrs=["AFP"], times=[D("this morning", "2027-08-11")]))], "exact", "unchanged")

news("E18", [([2, 3], V(
    "“" + POLICE_Q + ",” National Police Service spokesman Dominic Wekesa told Reuters, adding that four people "
    "had been arrested in Kisumu at about 2am for trying to storm a constituency tallying centre.",
    req=[O("National Police Service"), P("Dominic Wekesa"), O("Reuters"), L("Kisumu")],
    opt=[L("Bomas of Kenya", "Bomas")],
    quotes=[Q(POLICE_Q, speaker="Dominic Wekesa", via="Reuters")],
    attrs=["Reuters"], times=[T("2am", "02:00")]))])

news("E19a", [([2, 3], V(
    "In Kakamega, teacher Mercy Nekesa told the Kenya News Agency she had stayed up until 3am following the "
    "results on the radio.",
    req=[L("Kakamega"), P("Mercy Nekesa"), O(KNA)], opt=[L("Kenya")],
    attrs=[KNA], times=[T("3am", "03:00")]))], "exact", "unchanged")
news("E19b", [([2, 3], V(
    "She added: “If the numbers are clean, we will accept. If they are cooked, we will know.”",
    quotes=[Q("If the numbers are clean, we will accept", speaker="Mercy Nekesa", via=KNA)]))],
     "exact", "unchanged; speaker on the line above")

news("E20", [([2, 3], V(
    "IEBC chairman Francis Kyalo is due to address the media at the Bomas of Kenya at 4pm EAT (13:00 GMT), the "
    "commission says.",
    req=[O(IEBC, "IEBC"), P("Francis Kyalo")], opt=[BOMAS, L("Kenya")],
    times=[T("4pm EAT", "16:00", "EAT"), T("13:00 GMT", "13:00", "GMT")]))], "exact", "unchanged")

E21 = ("Provisional figures from 22,418 polling stations: Ms Njoroge has {a} votes (50.9%) and Mr Ouma {b} "
       "(48.1%), with Mr Farah and Ms Gathoni sharing the remainder.")
E21_REQ = [P(NJOROGE, "Ms Njoroge"), P(OUMA, "Mr Ouma"), P(FARAH, "Mr Farah"),
           P("Mary Nyokabi Gathoni", "Ms Gathoni")]
news("E21", [([2], V(E21.format(a="5,120,000", b="4,840,000"), req=E21_REQ)),
             ([3], V(E21.format(a="5.12 million", b="4.84 million"), req=E21_REQ))],
     "near", "the same vote counts rewritten (5,120,000 -> 5.12 million, 4,840,000 -> 4.84 million)")

news("E22", [([2, 3], V(
    "Uganda’s Ministry of Foreign Affairs said in a statement from Kampala at 11am EAT that it was following the "
    "count “with keen interest” and urged all sides to respect the outcome.",
    req=[L("Uganda", "Uganda’s"), O("Ministry of Foreign Affairs"), L("Kampala")],
    quotes=[Q("with keen interest", speaker="Ministry of Foreign Affairs", via="a statement")],
    times=[T("11am EAT", "11:00", "EAT")]))], "exact", "unchanged")

news("E23", [([2, 3], V(
    "Our correspondent Wairimu Kiarie in Nakuru says tallying at the county centre was halted at noon after agents "
    "from both main parties disputed figures from Naivasha constituency. It has since resumed.",
    req=[P("Wairimu Kiarie"), L("Nakuru"), L("Naivasha")],
    times=[T("noon", "12:00")]))], "exact", "unchanged")

TALLY_RESUMED = ("Tallying has resumed at the {} county tallying centre after a three-hour suspension caused by a "
                 "power cut, the IEBC says.")
news("E24", [([2, 3], V(TALLY_RESUMED.format("Kisumu"), req=[L("Kisumu"), O(IEBC, "IEBC")]))],
     "exact", "unchanged")

news("E25", [([2, 3], V(
    "Hassan Abdi Farah of the National Unity Party has conceded, telling supporters in Garissa at 1.15pm that he "
    "would back neither front-runner. “The people of the north have spoken and I respect them. My party will sit "
    "in opposition,” Mr Farah told the BBC.",
    req=[P(FARAH), O("National Unity Party"), L("Garissa"), O("BBC")], opt=[L("Northern Kenya", "north")],
    quotes=[Q("The people of the north have spoken", speaker=FARAH, via="BBC")],
    attrs=["BBC"], times=[T("1.15pm", "13:15")]))], "exact", "unchanged")

E27 = ("In Mombasa, Mwanaisha Bakari, who sells vegetables at Marikiti market in the Old Town, said business had "
       "been slow since Monday.")
E27_REQ = [L("Mombasa"), P("Mwanaisha Bakari"), L("Old Town")]
E27_OPT = [L("Marikiti market")]
news("E27", [([2], V(E27, req=E27_REQ, opt=E27_OPT, times=[D("since Monday", "2027-08-09")])),
             ([3], V(E27 + " “People are staying home until they know who has won,” she said.",
                     req=E27_REQ, opt=E27_OPT, times=[D("since Monday", "2027-08-09")],
                     quotes=[Q("People are staying home until they know", speaker="Mwanaisha Bakari")]))],
     "contained", "the quotation was appended in poll 3")

news("S1", [([2, 3], V(
    "Provisional results show Esther Njoroge narrowly ahead of Raphael Ouma in the presidential race",
    req=[P(NJOROGE, "Esther Njoroge"), P(OUMA, "Raphael Ouma")]))], "exact", "summary bullet, unchanged")
news("S2", [([2], V(
    "Minor candidate Hassan Abdi Farah has conceded and says his party will sit in opposition",
    req=[P(FARAH)]))])

# ---- poll 3 additions
news("E24b", [([3], V(TALLY_RESUMED.format("Garissa"), req=[L("Garissa"), O(IEBC, "IEBC")]))])

news("E28", [([3], V(
    "Security has been stepped up in Kisumu, Nakuru and Eldoret ahead of the final declaration, the Associated "
    "Press reported, quoting Interior Cabinet Secretary Joseph Wafula. The Ministry of Interior and National "
    "Administration says 150,000 officers remain on duty across the country.",
    req=[L("Kisumu"), L("Nakuru"), L("Eldoret"), P("Joseph Wafula"), O("Associated Press"),
         O("Ministry of Interior and National Administration")],
    attrs=["Associated Press"]))])

news("E29", [([3], V(
    "IEBC chairman Francis Kyalo is now due to address the media at the Bomas of Kenya at 7pm EAT (16:00 GMT), the "
    "commission says.",
    req=[O(IEBC, "IEBC"), P("Francis Kyalo")], opt=[BOMAS, L("Kenya")],
    times=[T("7pm EAT", "19:00", "EAT"), T("16:00 GMT", "16:00", "GMT")]))])

news("E30", [([3], V(
    "The African Union Election Observation Mission, led by former Ghanaian foreign minister Kwabena "
    "Asante-Mensah, said voting had been “peaceful, orderly and largely transparent”, though it noted late "
    "openings in 11 counties, according to AFP.",
    req=[O("African Union Election Observation Mission"), P("Kwabena Asante-Mensah"), O("AFP")],
    opt=[L("Ghana", "Ghanaian"), O("African Union")],
    quotes=[Q("peaceful, orderly and largely transparent", speaker="African Union Election Observation Mission",
              via="AFP")],
    attrs=["AFP"]))])

news("E31", [([3], V(
    "With results from 31,870 of 46,232 polling stations transmitted, Ms Njoroge has 50.4% and Mr Ouma 48.6%, "
    "according to the IEBC portal.",
    req=[P(NJOROGE, "Ms Njoroge"), P(OUMA, "Mr Ouma"), O(IEBC, "IEBC")]))])

news("E32", [([3], V(
    "In Kakamega, the county returning officer has declared Wycliffe Barasa of the Jamhuri Democratic Alliance "
    "governor-elect with 58.3% of the vote.",
    req=[L("Kakamega"), P("Wycliffe Barasa"), O(JDA)]))])
news("E33", [([3], V(
    "In Kakamega, the county returning officer has declared Rose Nafula Simiyu of the Kenya Reform Movement "
    "senator-elect with 51.7% of the vote.",
    req=[L("Kakamega"), P("Rose Nafula Simiyu"), O(KRM)], opt=[L("Kenya")]))])

news("E42", [([3], V(
    "Tanzanian government spokesman Elias Mwakyusa told reporters in Dodoma at 1400 local time that Tanzania "
    "would “work with whoever Kenyans elect”.",
    req=[P("Elias Mwakyusa"), L("Dodoma"), L("Tanzania")],
    opt=[L("Tanzania", "Tanzanian"), L("Kenya", "Kenyans")],
    quotes=[Q("work with whoever Kenyans elect", speaker="Elias Mwakyusa")],
    times=[T("1400 local time", "14:00")]))])

news("E34", [([3], V(
    "South Sudan’s Ministry of Foreign Affairs said in a statement from Juba at 3pm CAT (4pm EAT) that it “looks "
    "forward to continued partnership with whoever the Kenyan people choose”.",
    req=[L("South Sudan", "South Sudan’s"), O("Ministry of Foreign Affairs"), L("Juba")],
    opt=[L("Kenya", "Kenyan")],
    quotes=[Q("looks forward to continued partnership with whoever", speaker="Ministry of Foreign Affairs",
              via="a statement")],
    times=[T("3pm CAT", "15:00", "CAT"), T("4pm EAT", "16:00", "EAT")]))])

news("E35", [([3], V(
    "The Kenya Reform Movement says it will go to the Supreme Court over the presidential result, its secretary "
    "general Beatrice Adhiambo told Reuters, reversing what she said this morning.",
    req=[O(KRM), O("Supreme Court"), P("Beatrice Adhiambo"), O("Reuters")], opt=[L("Kenya")],
    attrs=["Reuters"], times=[D("this morning", "2027-08-11")]))])

news("E36", [([3], V(
    "JDA supporters have begun gathering at the Kipchoge Keino Stadium in Eldoret, some travelling from Iten and "
    "Kapsabet. “We have waited since Tuesday. Tonight we celebrate,” Kiprotich Langat, a maize farmer from "
    "Moiben, told AFP.",
    req=[O(JDA, "JDA"), L("Eldoret"), L("Iten"), L("Kapsabet"), P("Kiprotich Langat"), L("Moiben"), O("AFP")],
    opt=[L("Kipchoge Keino Stadium"), P("Kipchoge Keino")],
    quotes=[Q("We have waited since Tuesday. Tonight we celebrate", speaker="Kiprotich Langat", via="AFP")],
    attrs=["AFP"], times=[D("since Tuesday", "2027-08-10"), D("Tonight", "2027-08-11")]))])

news("E37a", [([3], V(
    "Raphael Ouma has spoken to supporters outside his home in Kisumu for the first time since polls closed.",
    req=[P(OUMA, "Raphael Ouma"), L("Kisumu")]))])
news("E37b", [([3], V(
    "“We have seen forms from Homa Bay and Migori that do not match what our agents signed. We will not accept a "
    "result built on paper that was changed after it left the polling station,” Mr Ouma said.",
    req=[L("Homa Bay"), L("Migori"), P(OUMA, "Mr Ouma")],
    quotes=[Q("We have seen forms from Homa Bay and Migori", speaker=OUMA)]))])
news("E37c", [([3], V(
    "He added: “I ask our people to remain calm. Do not burn anything. Do not fight your neighbour.”",
    quotes=[Q("I ask our people to remain calm", speaker=OUMA)]))])

news("E38", [([3], V(
    "Ms Njoroge, speaking briefly to reporters outside the Tujenge coalition’s offices in Lavington, said: “Let us "
    "wait for the IEBC. Nobody should declare themselves president on social media.”",
    req=[P(NJOROGE, "Ms Njoroge"), O("Tujenge coalition"), L("Lavington"), O(IEBC, "IEBC")],
    quotes=[Q("Let us wait for the IEBC", speaker=NJOROGE)]))])

news("E40", [([3], V(
    "IEBC vice-chair Halima Noor Abdullahi says the commission has received Forms 34A from 44,015 of the 46,232 "
    "polling stations, or 95.2%, and expects to finish verifying them “well before the legal deadline”, possibly "
    "by Friday 13 August.",
    req=[O(IEBC, "IEBC"), P("Halima Noor Abdullahi")],
    quotes=[Q("well before the legal deadline", speaker="Halima Noor Abdullahi")],
    times=[D("Friday 13 August", "2027-08-13")]))])

news("S4", [([3], V(
    "Mr Kyalo’s news conference at the Bomas of Kenya has been pushed back to 7pm EAT",
    req=[P("Francis Kyalo", "Mr Kyalo")], opt=[BOMAS, L("Kenya")],
    times=[T("7pm EAT", "19:00", "EAT")]))])

# E06 (short, "according to police") and E18 (full attribution) carry the same quotation
POLICE_GROUP = ("E06", "E18")

# ---------------------------------------------------------------- furniture
CHROME = {
    "cookies": {p: "Cookies on this site: we use cookies to give you the best online experience. Let us know if "
                   "you agree to all of these cookies." for p in POLLS},
    "skip": {p: "Skip to content" for p in POLLS},
    "signin": {p: "Sign in" for p in POLLS},
    "register": {p: "Register" for p in POLLS},
    "watch": {p: "Watch live: Kenya results special" for p in POLLS},
    "updated": {1: "Updated 4 minutes ago", 2: "Updated 1 minute ago", 3: "Updated 6 minutes ago"},
    "share": {p: "Share" for p in POLLS},
    "summary": {2: "Summary", 3: "Summary"},
    "listen": {2: "Listen: Kenya’s long wait for a president – Africa Daily 4:32",
               3: "Listen: Kenya’s long wait for a president – Africa Daily 4:32"},
    "advert": {p: "Advertisement" for p in POLLS},
    "getintouch": {p: "Get in touch: Are you in Kenya? Tell us how the count looks where you are." for p in POLLS},
    "comments": {1: "View comments (23)", 2: "View comments (57)", 3: "View comments (89)"},
    "related": {p: "Related topics" for p in POLLS},
    "mostread": {p: "Most read" for p in POLLS},
    "mr1": {p: "1 Kenya election 2027: Who are the main presidential candidates?" for p in POLLS},
}

TOP = ["cookies", "skip", "signin", "register", "watch", "headline", "updated", "share"]
BOTTOM = ["getintouch", "comments", "related", "mostread", "mr1"]
LAYOUT = {
    1: TOP + ["PIN", "E16", "E14", "E12", "E10", "E09", "advert", "E08a", "E08b", "E07", "E06", "E05", "E03",
              "E02", "E01"] + BOTTOM,
    2: TOP + ["PIN", "summary", "S1", "S2", "listen", "E27", "E25", "E24", "E23", "E22", "E21", "E20", "E19a",
              "E19b", "E18", "advert", "E17", "E16", "E14", "E12", "E10", "E09", "E08a", "E08b", "E07", "E06",
              "E05", "E03", "E02", "E01"] + BOTTOM,
    3: TOP + ["PIN", "summary", "S1", "S4", "listen", "E40", "E38", "E37a", "E37b", "E37c", "E36", "E35", "E34",
              "E42", "E33", "advert", "E32", "E31", "E30", "E29", "E28", "E24b", "E27", "E25", "E24", "E23", "E22",
              "E21", "E20", "E19a", "E19b", "E18", "E17", "E16", "E14", "E12", "E10", "E09", "E08a", "E08b", "E07",
              "E06", "E05", "E03", "E02", "E01"] + BOTTOM,
}

MUST_STAY_DISTINCT = [
    ("E10", "E31", "the same tally sentence at two moments: 14,206 vs 31,870 stations, different percentages, "
                   "surname only vs honorifics"),
    ("E24", "E24b", "tallying resumed after a power cut: Kisumu vs Garissa"),
    ("E17", "E35", "negation: the party will not go / will go to the Supreme Court (AFP vs Reuters)"),
    ("E20", "E29", "the chairman's briefing at 4pm EAT vs moved to 7pm EAT"),
    ("E32", "E33", "Kakamega declarations: another person, party, office and percentage"),
    ("E22", "E34", "neighbouring ministries' statements: Uganda/Kampala/11am EAT vs South Sudan/Juba/3pm CAT"),
]


def build():
    lines = {}      # poll -> list of (ref, item id)
    for p in POLLS:
        out = []
        for n, iid in enumerate(LAYOUT[p], 1):
            out.append((f"poll-{p}.txt:{n}", iid))
        lines[p] = out

    def text_of(p, iid):
        if iid in CHROME:
            return CHROME[iid][p]
        if iid == "PIN":
            return PIN["text"]
        return NEWS[iid]["polls"][p]["text"]

    def ann_of(p, iid):
        if iid == "PIN":
            return PIN
        return NEWS[iid]["polls"][p]

    for p in POLLS:
        with open(os.path.join(HERE, f"poll-{p}.txt"), "w", encoding="utf-8") as f:
            for ref, iid in lines[p]:
                f.write(text_of(p, iid) + "\n")

    gold = {
        "about": "Invented evaluation corpus (not a real page): three successive scrapes of an international "
                 "broadcaster's English live blog of the tallying of Kenya's general election, Wednesday 11 "
                 "August 2027 (polls on Tuesday 10 August), newest entry first, one entry per line, with the "
                 "site's furniture (cookie banner, sign-in links, media teasers, counters, most-read box) mixed "
                 "in. Written and hand-labelled for the kenya-election corpus in a BBC-like style with curly "
                 "quotes and times in EAT, GMT and local time; all people, parties and figures are invented.",
        "blog": {"date": DATE, "timezone": ZONE, "order": "newest-first", "polls": [f"poll-{p}.txt" for p in POLLS]},
        "chrome_lines": [],
        "entry_duplicate_groups": [],
        "must_stay_distinct": [],
        "entities_required": {},
        "entities_optional": {},
        "quotes": [],
        "attributions": [],
        "time_mentions": [],
        "published_times": [],
    }
    refs_of = {}  # item id -> refs in poll order
    for p in POLLS:
        for ref, iid in lines[p]:
            key = "E02" if iid == "PIN" else iid
            refs_of.setdefault(key, []).append(ref)
            if iid in CHROME:
                gold["chrome_lines"].append(ref)
                continue
            a = ann_of(p, iid)
            gold["entities_required"][ref] = a["req"]
            opt = list(a["opt"])
            # "Kenya" inside an organisation or venue name may be picked up as the country
            if "Kenya" in a["text"] and not any(e["type"] == "PLACE" and e["name"] == "Kenya" for e in a["req"] + opt):
                opt.append(L("Kenya"))
            if opt:
                gold["entities_optional"][ref] = opt
            for q in a["quotes"]:
                gold["quotes"].append({"line": ref, **q})
            for s in a["attrs"]:
                gold["attributions"].append({"line": ref, "source": s})
            for t in a["times"]:
                gold["time_mentions"].append({"line": ref, **t})

    # chrome groups
    for cid in CHROME:
        rs = refs_of.get(cid, [])
        if len(rs) > 1:
            kinds = {CHROME[cid][p] for p in CHROME[cid]}
            gold["entry_duplicate_groups"].append({"lines": rs, "kind": "exact" if len(kinds) == 1 else "near",
                                                   "chrome": True})
    # news groups
    for iid, item in NEWS.items():
        if iid in POLICE_GROUP:
            continue
        rs = refs_of.get(iid, [])
        if len(rs) > 1:
            gold["entry_duplicate_groups"].append({"lines": rs, "kind": item["kind"], "keep_text_of": rs[-1],
                                                   "why": item["why"]})
    pr = refs_of["E06"] + refs_of["E18"]
    gold["entry_duplicate_groups"].append({
        "lines": pr, "kind": "contained", "keep_text_of": refs_of["E18"][-1],
        "why": "one police statement: the older entry is only the quotation 'according to police'; the later one "
               "carries the same quotation attributed to the National Police Service spokesman via Reuters and "
               "adds the Kisumu arrests"})
    last = POLLS[-1]
    for a, b, why in MUST_STAY_DISTINCT:
        ra = [r for r in refs_of[a] if r.startswith(f"poll-{last}.txt:")][0]
        rb = [r for r in refs_of[b] if r.startswith(f"poll-{last}.txt:")][0]
        gold["must_stay_distinct"].append({"lines": [ra, rb], "why": why})
    with open(os.path.join(HERE, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE}\nliveblog.blog.zone={ZONE}\n")


if __name__ == "__main__":
    build()
