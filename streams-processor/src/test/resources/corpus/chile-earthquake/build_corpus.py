#!/usr/bin/env python3
"""Builds the chile-earthquake corpus: three polls of an invented US news site's live blog of a strong
earthquake in central Chile on Thursday 18 March 2027, and its gold annotation.

Every item is described once, oldest first, with its text in each poll and its labels; the page layout
of each poll (newest first, with furniture) is given explicitly below.  Run:  python3 build_corpus.py
"""
import json
import os
import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

NAME = "chile-earthquake"
DIR = os.path.dirname(os.path.abspath(__file__))
DATE = "2027-03-18"
ZONE = "America/Santiago"
SCL = ZoneInfo(ZONE)
NYC = ZoneInfo("America/New_York")


def utc(h, m=0, day=18, tz=SCL):
    t = datetime(2027, 3, day, h, m, tzinfo=tz).astimezone(ZoneInfo("UTC"))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def et(h, m=0, day=18):
    return utc(h, m, day, NYC)


# Chilean summer time (UTC-3) is still in force on 18 March 2027, and US Eastern time is already EDT (UTC-4).
assert datetime(2027, 3, 18, 12, tzinfo=SCL).utcoffset().total_seconds() == -3 * 3600
assert datetime(2027, 3, 18, 12, tzinfo=NYC).utcoffset().total_seconds() == -4 * 3600

# ---------------------------------------------------------------- entity names used on many lines
SENAPRED = "Servicio Nacional de Prevención y Respuesta ante Desastres"
USGS = "United States Geological Survey"
IBANEZ = "Carolina Ibáñez Sotomayor"
SAAVEDRA = "Rodrigo Saavedra"


def P(name, mention=None):
    return ("PLACE", name, mention or name)


def O(name, mention=None):
    return ("ORGANIZATION", name, mention or name)


def H(name, mention=None):
    return ("PERSON", name, mention or name)


MAULE = lambda m="Maule": P("Maule Region", m)
BIOBIO = lambda m="Biobío": P("Biobío Region", m)
OHIGGINS = lambda m="O'Higgins": P("O'Higgins Region", m)

# ---------------------------------------------------------------- furniture
# key -> text per poll (str = same text in every poll where it is laid out)
CHROME = {
    "signin": "Sign in",
    "subscribe": "Subscribe: $1 for 6 months",
    "live": "Live updates",
    "updated": {1: "Updated 2 min ago", 2: "Updated 4 min ago", 3: "Updated 9 min ago"},
    "share": "Share",
    "copy": "Copy link",
    "comments": {1: "41 Comments", 2: "163 Comments", 3: "287 Comments"},
    "pinned": "Pinned",
    "ad": "Advertisement",
    "watch": "Watch: Drone footage shows damage in Constitución 1:12",
    "readmore": "Read more: Why Chile, One of the World's Most Quake-Prone Countries, Builds to Survive",
    "showmore": "Show more",
    "popular": "Most popular",
    "popitem": {1: "Fed Holds Rates Steady, Signals Patience on Cuts",
                2: "Maps: Where the Earthquake Struck in Chile",
                3: "Maps: Where the Earthquake Struck in Chile"},
    "instagram": "Follow us on Instagram",
}

# furniture slots whose text is a different item in different polls (not one repeated piece of furniture)
SPLIT_BY_TEXT = {"popitem"}

# ---------------------------------------------------------------- news items, oldest first
# Each item: id, and a list of paragraphs (one line each).  A paragraph has
#   text: str (same in all polls) or {poll: text}
#   req / opt: entities (type, name, mention); quotes: dicts; attrs: sources; times: (mention, utc|date)
#   kind/why for its duplicate group; group: shared group key when two items form one group.
# Any label may carry only=[polls] when it exists only in some versions of the text.
ITEMS = []


def item(iid, *paras):
    ITEMS.append({"id": iid, "paras": list(paras)})


def para(text, req=(), opt=(), quotes=(), attrs=(), times=(), kind="exact", why=None, group=None):
    return {"text": text, "req": list(req), "opt": list(opt), "quotes": list(quotes), "attrs": list(attrs),
            "times": list(times), "kind": kind, "why": why, "group": group}


def Q(text, speaker=None, anonymous=None, via=None, only=None):
    q = {"text": text}
    if speaker:
        q["speaker"] = speaker
    if anonymous:
        q["anonymous"] = anonymous
    if via:
        q["via"] = via
    if only:
        q["only"] = only
    return q


