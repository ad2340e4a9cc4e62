#!/usr/bin/env python3
"""Builds the us-election-night corpus: three polls of an invented US newspaper live blog on
midterm election night (Tuesday 3 November 2026, Pennsylvania governor and special Senate races),
plus its gold annotation.  Every item is described once, oldest first, with its text in each poll;
the page layout of each poll is listed top to bottom.  Run: python3 build_corpus.py
"""
import datetime
import json
import os
import re
from zoneinfo import ZoneInfo

NAME = "us-election-night"
DIR = os.path.dirname(os.path.abspath(__file__))
DATE = datetime.date(2026, 11, 3)
ZONE = "America/New_York"
POLLS = [1, 2, 3]


def utc(h, m=0, zone=ZONE, day=DATE):
    """A wall-clock time on the blog's date in the given zone, as a UTC instant."""
    t = datetime.datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(zone))
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def T(mention, h, m=0, zone=ZONE):
    return {"mention": mention, "utc": utc(h, m, zone)}


def D(mention, iso):
    return {"mention": mention, "date": iso}


TODAY = "2026-11-03"
MONDAY = "2026-11-02"
WEDNESDAY = "2026-11-04"


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


ORTEGA = "Julián Ortega"
OSH = "Declan O'Shaughnessy"
LKR = "Laura Kaminski-Reyes"
HADDAD = "Samir Haddad"
AP = "Associated Press"

# ---------------------------------------------------------------------------------------------
# Chrome (page furniture).  texts: poll -> text
CHROME = {
    "signin": {1: "Sign in", 2: "Sign in", 3: "Sign in"},
    "create": {1: "Create free account"},
    "sub": {2: "Subscribe for $1 a week. Cancel anytime.", 3: "Subscribe for $1 a week. Cancel anytime."},
    "live": {1: "Live Updates: Pennsylvania Governor and Senate Results · Updated 11 minutes ago",
             2: "Live Updates: Pennsylvania Governor and Senate Results · Updated 5 minutes ago",
             3: "Live Updates: Pennsylvania Governor and Senate Results · Updated 12 minutes ago"},
    "share": {1: "Share full article", 2: "Share full article", 3: "Share full article"},
    "gift": {1: "Gift this article", 2: "Gift this article", 3: "Gift this article"},
    "comments": {1: "87 comments", 2: "204 comments", 3: "312 comments"},
    "ad": {1: "Advertisement", 2: "Advertisement", 3: "Advertisement"},
    "ad2": {3: "Advertisement"},
    "watch": {3: "Watch: Julián Ortega casts his ballot in Allentown 0:58"},
    "readmore": {2: "Read more: How Pennsylvania counts its mail ballots, and why it can take days",
                 3: "Read more: How Pennsylvania counts its mail ballots, and why it can take days"},
    "newsletter": {p: "Sign up for the Election Night newsletter, with results and analysis sent to your inbox as races are called."
                   for p in POLLS},
    "more": {p: "Show more updates" for p in POLLS},
}
# chrome lines repeated across polls that we list as chrome groups
CHROME_GROUPS = [["signin"], ["sub"], ["share"], ["gift"], ["ad", "ad2"], ["readmore"], ["newsletter"], ["more"]]

# ---------------------------------------------------------------------------------------------
# News items, oldest first.  Each: id, posted (local, for the record), texts {poll: text},
# req / opt entities, quotes, attr (sources credited), times, kind (how versions differ),
# group (items that are one news item), note.
A_TEXT = ("In Erie, where the line outside a polling place on Peach Street stretched around the block this morning, "
          "Marcus Bell, 34, a machinist, said he had come mostly for the Senate race. "
          "\"I don't love either of them, but I'm not sitting this one out,\" he said.")
H1 = "A judge in Cobb County, outside Atlanta, ordered four polling places to stay open until 8 p.m."
H2 = ("A judge in Cobb County, outside Atlanta, ordered four polling places to stay open until 8 p.m. after "
      "problems with electronic poll books delayed voting this morning, The Atlanta Journal-Constitution reported.")
I1_TAIL = (" hours of the race at a union hall in Scranton with Sen. Colleen Moriarty of New Jersey. "
           "\"We ran this campaign in all 67 counties, and tonight we find out if Pennsylvania wants to keep "
           "moving forward,\" he told the crowd.")
I1_HEAD = "Julián Ortega, the Democratic nominee for governor and a former mayor of Allentown, spent the "
M1 = ("Turnout appeared to be high in the Philadelphia suburbs. In Bucks County, officials said 71 percent of "
      "registered voters had cast ballots by 6 p.m.")
M2 = M1 + (" That would be the county's highest turnout for a midterm in at least 20 years, "
           "The Philadelphia Inquirer reported.")