def T(mention, h=None, m=0, day=18, tz=SCL, date=None):
    if date:
        return {"mention": mention, "date": date}
    return {"mention": mention, "utc": utc(h, m, day, tz)}


item("H", para(
    "Powerful Earthquake Strikes Central Chile, Prompting Tsunami Warnings",
    req=[P("Chile")], why="page headline, unchanged in every poll"))

_e01 = ("A powerful earthquake struck central Chile early Thursday, shaking buildings in the capital, Santiago, "
        "and sending residents of coastal towns running for higher ground in the dark. The quake hit at 3:12 a.m. "
        "local time (2:12 a.m. ET) and was centered off the coast of the Maule region, about 25 miles southwest of "
        "the city of {c}, according to the United States Geological Survey (USGS).")
item("E01", para(
    {1: _e01.format(c="Constitucion"), 2: _e01.format(c="Constitución")},
    req=[P("Chile"), P("Santiago"), MAULE(), ("PLACE", "Constitución", ("Constitucion", "Constitución")),
         O(USGS)],
    times=[T("early Thursday", date="2027-03-18"), T("3:12 a.m. local time", 3, 12),
           T("2:12 a.m. ET", 2, 12, tz=NYC)],
    kind="near", why="typo fixed: 'Constitucion' gets its accent in poll 2; the entry is then pushed behind "
                     "'Show more' in poll 3"))

item("E02", para(
    "The Chilean Navy's tsunami warning service, SHOA, issued a tsunami warning for the coast of central Chile at "
    "3:25 a.m., and the national disaster agency, SENAPRED (Servicio Nacional de Prevención y Respuesta ante "
    "Desastres), ordered the evacuation of low-lying areas from the Valparaíso region south to the Biobío region.",
    req=[O("Chilean Navy"), O("SHOA"), P("Chile"), O(SENAPRED, "SENAPRED"), P("Valparaíso Region", "Valparaíso"),
         BIOBIO()],
    times=[T("3:25 a.m.", 3, 25)]))

item("E03", para(
    "The shaking was felt as far away as Mendoza and San Juan, across the Andes in Argentina, the Argentine "
    "newspaper Clarín reported.",
    req=[P("Mendoza"), P("San Juan"), P("Andes"), P("Argentina"), O("Clarín")],
    opt=[P("Argentina", "Argentine")],
    attrs=["Clarín"]))

item("E04", para(
    "The quake came after a magnitude 5.1 tremor in roughly the same area at 10:48 p.m. local time on Wednesday, "
    "according to the National Seismological Center at the University of Chile.",
    req=[O("National Seismological Center"), O("University of Chile")],
    times=[T("10:48 p.m. local time", 22, 48, day=17), T("on Wednesday", date="2027-03-17")]))

item("E05",
     para("In Constitución, a city of about 46,000 people that was devastated by a tsunami after the magnitude 8.8 "
          "earthquake of Feb. 27, 2010, sirens sounded within minutes and residents climbed Cerro Mutrún, the hill "
          "that overlooks the mouth of the Maule River.",
          req=[P("Constitución"), P("Cerro Mutrún"), P("Maule River")],
          times=[T("Feb. 27, 2010", date="2010-02-27")]),
     para({1: "\u201cThis time nobody waited to be told,\u201d said Ana Luisa Pérez, 67, who sells fish at the "
              "market by the river. \u201cWe remember 2010. We grabbed the children and ran.\u201d",
           2: "\"This time nobody waited to be told,\" said Ana Luisa Pérez, 67, who sells fish at the market by "
              "the river. \"We remember 2010. We grabbed the children and ran.\""},
          req=[H("Ana Luisa Pérez")],
          quotes=[Q("This time nobody waited to be told", speaker="Ana Luisa Pérez"),
                  Q("We remember 2010. We grabbed the children and ran.", speaker="Ana Luisa Pérez")],
          why="curly quotation marks replaced by straight ones in poll 2: same text"))

item("E06", para(
    "Mayor Saavedra told the broadcaster TVN that about 3,000 people had spent the rest of the night on the hills "
    "above Constitución and that there were no immediate reports of deaths in the city.",
    req=[H(SAAVEDRA, "Saavedra"), O("TVN"), P("Constitución")],
    attrs=["TVN"]))

item("E07", para(
    "The Pacific Tsunami Warning Center in Honolulu said hazardous waves were possible along coasts of the Pacific "
    "Ocean within about 620 miles (1,000 kilometers) of the epicenter, including southern Peru, but that there was "
    "no tsunami threat to Hawaii or California.",
    req=[O("Pacific Tsunami Warning Center"), P("Honolulu"), P("Pacific Ocean"), P("Peru"), P("Hawaii"),
         P("California")]))

item("E08", para(
    "Peru's navy issued a tsunami alert for the country's southern coast, from the port of Ilo to the border with "
    "Chile, Peru's state news agency, Andina, reported.",
    req=[P("Peru"), P("Ilo"), P("Chile"), O("Andina")],
    opt=[O("Peruvian Navy", "Peru's navy")],
    attrs=["Andina"]))

_e09 = ("About {n} homes and businesses were without electricity in the Maule, Biobío, O'Higgins and Santiago "
        "Metropolitan regions as of 5 a.m., according to Chile's Superintendency of Electricity and Fuels.")
item("E09", para(
    {1: _e09.format(n="1,240,000"), 2: _e09.format(n="1.24 million"), 3: _e09.format(n="1.24 million")},
    req=[MAULE(), BIOBIO(), OHIGGINS(), P("Santiago Metropolitan Region", "Santiago Metropolitan"), P("Chile"),
         O("Superintendency of Electricity and Fuels")],
    times=[T("5 a.m.", 5)],
    kind="near", why="the same figure rewritten: '1,240,000' becomes '1.24 million' in poll 2"))

_e10 = "Several adobe houses collapsed in the center of Curicó, and firefighters pulled at least two people alive " \
       "from the rubble, {a}."
item("E10", para(
    {1: _e10.format(a="the newspaper La Tercera reported"),
     2: _e10.format(a="the Maule regional government said in a statement"),
     3: _e10.format(a="the Maule regional government said in a statement")},
    req=[P("Curicó"), ("ORGANIZATION", "La Tercera", "La Tercera", [1])],
    # review: "the Maule regional government" is a lower-case description, not a name: optional, like "Maule"
    opt=[("ORGANIZATION", "Maule Regional Government", "Maule regional government", [2, 3]),
         ("PLACE", "Maule Region", "Maule", [2, 3])],
    attrs=[("La Tercera", [1])],
    kind="near", why="re-published with only the attribution clause changed (La Tercera -> the regional "
                     "government)"))

item("E11", para(
    "Santiago's Arturo Merino Benítez International Airport suspended all flights until at least 9 a.m. while "
    "engineers inspected the terminal for damage, the airport operator, Nuevo Pudahuel, said.",
    req=[P("Santiago"), O("Nuevo Pudahuel")],
    opt=[P("Arturo Merino Benítez International Airport")],
    times=[T("9 a.m.", 9)]))

item("E12", para(
    "\"We have people trapped in at least three buildings in Talca,\" according to SENAPRED.",
    req=[P("Talca"), O(SENAPRED, "SENAPRED")],
    quotes=[Q("We have people trapped in at least three buildings in Talca", speaker=SENAPRED)],
    kind="contained", group="talca-quote",
    why="the same quotation, cut short and credited to SENAPRED, inside the later entry that quotes its director "
        "Tomás Echeverría Muñoz on Radio Bío-Bío; both stay on the page"))

item("E13", para(
    "The tsunami warning for the coast of the Maule and Biobío regions has not been lifted, SHOA said in a post on "
    "X at 6:40 a.m., urging residents who had begun returning home to go back to high ground.",
    req=[MAULE(), BIOBIO(), O("SHOA")],
    opt=[O("X")],
    times=[T("6:40 a.m.", 6, 40)]))

item("E14", para(
    "The U.S. Geological Survey put the preliminary magnitude at 7.8 and said the quake struck at a depth of about "
    "18 miles (29 kilometers).",
    req=[O(USGS, "U.S. Geological Survey")]))

item("E15",
     para("Interior Minister Carolina Ibáñez Sotomayor said at a news conference at SENAPRED's headquarters in "
          "Santiago shortly before 7 a.m. that at least 11 people had been killed, most of them in the Maule "
          "region, and that the number was expected to rise.",
          req=[H(IBANEZ), O(SENAPRED, "SENAPRED"), P("Santiago"), MAULE()],
          times=[T("7 a.m.", 7)]),
     para("She added: \"We are still reaching isolated communities along the coast. I ask everyone to stay calm "
          "and to follow only official information.\"",
          quotes=[Q("We are still reaching isolated communities along the coast.", speaker=IBANEZ)]))