N2 = ("A printing error on about 2,000 ballots in Bethel Park, in Allegheny County, was fixed this afternoon, and "
      "affected voters were offered provisional ballots, said Dr. Priya Venkataraman, the county's elections director.")
N1 = N2.replace("Allegheny County", "Alleghany County")
ALLEGHENY_QUOTE = "We always knew Allegheny would report early and the rest of the state would report late"
Q2 = ("Fewer than 300 provisional ballots were cast in Luzerne County after a paper shortage at several polling "
      "places in Hazleton was resolved before noon, county officials said.")
Q3 = Q2.replace("county officials said.", "the Luzerne County Bureau of Elections said in a statement.")
P2 = ("About 2,450,000 votes had been counted in the governor's race by 9:30 p.m., roughly 40 percent of the "
      "expected total, according to Decision Desk HQ.")
P3 = P2.replace("2,450,000 votes", "2.45 million votes")
V_TEXT = ("Here's where things stand: Julián Ortega, the Democrat, leads Declan O'Shaughnessy, the Republican, in the "
          "race for governor, with a little more than a third of the expected vote counted. The Senate race between "
          "Rep. Laura Kaminski-Reyes and Samir Haddad is tighter. The A.P. has not called either race.")

ITEMS = [
    dict(id="dek", posted="17:30",
         texts={p: "Pennsylvania voters are choosing a new governor and filling a seat in the U.S. Senate in a special "
                   "election, two races that could reshape the balance of power in Harrisburg and Washington."
                for p in POLLS},
         req=[O("United States Senate", "U.S. Senate")],
         # review: "Pennsylvania voters" is an adjectival use (like "US officials"), so optional
         opt=[L("Pennsylvania"), L("United States", "U.S."), L("Harrisburg"), O("Harrisburg"), L("Washington, D.C.", "Washington"),
              O("Washington")],
         kind="exact", why="standfirst under the headline, unchanged in every poll"),
    dict(id="A", posted="17:40",
         texts={1: A_TEXT.replace("'", "\u2019"), 2: A_TEXT, 3: A_TEXT},
         req=[L("Erie"), P("Marcus Bell")], opt=[L("Peach Street")],
         quotes=[Q("I don't love either of them, but I'm not sitting this one out", "Marcus Bell")],
         times=[D("this morning", TODAY)],
         kind="exact", why="same voter entry; poll 1 has curly apostrophes, later polls straight ones"),
    dict(id="B", posted="17:55",
         texts={p: "Mr. Haddad cast his ballot just after 8 a.m. in Sewickley, the Allegheny County borough where he "
                   "grew up, and told reporters he felt \"better than I have felt all year.\" He then spent several "
                   "hours calling voters from his campaign office in Cranberry Township." for p in POLLS},
         req=[P(HADDAD, "Mr. Haddad"), L("Sewickley"), L("Cranberry Township")],
         # review: "the Allegheny County borough" is an adjectival use, so optional
         opt=[L("Allegheny County")],
         quotes=[Q("better than I have felt all year", HADDAD)],
         times=[T("8 a.m.", 8)],
         kind="exact", why="unchanged; names the candidate only as Mr. Haddad, before the entry that gives his full name"),
    dict(id="C1", posted="18:10",
         texts={p: "Samir Haddad, the Republican nominee in the special Senate election, closed his campaign last night "
                   "with a rally in Washington, Pa., telling a crowd of about 2,000 that the race would be decided "
                   "\"in the places nobody in Philadelphia ever bothers to visit.\"" for p in POLLS},
         req=[P(HADDAD), L("Washington, Pennsylvania", "Washington, Pa."), L("Philadelphia")],
         quotes=[Q("in the places nobody in Philadelphia ever bothers to visit", HADDAD)],
         times=[D("last night", MONDAY)],
         kind="exact", why="unchanged"),
    dict(id="C2", posted="18:10",
         texts={p: "Mr. Haddad, a former chief executive of a Pittsburgh steel-fabrication company, has put more than "
                   "$38 million of his own money into the race, according to Federal Election Commission filings "
                   "through Oct. 14." for p in POLLS},
         req=[P(HADDAD, "Mr. Haddad"), O("Federal Election Commission")],
         # review: "a Pittsburgh steel-fabrication company" is an adjectival use, so optional
         opt=[L("Pittsburgh")],
         times=[D("Oct. 14", "2026-10-14")],
         kind="exact", why="unchanged (second paragraph of the Haddad post)"),
    dict(id="D", posted="18:20",
         texts={p: "Polls close in Georgia at 7 p.m. Eastern, the first of the states we are watching tonight. "
                   "Pennsylvania's polls close an hour later, at 8 p.m." for p in POLLS},
         req=[L("Georgia"), L("Pennsylvania")],
         times=[T("7 p.m. Eastern", 19), D("tonight", TODAY), T("8 p.m.", 20)],
         kind="exact", why="unchanged"),
    dict(id="E", posted="18:30",
         texts={p: "In Arizona, most polls close at 7 p.m. MST, which is 9 p.m. ET. In Wisconsin, they close at "
                   "8 p.m. CT, or 9 p.m. Eastern." for p in POLLS},
         req=[L("Arizona"), L("Wisconsin")],
         times=[T("7 p.m. MST", 19, 0, "America/Phoenix"), T("9 p.m. ET", 21), T("8 p.m. CT", 20, 0, "America/Chicago"),
                T("9 p.m. Eastern", 21)],
         kind="exact", why="unchanged"),
    dict(id="F", posted="18:45",
         texts={p: "Counties were not allowed to begin processing mail ballots until 7 a.m. today, which is why big "
                   "counties like Philadelphia and Allegheny have historically been slow to report. More than 1.2 "
                   "million mail ballots had been returned statewide as of Monday, Secretary of the Commonwealth "
                   "Renée Dubois said." for p in POLLS},
         req=[L("Philadelphia"), L("Allegheny County", "Allegheny"), P("Renée Dubois")],
         opt=[O("Secretary of the Commonwealth")],
         times=[T("7 a.m.", 7), D("today", TODAY), D("Monday", MONDAY)],
         kind="exact", why="unchanged"),
    dict(id="G", posted="19:01",
         texts={p: "Polls have now closed in Georgia. Anyone in line by 7 p.m. is still allowed to vote, state "
                   "election officials said." for p in POLLS},
         req=[L("Georgia")],
         times=[T("7 p.m.", 19)],
         kind="exact", why="unchanged"),
    dict(id="H", posted="19:20",
         texts={1: H1, 2: H2, 3: H2},
         req=[L("Cobb County"), L("Atlanta"), O("The Atlanta Journal-Constitution", "Atlanta Journal-Constitution")],
         attr=["The Atlanta Journal-Constitution"],
         times=[T("8 p.m.", 20), D("this morning", TODAY)],
         kind="contained", why="poll 1 published the first sentence only; the cause and the AJC credit were added"),
    dict(id="AC", posted="19:30",
         texts={p: "Ms. Kaminski-Reyes told WHYY yesterday that she expected the Senate race to be \"too close to call "
                   "for a day or two,\" and urged supporters not to read anything into the early returns." for p in POLLS},
         req=[P(LKR, "Ms. Kaminski-Reyes"), O("WHYY")],
         quotes=[Q("too close to call for a day or two", LKR, via="WHYY")],
         attr=["WHYY"],
         times=[D("yesterday", MONDAY)],
         kind="exact", why="unchanged; names the Senate candidate only as Ms. Kaminski-Reyes"),
    dict(id="I1", posted="19:45",
         texts={1: I1_HEAD + "last" + I1_TAIL, 2: I1_HEAD + "final" + I1_TAIL, 3: I1_HEAD + "final" + I1_TAIL},
         req=[P(ORTEGA), L("Allentown"), L("Scranton"), P("Colleen Moriarty"), L("New Jersey"), L("Pennsylvania")],
         quotes=[Q("We ran this campaign in all 67 counties, and tonight we find out if Pennsylvania wants to keep "
                   "moving forward", ORTEGA)],
         times=[D("tonight", TODAY)],
         kind="near", why="one ordinary word changed: 'last hours' became 'final hours'"),
    dict(id="I2", posted="19:45",
         texts={p: "He added: \"Nobody in this room goes home until every last ballot is counted.\"" for p in POLLS},
         quotes=[Q("Nobody in this room goes home until every last ballot is counted", ORTEGA)],
         kind="exact", why="unchanged (second paragraph of the Ortega post; 'he' is Mr. Ortega)"),
    dict(id="J", posted="20:00",
         texts={p: "Polls have now closed in Pennsylvania. Anyone in line by 8 p.m. is still allowed to vote, state "
                   "election officials said." for p in POLLS},
         req=[L("Pennsylvania")],
         times=[T("8 p.m.", 20)],
         kind="exact", why="unchanged"),
    dict(id="K", posted="20:05",
         texts={p: "The Associated Press called the race in Pennsylvania's 3rd Congressional District, which covers "
                   "much of Philadelphia, for Rep. Andre Whitlock, a Democrat." for p in POLLS},
         req=[O(AP, "Associated Press"), L("Pennsylvania"), L("Philadelphia"), P("Andre Whitlock")],
         opt=[L("Pennsylvania's 3rd Congressional District", "3rd Congressional District")],
         attr=["The Associated Press"],
         kind="exact", why="unchanged"),
    dict(id="L", posted="20:12",
         texts={p: "The first results are in from Allegheny County, where about 118,000 mail ballots have been counted. "
                   "Mr. Ortega leads there with 71 percent of the vote." for p in POLLS},
         req=[L("Allegheny County"), P(ORTEGA, "Mr. Ortega")],
         kind="exact", why="unchanged"),
    dict(id="M", posted="20:15",
         texts={1: M1, 2: M2, 3: M2},
         req=[L("Bucks County"), O("The Philadelphia Inquirer", "Philadelphia Inquirer")],
         # review: "the Philadelphia suburbs" is an adjectival use, so optional
         opt=[L("Philadelphia")],
         attr=["The Philadelphia Inquirer"],
         times=[T("6 p.m.", 18)],
         kind="contained", why="a sentence crediting the Inquirer was appended in poll 2"),
    dict(id="N", posted="20:20",
         texts={1: N1, 2: N2, 3: N2},
         req=[L("Bethel Park"), L("Allegheny County"), P("Priya Venkataraman")],
         opt=[L("Allegheny County", "Alleghany County")],
         times=[D("this afternoon", TODAY)],
         kind="near", why="typo fixed: 'Alleghany' corrected to 'Allegheny'"),
    # ---- poll 2 additions
    dict(id="R", posted="20:40", group="allegheny-quote",
         texts={2: "\"" + ALLEGHENY_QUOTE + ",\" according to a Haddad campaign aide.",
                3: "\"" + ALLEGHENY_QUOTE + ",\" according to a Haddad campaign aide."},
         req=[L("Allegheny County", "Allegheny")], opt=[P(HADDAD, "Haddad")],
         quotes=[Q(ALLEGHENY_QUOTE, anonymous="a Haddad campaign aide")]),
    dict(id="AA", posted="20:55",
         texts={p: "Lawyers for the Republican National Committee filed an emergency petition in Commonwealth Court on "
                   "Tuesday afternoon seeking to set aside about 3,400 mail ballots in Philadelphia that have missing "
                   "or incorrect handwritten dates. An R.N.C. spokeswoman, Kelsey Drummond, said the party wanted "
                   "\"the same rules applied in every county.\"" for p in (2, 3)},
         req=[O("Republican National Committee"), O("Commonwealth Court"), L("Philadelphia"), P("Kelsey Drummond")],
         quotes=[Q("the same rules applied in every county", "Kelsey Drummond")],
         times=[D("on Tuesday afternoon", TODAY)],
         kind="exact", why="unchanged"),
    dict(id="Q", posted="21:00",
         texts={2: Q2, 3: Q3},
         req=[L("Luzerne County"), L("Hazleton"), O("Luzerne County Bureau of Elections")],
         times=[T("noon", 12)],
         kind="near", why="re-published with only the attribution clause changed ('county officials said' -> "
                          "'the Luzerne County Bureau of Elections said in a statement')"),
    dict(id="O", posted="21:05", group="allegheny-quote",
         texts={p: "\"" + ALLEGHENY_QUOTE + ",\" a Haddad campaign aide who spoke on condition of anonymity told The "
                   "Associated Press. \"Nobody here is panicking over the first hour.\"" for p in (2, 3)},
         req=[L("Allegheny County", "Allegheny"), O(AP, "Associated Press")], opt=[P(HADDAD, "Haddad")],
         quotes=[Q(ALLEGHENY_QUOTE, anonymous="a Haddad campaign aide who spoke on condition of anonymity", via=AP),
                 Q("Nobody here is panicking over the first hour",
                   anonymous="a Haddad campaign aide who spoke on condition of anonymity", via=AP)],
         attr=["The Associated Press"]),
    dict(id="S", posted="21:10",
         texts={p: "Polls have closed in Arizona and Wisconsin. In Milwaukee, the city's central count of absentee "
                   "ballots is expected to run into Wednesday morning, the Milwaukee Election Commission said."
                for p in (2, 3)},
         req=[L("Arizona"), L("Wisconsin"), L("Milwaukee"), O("Milwaukee Election Commission")],
         times=[D("Wednesday morning", WEDNESDAY)],
         kind="exact", why="unchanged"),
    dict(id="T", posted="21:15",
         texts={p: "The Associated Press called the race in Pennsylvania's 13th Congressional District, which covers "
                   "much of the south-central part of the state, for Rep. Gail Stoltzfus, a Republican." for p in (2, 3)},
         req=[O(AP, "Associated Press"), L("Pennsylvania"), P("Gail Stoltzfus")],
         opt=[L("Pennsylvania's 13th Congressional District", "13th Congressional District")],
         attr=["The Associated Press"],
         kind="exact", why="unchanged"),
    dict(id="U", posted="21:20",
         texts={p: "Rep. Laura Kaminski-Reyes, the Democratic Senate nominee, posted a video on X thanking volunteers "
                   "in the Lehigh Valley. \"Whatever happens tonight, you built something that lasts,\" she said in "
                   "the video." for p in (2, 3)},
         req=[P(LKR), L("Lehigh Valley")],
         # review: "on X" names the social platform (a product), borderline, so optional
         opt=[O("X")],
         quotes=[Q("Whatever happens tonight, you built something that lasts", LKR, via="X")],
         times=[D("tonight", TODAY)],
         kind="exact", why="unchanged"),
    dict(id="V", posted="21:30", pinned=True,
         texts={2: V_TEXT, 3: V_TEXT},
         req=[P(ORTEGA), P(OSH), P(LKR), P(HADDAD), O(AP, "A.P.")],
         attr=["The A.P."],
         kind="exact", why="pinned summary: shown at the top of the page and again in the feed, in polls 2 and 3"),
    dict(id="P", posted="21:40",
         texts={2: P2, 3: P3},
         req=[O("Decision Desk HQ")],
         attr=["Decision Desk HQ"],
         times=[T("9:30 p.m.", 21, 30)],
         kind="near", why="the same number rewritten: '2,450,000 votes' became '2.45 million votes'"),
    dict(id="X", posted="21:50",
         texts={p: "\"It's going to be a long night, and we are going to be patient,\" Mr. O'Shaughnessy told reporters "
                   "outside his campaign headquarters in Doylestown, adding that he expected Bucks County and the rest "
                   "of the \"collar counties\" to break his way as the night went on." for p in (2, 3)},
         req=[P(OSH, "Mr. O'Shaughnessy"), L("Doylestown"), L("Bucks County")],
         quotes=[Q("It's going to be a long night, and we are going to be patient", OSH)],
         kind="exact", why="unchanged"),
    dict(id="Y2", posted="21:55",
         texts={p: "Mr. Ortega is expected to address supporters at the PPL Center in Allentown at 10:30 p.m., his "
                   "campaign told CNN." for p in (2, 3)},
         req=[P(ORTEGA, "Mr. Ortega"), L("Allentown"), O("CNN")], opt=[L("PPL Center"), O("PPL Center")],
         attr=["CNN"],
         times=[T("10:30 p.m.", 22, 30)],
         kind="exact", why="unchanged"),
    dict(id="Y", posted="22:00",
         texts={p: "More results are in from Allegheny County, where about 246,000 ballots have been counted. "
                   "Mr. Ortega leads there with 64 percent of the vote." for p in (2, 3)},
         req=[L("Allegheny County"), P(ORTEGA, "Mr. Ortega")],
         kind="exact", why="unchanged"),
    # ---- poll 3 additions
    dict(id="AB", posted="22:10",
         texts={3: "\"Pennsylvania's election is running smoothly, and it is running on time,\" Ms. Dubois said at a "
                   "news conference in Harrisburg at 9:45 p.m. ET, adding that no county had reported a serious problem."},
         req=[L("Pennsylvania"), P("Renée Dubois", "Ms. Dubois"), L("Harrisburg")],
         quotes=[Q("Pennsylvania's election is running smoothly, and it is running on time", "Renée Dubois")],
         times=[T("9:45 p.m. ET", 21, 45)]),
    dict(id="Z1", posted="22:20",
         texts={3: "The Associated Press called the governor's race in Georgia for Bradley Whitcomb, the Republican, "
                   "at 10:14 p.m. Eastern."},
         req=[O(AP, "Associated Press"), L("Georgia"), P("Bradley Whitcomb")],
         attr=["The Associated Press"],
         times=[T("10:14 p.m. Eastern", 22, 14)]),
    dict(id="Z2", posted="22:35",
         texts={3: "Mr. Ortega is now expected to address supporters at the PPL Center in Allentown at 11:15 p.m., "
                   "his campaign said."},
         req=[P(ORTEGA, "Mr. Ortega"), L("Allentown")], opt=[L("PPL Center"), O("PPL Center")],
         times=[T("11:15 p.m.", 23, 15)]),
    dict(id="Z5a", posted="22:40",
         texts={3: "Philadelphia will finish counting its mail ballots before morning, Omar Whitfield, the chairman "
                   "of the city commissioners, told reporters."},
         req=[L("Philadelphia"), P("Omar Whitfield")],
         opt=[O("Philadelphia City Commissioners", "city commissioners")]),
    dict(id="Z3", posted="22:50",
         texts={3: "In Arizona's 6th Congressional District, which includes much of Tucson, Marisol Ybarra, the "
                   "Democrat, leads Rep. Dale Hutchins by about 3,100 votes with roughly half of the expected vote "
                   "counted. Pima County officials expect to have counted about 80 percent of ballots by Wednesday "
                   "evening, according to Reuters."},
         req=[L("Arizona"), L("Tucson"), P("Marisol Ybarra"), P("Dale Hutchins"), O("Reuters")],
         # review: "Pima County officials" is an adjectival use (like "US officials"), so optional
         opt=[L("Arizona's 6th Congressional District", "6th Congressional District"), L("Pima County")],
         attr=["Reuters"],
         times=[D("Wednesday evening", WEDNESDAY)]),
    dict(id="Z4", posted="23:00",
         texts={3: "The Associated Press called the governor's race in Wisconsin for Lt. Gov. Erik Lindahl, the "
                   "Democrat, at 10:58 p.m. Eastern."},
         req=[O(AP, "Associated Press"), L("Wisconsin"), P("Erik Lindahl")],
         attr=["The Associated Press"],
         times=[T("10:58 p.m. Eastern", 22, 58)]),
    dict(id="Z9", posted="23:05",
         texts={3: "With 78 percent of the expected vote counted, Ms. Kaminski-Reyes leads Mr. Haddad by about 41,200 "
                   "votes in the Senate race, a margin of less than one percentage point. Pennsylvania law requires a "
                   "statewide recount if the margin is half a percentage point or less."},
         req=[P(LKR, "Ms. Kaminski-Reyes"), P(HADDAD, "Mr. Haddad")],
         # review: "Pennsylvania law" is an adjectival use, so optional
         opt=[L("Pennsylvania")]),
    dict(id="Z6a", posted="23:20",
         texts={3: "Samir Haddad's senior adviser, Nate Pruitt, said the campaign would not comment on the Senate race "
                   "until more votes were counted in Erie and Luzerne counties."},
         req=[P(HADDAD), P("Nate Pruitt"), L("Erie County", "Erie"), L("Luzerne County", "Luzerne")]),
    dict(id="Z6b", posted="23:20",
         texts={3: "\"We are exactly where we expected to be at this hour,\" Mr. Pruitt said."},
         req=[P("Nate Pruitt", "Mr. Pruitt")],
         quotes=[Q("We are exactly where we expected to be at this hour", "Nate Pruitt")]),
    dict(id="Z6c", posted="23:20",
         texts={3: "He added: \"Western Pennsylvania has not spoken yet.\""},
         req=[L("Western Pennsylvania")], opt=[L("Pennsylvania")],
         quotes=[Q("Western Pennsylvania has not spoken yet", "Nate Pruitt")]),
    dict(id="Z7a", posted="23:31",
         texts={3: "The Associated Press called the governor's race in Pennsylvania for Julián Ortega, the Democrat, at "
                   "11:31 p.m. Eastern."},
         req=[O(AP, "Associated Press"), L("Pennsylvania"), P(ORTEGA)],
         attr=["The Associated Press"],
         times=[T("11:31 p.m. Eastern", 23, 31)]),
    dict(id="Z7b", posted="23:31",
         texts={3: "Mr. Ortega, a former mayor of Allentown, will be sworn in on Jan. 19 as the state's first Latino "
                   "governor. \"This is Pennsylvania's win, not mine,\" he wrote on X minutes after the call."},
         req=[P(ORTEGA, "Mr. Ortega"), L("Allentown"), L("Pennsylvania")],
         # review: "on X" names the social platform (a product), borderline, so optional
         opt=[O("X")],
         quotes=[Q("This is Pennsylvania's win, not mine", ORTEGA, via="X")],
         times=[D("Jan. 19", "2027-01-19")]),
    dict(id="Z5b", posted="23:40",
         texts={3: "Philadelphia will not finish counting its mail ballots before morning, Omar Whitfield, the chairman "
                   "of the city commissioners, told reporters after a sorting machine broke down."},
         req=[L("Philadelphia"), P("Omar Whitfield")],
         opt=[O("Philadelphia City Commissioners", "city commissioners")]),
    dict(id="Z8", posted="23:45",
         texts={3: "Declan O'Shaughnessy left his Doylestown headquarters at about 11:30 p.m. Eastern without conceding. "
                   "His spokesman, Travis Lindqvist, said in a statement that the campaign would \"wait for every legal "
                   "vote to be counted\" and would have more to say on Wednesday."},
         req=[P(OSH), P("Travis Lindqvist")],
         # review: "his Doylestown headquarters" is an adjectival use, so optional
         opt=[L("Doylestown")],
         quotes=[Q("wait for every legal vote to be counted", "Travis Lindqvist", via="a statement")],
         times=[T("11:30 p.m. Eastern", 23, 30), D("on Wednesday", WEDNESDAY)]),
]
GROUP_INFO = {
    "allegheny-quote": dict(kind="contained", keep="O",
                            why="one quotation under two attributions: the short entry (poll 2 and 3) is mostly the "
                                "quotation 'according to a Haddad campaign aide'; the later entry gives it in full, "
                                "told to The Associated Press, with a second sentence"),
}