item("E16", para(
    "In Iloca, a small beach town in the Maule region, the sea surged about 200 yards inland, flooding restaurants "
    "and cabins along the waterfront, Radio Bío-Bío reported. Most residents had already fled to higher ground in "
    "Licantén, about 12 miles up the Mataquito River.",
    req=[P("Iloca"), MAULE(), O("Radio Bío-Bío"), P("Licantén"), P("Mataquito River")],
    attrs=["Radio Bío-Bío"]))

# ---- after poll 1
item("E17", para(
    "\"We could hear her calling to us for almost an hour before we reached her,\" a firefighter in Talca, who was "
    "not authorized to speak publicly, told The Associated Press, describing the rescue of a woman from a collapsed "
    "three-story apartment building near the city's main square.",
    req=[P("Talca"), O("Associated Press")],
    quotes=[Q("We could hear her calling to us for almost an hour", anonymous="a firefighter in Talca",
              via="The Associated Press")],
    attrs=["Associated Press"]))

item("E18", para(
    "Peru's navy lifted its tsunami alert for the country's southern coast, from the port of Ilo to the border with "
    "Chile, at 5:40 a.m. ET, Andina reported.",
    req=[P("Peru"), P("Ilo"), P("Chile"), O("Andina")],
    opt=[O("Peruvian Navy", "Peru's navy")],
    attrs=["Andina"],
    times=[T("5:40 a.m. ET", 5, 40, tz=NYC)]))

item("E19", para(
    "On Easter Island, more than 2,000 miles off the Chilean coast in the Pacific, SHOA recorded a wave of about 16 "
    "inches in Hanga Roa shortly after 8 a.m. No damage was reported.",
    req=[P("Easter Island"), P("Pacific Ocean", "Pacific"), O("SHOA"), P("Hanga Roa")],
    opt=[P("Chile", "Chilean")],
    times=[T("8 a.m.", 8)]))

item("E20",
     para("María José Núñez, a seismologist at the University of Chile's National Seismological Center, said the "
          "quake had ruptured part of the boundary where the Nazca plate slides beneath the South American plate, "
          "the same fault zone that produced the 2010 earthquake.",
          req=[H("María José Núñez"), O("University of Chile"), O("National Seismological Center")],
          opt=[P("Nazca plate"), P("South American plate")]),
     para({2: "\"Last night's tremor was very likely a foreshock,\" Dr. Núñez said.",
           3: "\"Last night's tremor was very likely a foreshock,\" Dr. Núñez said. \"We should expect strong "
              "aftershocks for weeks, some of them above magnitude 7.\""},
          req=[H("María José Núñez", "Núñez")],
          quotes=[Q("Last night's tremor was very likely a foreshock", speaker="María José Núñez"),
                  Q("We should expect strong aftershocks for weeks", speaker="María José Núñez", only=[3])],
          times=[T("Last night", date="2027-03-17")],
          kind="contained", why="second paragraph cut short in poll 2, its second quotation appended in poll 3"))

item("E21", para(
    "The tsunami warning for the coast of the Valparaíso and O'Higgins regions has been lifted, SHOA said in a post "
    "on X at 9:15 a.m., though it urged residents to stay away from beaches.",
    req=[P("Valparaíso Region", "Valparaíso"), OHIGGINS(), O("SHOA")],
    opt=[O("X")],
    times=[T("9:15 a.m.", 9, 15)]))

item("E22", para(
    "The U.S. Geological Survey has revised the magnitude to 8.1 and said the quake struck at a depth of about "
    "16 miles (26 kilometers).",
    req=[O(USGS, "U.S. Geological Survey")]))

item("E23", para(
    "Santiago's Arturo Merino Benítez International Airport will keep all flights suspended until at least 1 p.m. "
    "while engineers inspect the terminal for damage, the airport operator, Nuevo Pudahuel, said.",
    req=[P("Santiago"), O("Nuevo Pudahuel")],
    opt=[P("Arturo Merino Benítez International Airport")],
    times=[T("1 p.m.", 13)]))

_e24 = ("Codelco, the state-owned copper company, said operations at its El Teniente mine near Rancagua, the "
        "world's largest underground copper mine, had been {v} as a precaution while engineers inspected tunnels "
        "and tailings dams. Copper prices rose about 2 percent on the London Metal Exchange, Reuters reported.")
item("E24", para(
    {2: _e24.format(v="halted"), 3: _e24.format(v="suspended")},
    req=[O("Codelco"), P("Rancagua"), O("London Metal Exchange"), O("Reuters")],
    opt=[P("El Teniente")],
    attrs=["Reuters"],
    kind="near", why="one ordinary word changed in a long entry ('halted' -> 'suspended')"))

item("E25", para(
    "\"The whole house was dancing, and then the lights went out,\" Joaquín Hernández, 34, a surf instructor in "
    "Pichilemu, in the O'Higgins region, told AFP. He said he had felt the smaller tremor yesterday and had left his "
    "car keys and a flashlight by the door.",
    req=[H("Joaquín Hernández"), P("Pichilemu"), OHIGGINS(), O("AFP")],
    quotes=[Q("The whole house was dancing, and then the lights went out", speaker="Joaquín Hernández",
              via="AFP")],
    attrs=["AFP"],
    times=[T("yesterday", date="2027-03-17")]))

item("E26", para(
    "\"We have people trapped in at least three buildings in Talca, and we are working with heavy machinery and "
    "rescue dogs to reach them,\" Tomás Echeverría Muñoz, the director of SENAPRED, told Radio Bío-Bío.",
    req=[P("Talca"), H("Tomás Echeverría Muñoz"), O(SENAPRED, "SENAPRED"), O("Radio Bío-Bío")],
    quotes=[Q("We have people trapped in at least three buildings in Talca, and we are working",
              speaker="Tomás Echeverría Muñoz", via="Radio Bío-Bío")],
    attrs=["Radio Bío-Bío"],
    kind="contained", group="talca-quote"))

item("E27", para(
    "In Washington, the State Department said in a statement at 9:30 a.m. ET that the United States was \"ready to "
    "help our Chilean friends in any way we can\" and that the U.S. Embassy in Santiago had no reports of American "
    "citizens among the dead.",
    req=[P("Washington"), O("State Department"), P("United States"), O("U.S. Embassy in Santiago")],
    opt=[P("Santiago"), P("Chile", "Chilean"), P("United States", "American")],
    quotes=[Q("ready to help our Chilean friends in any way we can", speaker="State Department",
              via="a statement")],
    times=[T("9:30 a.m. ET", 9, 30, tz=NYC)]))

item("E28", para(
    "SHOA lifted the tsunami warning for the rest of the Chilean coast, including the Maule and Biobío regions, at "
    "11:05 a.m., and SENAPRED said evacuated residents could return home. In Valparaíso, Viña del Mar and the port "
    "city of San Antonio, buses and cars streamed down from the hills.",
    req=[O("SHOA"), MAULE(), BIOBIO(), O(SENAPRED, "SENAPRED"), P("Valparaíso"), P("Viña del Mar"),
         P("San Antonio")],
    opt=[P("Chile", "Chilean")],
    times=[T("11:05 a.m.", 11, 5)],
    why="pinned at the top of the page in poll 3 and also shown at its own place lower down"))

item("E29", para(
    "Argentina's Foreign Ministry said the country was ready to send search-and-rescue teams from Mendoza, "
    "according to the Spanish news agency EFE.",
    req=[P("Argentina"), O("Foreign Ministry"), P("Mendoza"), O("EFE")],
    opt=[P("Spain", "Spanish")],
    attrs=["EFE"]))

_e30 = "The Chilean Red Cross said it had sent volunteers and two water-purification units to Talca and Curicó."
item("E30", para(
    {2: _e30,
     3: _e30 + " The International Federation of Red Cross and Red Crescent Societies said it had released about "
               "$500,000 from its emergency fund to support the response."},
    req=[O("Chilean Red Cross"), P("Talca"), P("Curicó"),
         ("ORGANIZATION", "International Federation of Red Cross and Red Crescent Societies",
          "International Federation of Red Cross and Red Crescent Societies", [3])],
    opt=[P("Chile", "Chilean")],  # review: demonym inside "Chilean Red Cross", optional as on other lines
    kind="contained", why="a sentence about the IFRC appended in poll 3"))

item("E31",
     para("Deputy Health Minister Ximena Correa Valdivieso said more than 400 people had been treated for injuries "
          "since this morning, most of them in Talca, Curicó and Constitución, and that the regional hospital in "
          "Talca had moved patients out of one wing after cracks appeared in its walls.",
          req=[H("Ximena Correa Valdivieso"), P("Talca"), P("Curicó"), P("Constitución")],
          times=[T("this morning", date="2027-03-18")]),
     para("\"The hospital is standing and working, but we are not taking any risks,\" Ms. Correa said.",
          req=[H("Ximena Correa Valdivieso", "Correa")],
          quotes=[Q("The hospital is standing and working, but we are not taking any risks",
                    speaker="Ximena Correa Valdivieso")]))