# ---------------------------------------------------------------------------------------------
# Page layout, top to bottom: ("c", chrome id) or news id.  "V*" is the pinned copy at the top.
LAYOUT = {
    1: [("c", "signin"), ("c", "create"), ("c", "live"), "dek", ("c", "share"), ("c", "gift"), ("c", "comments"),
        "N", "M", "L", "K", "J", "I1", "I2", ("c", "ad"), "AC", "H", "G", "F", "E", "D", "C1", "C2", "B", "A",
        ("c", "newsletter"), ("c", "more")],
    2: [("c", "signin"), ("c", "sub"), ("c", "live"), "dek", ("c", "share"), ("c", "gift"), ("c", "comments"),
        "V*", "Y", "Y2", "X", "P", "V", ("c", "readmore"), "U", "T", "S", "O", "Q", "AA", "R", ("c", "ad"),
        "N", "M", "L", "K", "J", "I1", "I2", "AC", "H", "G", "F", "E", "D", "C1", "C2", "B", "A",
        ("c", "newsletter"), ("c", "more")],
    3: [("c", "signin"), ("c", "sub"), ("c", "live"), "dek", ("c", "share"), ("c", "gift"), ("c", "comments"),
        "V*", "Z8", "Z5b", "Z7a", "Z7b", "Z6a", "Z6b", "Z6c", ("c", "ad"), "Z9", "Z4", "Z3", "Z5a", "Z2", "Z1", "AB",
        ("c", "watch"), "Y", "Y2", "X", "P", "V", ("c", "readmore"), "U", "T", "S", "O", "Q", "AA", "R", ("c", "ad2"),
        "N", "M", "L", "K", "J", "I1", "I2", "AC", "H", "G", "F", "E", "D", "C1", "C2", "B", "A",
        ("c", "newsletter"), ("c", "more")],
}