item("E32", para(
    "The death toll has risen to at least 23, Ms. Ibáñez told reporters at La Moneda, the presidential palace, "
    "shortly after noon. She said 14 of the dead were in the Maule region and six in Biobío.",
    req=[H(IBANEZ, "Ibáñez"), MAULE(), BIOBIO()],
    opt=[P("La Moneda"), O("La Moneda")],
    times=[T("noon", 12)]))

# ---- after poll 2
item("E33", para(
    "Rodrigo Saavedra, the mayor of Constitución, said waves had reached about three blocks inland near the mouth "
    "of the Maule River, but that the tsunami wall and evacuation routes built after 2010 had \"saved hundreds of "
    "lives today.\"",
    req=[H(SAAVEDRA), P("Constitución"), P("Maule River")],
    quotes=[Q("saved hundreds of lives today", speaker=SAAVEDRA)],
    times=[T("today", date="2027-03-18")]))

item("E34",
     para("Ricardo Fuentes Ortúzar, the regional governor of Maule, said a stretch of Route 5, the main north-south "
          "highway, had buckled north of Talca and that crews were still trying to reach several villages in the "
          "coastal mountains that had been cut off since the quake.",
          req=[H("Ricardo Fuentes Ortúzar"), MAULE(), P("Talca")],
          opt=[P("Route 5")]),
     para("Mr. Fuentes said: \"We have villages with no water, no power and no phone signal. We are sending army "
          "helicopters with water and food this afternoon.\"",
          req=[H("Ricardo Fuentes Ortúzar", "Fuentes")],
          quotes=[Q("We have villages with no water, no power and no phone signal.",
                    speaker="Ricardo Fuentes Ortúzar")],
          times=[T("this afternoon", date="2027-03-18")]))

item("E35", para(
    "Classes will be suspended on Friday in all schools in the Maule, Ñuble and Biobío regions, the Education "
    "Ministry said.",
    req=[MAULE(), P("Ñuble Region", "Ñuble"), BIOBIO(), O("Education Ministry")],
    times=[T("on Friday", date="2027-03-19")]))

item("E36", para(
    "The president will travel to Talca and Constitución on Friday morning, La Moneda said in a statement issued at "
    "2 p.m., and has declared a state of catastrophe in the Maule, Biobío and O'Higgins regions through March 25.",
    req=[P("Talca"), P("Constitución"), O("La Moneda"), MAULE(), BIOBIO(), OHIGGINS()],
    times=[T("on Friday morning", date="2027-03-19"), T("2 p.m.", 14), T("March 25", date="2027-03-25")]))

item("E37", para(
    "Classes will not be suspended on Friday in schools in the Santiago Metropolitan Region, the Education Ministry "
    "said, though parents were told to check with individual schools for damage.",
    req=[P("Santiago Metropolitan Region"), O("Education Ministry")],
    times=[T("on Friday", date="2027-03-19")]))

item("E38", para(
    "The Interior Ministry announced a curfew in the Maule region from 10 p.m. tonight until 6 a.m. on Friday, "
    "saying it wanted to prevent looting in the worst-hit towns. Soldiers were deployed in Talca and Constitución, "
    "the broadcaster Meganoticias reported.",
    req=[O("Interior Ministry"), MAULE(), P("Talca"), P("Constitución"), O("Meganoticias")],
    attrs=["Meganoticias"],
    times=[T("10 p.m.", 22), T("tonight", date="2027-03-18"), T("6 a.m.", 6, day=19),
           T("on Friday", date="2027-03-19")]))

item("E39",
     para("Dr. Karen Whitfield, a geophysicist at the USGS National Earthquake Information Center in Golden, Colo., "
          "said the rupture appeared to be about 150 miles long, running north along the coast from the area that "
          "broke in 2010.",
          req=[H("Karen Whitfield"), O(USGS, "USGS"), O("National Earthquake Information Center"), P("Golden"),
               P("Colorado", "Colo.")]),
     para("She added: \"Chile has some of the strictest building codes in the world, and that is a big part of why "
          "we are counting dozens of deaths and not thousands.\"",
          req=[P("Chile")],
          quotes=[Q("Chile has some of the strictest building codes in the world", speaker="Karen Whitfield")]))

item("E40", para(
    "The death toll has risen to at least 34, Ms. Ibáñez told reporters at La Moneda, the presidential palace, at "
    "5 p.m. She said 21 of the dead were in the Maule region and nine in Biobío.",
    req=[H(IBANEZ, "Ibáñez"), MAULE(), BIOBIO()],
    opt=[P("La Moneda"), O("La Moneda")],
    times=[T("5 p.m.", 17)]))

# ---------------------------------------------------------------- page layouts, newest first
TOP = ["C:signin", "C:subscribe", "C:live", "H", "C:updated", "C:share", "C:copy", "C:comments"]
BOTTOM = ["C:showmore", "C:popular", "C:popitem", "C:instagram"]
LAYOUT = {
    1: TOP + ["E16", "E15", "E14", "E13", "E12", "C:ad", "E11", "E10", "E09", "E08", "E07", "E06", "E05", "E04",
              "E03", "E02", "E01"] + BOTTOM,
    2: TOP + ["E32", "E31", "E30", "E29", "E28", "E27", "C:ad", "E26", "E25", "E24", "E23", "E22", "C:watch",
              "E21", "E20", "E19", "E18", "E17", "C:readmore", "E16", "E15", "E14", "E13", "E12", "E11", "E10", "E09",
              "E08", "E07", "E06", "E05", "E04", "E03", "E02", "E01"] + BOTTOM,
    # poll 3: E28 pinned on top; the five oldest entries (E01-E05) are now behind "Show more"
    3: TOP + ["C:pinned", "E28", "E40", "E39", "E38", "E37", "E36", "E35", "E34", "E33", "C:ad", "E32", "E31",
              "E30", "E29", "E28", "E27", "E26", "C:watch", "E25", "E24", "E23", "E22", "E21", "E20", "E19", "E18",
              "E17", "C:readmore", "E16", "E15", "E14", "E13", "E12", "E11", "E10", "E09", "E08", "E07",
              "E06"] + BOTTOM,
}
POLLS = sorted(LAYOUT)

# pairs that must stay apart (item id, paragraph index), checked in the last poll
DISTINCT = [
    (("E13", 0), ("E21", 0), "negation twin: tsunami warning 'has not been lifted' (Maule/Biobío, 6:40 a.m.) vs "
                             "'has been lifted' (Valparaíso/O'Higgins, 9:15 a.m.)"),
    (("E14", 0), ("E22", 0), "magnitude update: preliminary 7.8 at 18 miles vs revised 8.1 at 16 miles"),
    (("E11", 0), ("E23", 0), "airport closure until 9 a.m. vs extended until 1 p.m."),
    (("E32", 0), ("E40", 0), "death toll update: 23 at noon vs 34 at 5 p.m., other regional figures"),
    (("E35", 0), ("E37", 0), "classes suspended in Maule, Ñuble and Biobío vs not suspended in Santiago"),
    (("E08", 0), ("E18", 0), "Peru's tsunami alert issued vs lifted at 5:40 a.m. ET"),
    (("E28", 0), ("E21", 0), "warning lifted for the rest of the coast at 11:05 a.m. vs for Valparaíso and "
                             "O'Higgins at 9:15 a.m."),
]

ABOUT = ("Invented evaluation corpus 'chile-earthquake', written by hand for this project: three successive "
         "snapshots (polls) of the live blog of an invented US-based international news site covering a strong "
         "(fictional) earthquake in central Chile on Thursday 18 March 2027, in US house style (straight double "
         "quotes, Mr./Ms./Dr., '3:12 a.m. local time', '5:40 a.m. ET'). All people, quotations and figures are "
         "invented; places, agencies and news outlets are real or plausible. One entry or furniture item per line, "
         "newest first, no time stamps on entries; in poll 3 the oldest entries are hidden behind 'Show more' and "
         "one entry is pinned at the top. Local time is America/Santiago, still on summer time (UTC-3) that day; "
         "ET is EDT (UTC-4). Generated with build_corpus.py.")


# ---------------------------------------------------------------- build
def text_of(p, poll):
    t = p["text"]
    return t if isinstance(t, str) else t.get(poll)