MUST_STAY_DISTINCT = [
    ("K", "T", "two AP calls of Pennsylvania House seats: another district number, another winner, another party"),
    ("L", "Y", "two Allegheny County updates: 118,000 vs 246,000 ballots counted, 71 vs 64 percent"),
    ("Y2", "Z2", "Ortega's speech announced for 10:30 p.m., then moved to 11:15 p.m.: another time"),
    ("Z5a", "Z5b", "Philadelphia 'will finish' vs 'will not finish' counting before morning: a reversal"),
    ("Z1", "Z4", "two AP calls of governor's races: Georgia vs Wisconsin, another winner, party and time"),
    ("Z4", "Z7a", "two AP calls of governor's races: Wisconsin vs Pennsylvania, another winner and time"),
    ("G", "J", "polls closing in Georgia at 7 p.m. vs in Pennsylvania at 8 p.m."),
]


def auto_optional(text):
    """Borderline mentions that recur on many lines: party adjectives and the bare word 'Senate'."""
    out = []
    m = re.search(r"\bDemocrat(ic)?\b", text)
    if m:
        out.append(O("Democratic Party", m.group(0)))
    m = re.search(r"\bRepublican\b(?! National)", text)
    if m:
        out.append(O("Republican Party", m.group(0)))
    if re.search(r"\bSenate\b", text) and "U.S. Senate" not in text:
        out.append(O("United States Senate", "Senate"))
    return out