def normal(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub("[\u2018\u2019]", "'", s)
    s = re.sub("[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def build():
    by_id = {it["id"]: it for it in ITEMS}
    g = {"about": ABOUT,
         "blog": {"date": DATE, "timezone": ZONE, "order": "newest-first",
                  "polls": [f"poll-{n}.txt" for n in POLLS]},
         "chrome_lines": [], "entry_duplicate_groups": [], "must_stay_distinct": [], "entities_required": {},
         "entities_optional": {}, "quotes": [], "attributions": [], "time_mentions": [], "published_times": []}
    groups = {}        # key -> list of (poll, ref, text)
    group_meta = {}    # key -> para (for kind/why)
    chrome_groups = {}
    where = {}         # (iid, pidx) -> list of refs in order
    for poll in POLLS:
        out = []
        for tok in LAYOUT[poll]:
            if tok.startswith("C:"):
                key = tok[2:]
                t = CHROME[key] if isinstance(CHROME[key], str) else CHROME[key][poll]
                out.append(t)
                ref = f"poll-{poll}.txt:{len(out)}"
                g["chrome_lines"].append(ref)
                # review: the "Most popular" slot shows different links in different polls: group by text there
                gkey = (key, t) if key in SPLIT_BY_TEXT else key
                chrome_groups.setdefault(gkey, []).append((poll, ref, t))
                continue
            it = by_id[tok]
            for pi, p in enumerate(it["paras"]):
                t = text_of(p, poll)
                assert t, (tok, pi, poll)
                out.append(t)
                ref = f"poll-{poll}.txt:{len(out)}"
                where.setdefault((tok, pi), []).append(ref)
                key = p["group"] or f"{tok}/{pi}"
                groups.setdefault(key, []).append((poll, ref, t, (tok, pi)))
                group_meta.setdefault(key, p)
                annotate(g, ref, t, p, poll)
        for line in out:
            assert line.strip() and "\n" not in line
        with open(os.path.join(DIR, f"poll-{poll}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    last = POLLS[-1]
    for key, members in groups.items():
        if len(members) < 2:
            continue
        p = group_meta[key]
        kind = p["kind"]
        texts = {normal(m[2]) for m in members}
        if kind == "exact":
            assert len(texts) == 1, key
        else:
            assert len(texts) > 1, key
        # keep: the latest, fullest version: the last poll's line; for a pinned repeat, its regular place
        maxpoll = max(m[0] for m in members)
        cands = [m for m in members if m[0] == maxpoll]
        if kind == "contained":
            cands = [m for m in cands if len(m[2]) == max(len(c[2]) for c in cands)]
        keep = cands[-1][1]
        grp = {"lines": [m[1] for m in members], "kind": kind, "keep_text_of": keep,
               "why": p["why"] or "the same entry repeated unchanged in successive polls"}
        g["entry_duplicate_groups"].append(grp)
    for key, members in chrome_groups.items():
        if len(members) < 2:
            continue
        kind = "exact" if len({normal(m[2]) for m in members}) == 1 else "near"
        g["entry_duplicate_groups"].append({"lines": [m[1] for m in members], "kind": kind, "chrome": True,
                                            "keep_text_of": members[-1][1],
                                            "why": f"page furniture '{key if isinstance(key, str) else key[0]}' "
                                                   f"repeated in polls {', '.join(str(m[0]) for m in members)}"})
    for a, b, why in DISTINCT:
        ra = [r for r in where[a] if r.startswith(f"poll-{last}.txt:")][-1]
        rb = [r for r in where[b] if r.startswith(f"poll-{last}.txt:")][-1]
        g["must_stay_distinct"].append({"lines": [ra, rb], "why": why})
    with open(os.path.join(DIR, f"{NAME}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(DIR, f"{NAME}.properties"), "w", encoding="utf-8") as f:
        f.write(f"liveblog.blog.id={NAME}\nliveblog.blog.date={DATE}\nliveblog.blog.zone={ZONE}\n")


def present(mention, text):
    if isinstance(mention, tuple):
        for m in mention:
            if m in text:
                return m
        return None
    return mention if mention in text else None


def annotate(g, ref, t, p, poll):
    for field, ents in (("entities_required", p["req"]), ("entities_optional", p["opt"])):
        lst = []
        for e in ents:
            typ, name, mention = e[:3]
            if len(e) > 3 and poll not in e[3]:
                continue
            m = present(mention, t)
            assert m, (ref, name, mention)
            lst.append({"type": typ, "name": name, "mention": m})
        if lst or field == "entities_required":
            g[field][ref] = lst
    for q in p["quotes"]:
        if "only" in q and poll not in q["only"]:
            continue
        assert q["text"] in t, (ref, q["text"])
        d = {"line": ref}
        d.update({k: v for k, v in q.items() if k != "only"})
        g["quotes"].append(d)
    for a in p["attrs"]:
        src, only = (a if isinstance(a, tuple) else (a, None))
        if only and poll not in only:
            continue
        g["attributions"].append({"line": ref, "source": src})
    for tm in p["times"]:
        assert tm["mention"] in t, (ref, tm["mention"])
        d = {"line": ref}
        d.update(tm)
        g["time_mentions"].append(d)


if __name__ == "__main__":
    build()