def main():
    items = {it["id"]: it for it in ITEMS}
    lines = {}            # ref -> text
    where = {}            # item id -> list of refs (in poll order, top to bottom)
    chrome_refs = []
    chrome_where = {}
    for p in POLLS:
        out = []
        for n, slot in enumerate(LAYOUT[p], 1):
            ref = f"poll-{p}.txt:{n}"
            if isinstance(slot, tuple):
                text = CHROME[slot[1]][p]
                chrome_refs.append(ref)
                chrome_where.setdefault(slot[1], []).append(ref)
            else:
                iid = slot.rstrip("*")
                text = items[iid]["texts"][p]
                where.setdefault(iid, []).append(ref)
            assert text == text.strip() and text and "\n" not in text, ref
            lines[ref] = text
            out.append(text)
        with open(os.path.join(DIR, f"poll-{p}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    # every item text of a poll is used in that poll's layout, and vice versa
    for it in ITEMS:
        for p in it["texts"]:
            assert any(r.startswith(f"poll-{p}.txt:") for r in where.get(it["id"], [])), (it["id"], p)

    gold = {
        "about": ("Invented evaluation corpus, written by hand (not scraped): three successive snapshots of the live blog "
                  "of a large American national newspaper on US midterm election night, Tuesday 3 November 2026, "
                  "following Pennsylvania's governor's race and a special U.S. Senate election, with results from "
                  "Georgia, Arizona and Wisconsin. American house style (straight quotes, Mr./Ms./Rep./Sen./Dr./Lt. Gov., "
                  "'8 p.m.', '9:45 p.m. ET', 'Oct. 14'). All candidates, staff, officials and voters are invented; "
                  "places, news agencies and outlets are real. Entries are newest first, one paragraph per line, with "
                  "no time-stamp prefixes; the pinned summary appears twice on polls 2 and 3. Generated by "
                  "build_corpus.py."),
        "blog": {"date": DATE.isoformat(), "timezone": ZONE, "order": "newest-first", "polls": [f"poll-{p}.txt" for p in POLLS]},
        "chrome_lines": chrome_refs,
        "entry_duplicate_groups": [],
        "must_stay_distinct": [],
        "entities_required": {},
        "entities_optional": {},
        "quotes": [],
        "attributions": [],
        "time_mentions": [],
        "published_times": [],
    }
    # --- duplicate groups
    groups = {}
    for it in ITEMS:
        key = it.get("group", it["id"])
        groups.setdefault(key, []).append(it["id"])
    for key, ids in groups.items():
        refs = [r for i in ids for r in where[i]]
        if len(refs) < 2:
            continue
        if key in GROUP_INFO:
            gi = GROUP_INFO[key]
            kind, keep_id, why = gi["kind"], gi["keep"], gi["why"]
        else:
            it = items[ids[0]]
            kind, keep_id, why = it["kind"], it["id"], it["why"]
        keep_refs = [r for r in where[keep_id] if r.startswith(f"poll-{POLLS[-1]}.txt:")] or where[keep_id]
        gold["entry_duplicate_groups"].append(
            {"lines": refs, "kind": kind, "keep_text_of": keep_refs[-1], "why": why})
    for cg in CHROME_GROUPS:
        refs = [r for c in cg for r in chrome_where[c]]
        if len(refs) > 1:
            gold["entry_duplicate_groups"].append({"lines": refs, "kind": "exact", "chrome": True})
    # --- must stay distinct (last poll)
    last = f"poll-{POLLS[-1]}.txt:"
    for a, b, why in MUST_STAY_DISTINCT:
        ra = [r for r in where[a] if r.startswith(last)][0]
        rb = [r for r in where[b] if r.startswith(last)][0]
        gold["must_stay_distinct"].append({"lines": [ra, rb], "why": why})
    # --- per-line annotations
    dropped = []

    def on(mention, text):
        return mention in text

    for it in ITEMS:
        for ref in where[it["id"]]:
            text = lines[ref]
            req = []
            for e in it.get("req", []):
                if on(e["mention"], text):
                    req.append(dict(e))
                else:
                    dropped.append((ref, "req", e["mention"]))
            opt = []
            for e in it.get("opt", []) + auto_optional(text):
                if on(e["mention"], text):
                    opt.append(dict(e))
                else:
                    dropped.append((ref, "opt", e["mention"]))
            gold["entities_required"][ref] = req
            if opt:
                gold["entities_optional"][ref] = opt
            for q in it.get("quotes", []):
                qt = q["text"]
                if qt not in text and qt.replace("'", "\u2019") in text:
                    qt = qt.replace("'", "\u2019")
                if qt in text:
                    gold["quotes"].append({"line": ref, **q, "text": qt})
                else:
                    dropped.append((ref, "quote", qt))
            for a in it.get("attr", []):
                if a in text:
                    gold["attributions"].append({"line": ref, "source": a.replace("The A.P.", "The Associated Press")})
                else:
                    dropped.append((ref, "attr", a))
            for tm in it.get("times", []):
                if tm["mention"] in text:
                    gold["time_mentions"].append({"line": ref, **tm})
                else:
                    dropped.append((ref, "time", tm["mention"]))
    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE.isoformat()}\nliveblog.blog.zone={ZONE}\n")
    for d in dropped:
        print("not on this version (intended?):", *d)
    for p in POLLS:
        print(f"poll-{p}.txt: {len(LAYOUT[p])} lines")


if __name__ == "__main__":
    main()
