#!/usr/bin/env python3
"""Build the black-box live-blog corpus (3 invented live blogs, 3 snapshots each).

Everything is generated from the single description below, so that the same
update is labelled identically in every snapshot and in labels.json.

Run:  python3 build.py     (writes into the directory containing this file)
"""
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def iso(local, off):
    """'2025-12-03T06:12' + '-01:00' -> '2025-12-03T06:12:00-01:00'"""
    if len(local) == 16:
        local += ":00"
    return local + off


def to_dt(local, off):
    return datetime.fromisoformat(iso(local, off))


def para_text(fragment):
    t = re.sub(r"<[^>]+>", "", fragment)
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def plain_text(paras):
    """Reader-visible text: tags stripped, entities decoded, paragraphs joined by a blank line."""
    return "\n\n".join(para_text(p) for p in paras)


def body_html(paras, as_html):
    if as_html:
        return "".join("<p>%s</p>" % p for p in paras)
    assert len(paras) == 1 and "<" not in paras[0] and "&" not in paras[0]
    return paras[0]


def hhmm(local):
    return local[11:16]


def U(num, pub, versions, headline=None, as_html=True, removed=None):
    """versions: list of (poll_from, modified_local, [paragraphs]); first has poll_from = first poll."""
    return dict(num=num, pub=pub, versions=versions, headline=headline,
                as_html=as_html, removed=removed)


def version_at(u, poll):
    """Return the version visible at `poll`, or None if the update is not on the page."""
    if u["versions"][0][0] > poll:
        return None
    if u["removed"] is not None and poll >= u["removed"]:
        return None
    v = None
    for ver in u["versions"]:
        if ver[0] <= poll:
            v = ver
    return v


# ---------------------------------------------------------------------------
# Blog 1: Storm Bernarda, Azores (Portugal), UTC-01:00 -- JSON-LD with @graph
# ---------------------------------------------------------------------------
A = dict(
    name="azores-storm-bernarda",
    format="json-ld",
    off="-01:00",
    polls=["2025-12-03T10:02", "2025-12-03T13:05", "2025-12-03T17:20"],
    url="https://correio-atlantico.example/en/live/2025/12/03/storm-bernarda-azores-live",
    headline="Storm Bernarda live: red warning as storm heads for São Miguel",
    description="Live updates as Storm Bernarda approaches the Azores, with red warnings in force for the eastern and central groups of islands.",
    start="2025-12-03T06:00",
    end=None,
    outlet="Correio do Atlântico",
    idkey="@id",
)
D = "2025-12-03T"
A["updates"] = [
    U(101, D + "06:12", [(1, D + "06:12", [
        "Good morning and welcome to our live coverage of Storm Bernarda, which is forecast to make landfall on São Miguel this afternoon as the strongest storm to reach the Azores in more than a decade.",
        "Our reporters in Ponta Delgada, Angra do Heroísmo and Horta will bring you the latest on warnings, closures and the storm’s track throughout the day.",
    ])], headline="Good morning and welcome"),
    U(102, D + "06:40", [(1, D + "06:40", [
        "The Portuguese weather institute IPMA has extended its <strong>red warning</strong> to the central group of islands – Terceira, Graciosa, São Jorge, Pico and Faial – from 10:00 until midnight.",
        "Forecaster Duarte Melo said gusts could reach 160 km/h on exposed coasts and that waves of 12 to 14 metres were expected off the southern shore of São Miguel. “This is not a storm to go and watch from the seafront,” he told reporters at the institute’s office in Ponta Delgada.",
    ])], headline="Red warning extended to central group"),
    U(103, D + "07:05", [
        (1, D + "07:05", ["All schools across the nine islands will stay closed today, the regional education secretariat said, adding that a decision on Thursday would be taken by 18:00."]),
        (2, D + "12:05", ["All schools across the nine islands will stay closed today, the regional education secretariat said, adding that a decision on Thursday would be taken by 18:00. The University of the Azores has also suspended classes at its campuses in Ponta Delgada, Angra do Heroísmo and Horta."]),
    ], as_html=False),
    U(104, D + "07:30", [(1, D + "07:30", [
        "João Paulo II airport in Ponta Delgada has cancelled 43 departures and arrivals scheduled before 20:00, including all inter-island connections operated by Ilhas Air.",
        "Passengers were told to contact their airlines and not to travel to the airport. A spokeswoman for the airport operator said the terminal would stay open for people already there, “but nobody should expect to fly today.”",
    ])], headline="Dozens of flights cancelled"),
    U(105, D + "08:10", [
        (1, D + "08:10", [
            "About 3,200 customers on São Miguel are without electricity after power lines came down in Povoação and Nordeste, the regional grid operator Energia Açores said. Crews are waiting for the wind to ease before attempting repairs.",
        ]),
        (2, D + "11:15", [
            "About 11,800 customers on São Miguel are without electricity after power lines came down in Povoação, Nordeste and Ribeira Grande, the regional grid operator Energia Açores said. Crews are waiting for the wind to ease before attempting repairs.",
            "The company said the hospital in Ponta Delgada and the desalination plant in Vila do Porto, on Santa Maria, were running on backup generators.",
        ]),
    ]),
    # never edited, identical in all three snapshots (dateModified == datePublished)
    U(106, D + "08:45", [(1, D + "08:45", [
        "Police have closed Avenida Infante D. Henrique, Ponta Delgada’s seafront avenue, to all traffic until further notice.",
    ])], as_html=False),
    U(107, D + "09:20", [
        (1, D + "09:20", [
            "In the fishing harbour of Rabo de Peixe, fishermen spent the night hauling there boats up the slipway.",
            "“My father lost his boat in 1996. I am not going to lose mine,” said Manuel Pacheco, 54, as he tied a tarpaulin over the wheelhouse of his nine-metre boat, <em>Senhora da Paz</em>. He told AFP that about 60 boats had been pulled out of the water since Tuesday evening.",
        ]),
        (2, D + "11:40", [
            "In the fishing harbour of Rabo de Peixe, fishermen spent the night hauling their boats up the slipway.",
            "“My father lost his boat in 1996. I am not going to lose mine,” said Manuel Pacheco, 54, as he tied a tarpaulin over the wheelhouse of his nine-metre boat, <em>Senhora da Paz</em>. He told AFP that about 60 boats had been pulled out of the water since Tuesday evening.",
        ]),
    ]),
    U(108, D + "09:50", [(1, D + "09:50", [
        "The latest IPMA bulletin puts the centre of the storm about 310 km south-west of São Miguel, moving north-east at 35 km/h.",
        "On that track the eye would cross the south coast of the island between 14:00 and 16:00 local time, most likely between Lagoa and Vila Franca do Campo.",
    ])], headline="When will Bernarda make landfall?"),
    # ---- poll 2
    U(109, D + "10:25", [(2, D + "10:25", [
        "The defence ministry in Lisbon said two Air Force C-295 transport aircraft and a navy patrol vessel had been placed on standby at Lajes, on Terceira, to support rescue operations once the storm has passed.",
    ])], as_html=False),
    U(110, D + "11:05", [
        (2, D + "11:05", [
            "A landslide has blocked the regional road between Povoação and Furnas, trapping two cars. Firefighters said the four occupants were unhurt and had been taken to the fire station in Povoação.",
        ]),
        (3, D + "13:50", [
            "A landslide has blocked the regional road between Povoação and Furnas, trapping two cars. Firefighters said the four occupants were unhurt and had been taken to the fire station in Povoação.",
            "The road is expected to remain closed for at least two days. “There is still water coming down the slope, we cannot send machinery in,” the Povoação fire chief, Carlos Medeiros, said.",
        ]),
    ], headline="Landslide blocks road in Povoação"),
    U(111, D + "11:40", [
        (2, D + "11:40", [
            "The Portuguese Red Cross says <strong>640 people</strong> have registered at 12 emergency shelters across São Miguel and Terceira, most of them from low-lying streets in Ponta Delgada and Ribeira Quente.",
        ]),
        (3, D + "15:30", [
            "The Portuguese Red Cross says <strong>1,020 people</strong> have registered at 15 emergency shelters across São Miguel and Terceira, most of them from low-lying streets in Ponta Delgada and Ribeira Quente.",
            "Volunteers at the shelter in the Coliseu Micaelense said they had run out of blankets by mid-afternoon and appealed for donations via the Chamber of Commerce &amp; Industry of Ponta Delgada.",
        ]),
    ]),
    # removed by the editors in poll 3 (unverified reading)
    U(112, D + "12:30", [(2, D + "12:30", [
        "A wave buoy off the south coast of São Miguel recorded a maximum wave height of 17.2 metres at 12:10, according to data published by the regional hydrographic network – which would be the highest ever measured in the archipelago.",
    ])], headline="Buoy records 17-metre wave", as_html=False, removed=3),
    # ---- poll 3
    U(113, D + "13:20", [(3, D + "13:20", [
        "A 67-year-old man was seriously injured when part of a roof collapsed onto him in Lagoa, civil protection said. He was taken to the Hospital do Divino Espírito Santo in Ponta Delgada.",
    ])]),
    U(114, D + "14:35", [(3, D + "14:35", [
        "The eye of Storm Bernarda crossed the south coast of São Miguel near Vila Franca do Campo at 14:20, IPMA confirmed.",
        "The strongest gust so far, <strong>171 km/h</strong>, was recorded at the Nordeste weather station at 14:05. The institute said the storm was expected to weaken slowly as it moves north-east towards open water.",
    ])], headline="Bernarda makes landfall on São Miguel"),
    U(115, D + "15:10", [(3, D + "15:10", [
        "<strong>Our reporter Inês Cabral, in Ponta Delgada:</strong> The city centre is almost deserted. Sheets of rain are blowing horizontally across the Portas da Cidade, and the sea has been breaking over the marina wall for the past hour, throwing stones and seaweed onto the road. A handful of police officers in yellow jackets are turning back the few cars still trying to reach the harbour. Shopkeepers on Rua Machado dos Santos taped their windows yesterday; several awnings have been torn away, and one café owner, Paulo Sousa, was sweeping glass from his doorway. “Thirty years I’ve been here and I have never seen the water come this far up the street,” he said.",
    ])]),
    U(116, D + "16:00", [(3, D + "16:00", [
        "Rui Bettencourt Matos, the regional secretary for civil protection, told a press conference that the worst of the storm had passed São Miguel but urged residents to stay indoors until the red warning is lifted.",
        "“We have had one serious injury, many damaged homes and a lot of fallen trees, but no deaths. That is thanks to the people who listened,” he said. He added that damage assessment teams would be sent to Povoação and Nordeste at first light on Thursday.",
    ])], headline="“The worst is behind us”, says regional government"),
    U(117, D + "17:05", [(3, D + "17:05", [
        "IPMA has downgraded its warning for the western group – Flores and Corvo – to orange. Ilhas Air said it hoped to resume inter-island flights from 09:00 on Thursday, subject to inspection of the runways at Ponta Delgada and Horta.",
    ])], as_html=False),
]
A["chrome_phrases"] = [
    "We value your privacy and use cookies to personalise content and ads",
    "Accept all and continue",
    "Pineapple growers in Fajã de Baixo fear a lost season",
    "Whale-watching permits to double next summer",
    "Get the Ilhas Briefing in your inbox every weekday",
    "Subscribe from €1 for your first month",
    "How the 1997 floods reshaped Ribeira Quente",
    "Join the conversation",
]

# ---------------------------------------------------------------------------
# Blog 2: Mendoza governor election count (Argentina), UTC-03:00 -- top-level LiveBlogPosting
# ---------------------------------------------------------------------------
B = dict(
    name="mendoza-election-count",
    format="json-ld",
    off="-03:00",
    polls=["2025-09-28T20:50", "2025-09-28T22:35", "2025-09-29T01:15"],
    url="https://andesherald.example/politics/live/mendoza-governor-election-count-live",
    headline="Mendoza election live: Aranda v Quiroga as votes are counted",
    description="Live updates from the count in Mendoza’s election for governor, provincial deputies and senators.",
    start="2025-09-28T17:00",
    end="2025-09-29T02:00",
    outlet="Andes Herald",
    idkey="url",
)
S, M = "2025-09-28T", "2025-09-29T"
B["updates"] = [
    U(2001, S + "17:02", [(1, S + "17:02", [
        "Good evening. Polling stations across Mendoza province close at 18:00, and about 1.43 million people are registered to vote for a new governor, 24 seats in the provincial chamber of deputies and half of the provincial senate.",
        "The provincial electoral board has said it expects to publish the first provisional results “not before 21:00”.",
    ])], headline="Polls close in one hour"),
    U(2002, S + "17:35", [
        (1, S + "17:35", ["Turnout stood at 58.4% at 15:00, according to the provincial electoral board, slightly ahead of the figure at the same time in the last election for governor."]),
        (2, S + "21:40", ["Turnout stood at 58.9% at 15:00, according to the provincial electoral board, which corrected an earlier figure of 58.4%. That is slightly ahead of the figure at the same time in the last election for governor."]),
    ], as_html=False),
    # never edited, identical in all three snapshots
    U(2003, S + "18:04", [(1, S + "18:04", [
        "Polls have now closed. Voters who were already queuing at 18:00 – notably at several schools in Godoy Cruz and Guaymallén – are being allowed to cast their ballots.",
        "“Everyone who was in line at six o’clock will vote. Nobody will be turned away,” the board’s president, Ernesto Villalba, told reporters.",
    ])], headline="Polls closed"),
    U(2004, S + "18:40", [(1, S + "18:40", [
        "Marcelo Quiroga, the candidate of the Alianza Renovar Mendoza, has arrived at his campaign headquarters in a hotel on Avenida Emilio Civit. He voted this morning in Luján de Cuyo, accompanied by his wife and two daughters.",
        "“We are calm. Mendoza has spoken, and now we wait,” he said briefly, without taking questions.",
    ])]),
    U(2005, S + "19:15", [
        (1, S + "19:15", [
            "In the camp of Sofía Arnada, the Frente Cuyano candidate, the mood is one of “cautious optimism”, her campaign chief, Tomás Giménez, told Reuters.",
            "“Our own count from the polling stations is encouraging, but we will not say anything until the official numbers are out,” he said.",
        ]),
        (2, S + "21:20", [
            "In the camp of Sofía Aranda, the Frente Cuyano candidate, the mood is one of “cautious optimism”, her campaign chief, Tomás Giménez, told Reuters.",
            "“Our own count from the polling stations is encouraging, but we will not say anything until the official numbers are out,” he said.",
        ]),
    ]),
    U(2006, S + "19:50", [(1, S + "19:50", [
        "A reminder: under provincial electoral law, exit polls and projections may not be published until three hours after polls close. We will not report any unofficial figures before 21:00.",
    ])], as_html=False),
    U(2007, S + "20:30", [
        (1, S + "20:30", [
            "Snow in the south of the province has delayed the transport of ballot boxes from two rural schools near Malargüe, the electoral board said. The boxes are being taken to the counting centre by truck with a Gendarmerie escort and are expected to arrive before midnight.",
        ]),
        (2, S + "22:15", [
            "Snow in the south of the province has delayed the transport of ballot boxes from two rural schools near Malargüe, the electoral board said. The boxes are being taken to the counting centre by truck with a Gendarmerie escort and are expected to arrive before midnight.",
            "<strong>Update:</strong> the board said the boxes reached the counting centre in the city of Mendoza at 22:10.",
        ]),
    ]),
    # ---- poll 2
    U(2008, S + "21:08", [(2, S + "21:08", [
        "The electoral board has published its first provisional results, with <strong>12.3%</strong> of polling tables counted. Sofía Aranda of the Frente Cuyano has 41.2%, Marcelo Quiroga of the Alianza Renovar Mendoza 37.9% and Lucía Benegas of the Partido Verde Andino 9.6%. Blank and spoiled ballots account for 3.1%.",
        "Most of the early tables are from the city of Mendoza and Godoy Cruz, where Aranda was expected to do well.",
    ])], headline="First provisional results: Aranda ahead"),
    U(2009, S + "21:30", [(2, S + "21:30", [
        "The electoral board now estimates final turnout at 71.8%, up from 68.5% four years ago.",
    ])], as_html=False),
    # removed by the editors in poll 3
    U(2010, S + "21:55", [(2, S + "21:55", [
        "Gabriela Olmedo, a political scientist at the Universidad Nacional de Cuyo, said the rural vote in the east and south could still narrow the gap. “San Rafael, General Alvear and Malargüe count late and they lean towards Quiroga. A four-point lead at this stage is not decisive,” she said.",
    ])], removed=3),
    U(2011, S + "22:20", [
        (2, S + "22:20", [
            "With 38.4% of tables counted, Aranda has 42.0%, Quiroga 38.6% and Benegas 9.1%.",
            "The gap between the two leading candidates has narrowed slightly, to 3.6 points, as results arrive from Maipú and Luján de Cuyo.",
        ]),
        (3, S + "22:58", [
            "With 38.4% of tables counted, Aranda has 42.0%, Quiroga 38.6% and Benegas 9.1%.",
            "The gap between the two leading candidates has narrowed slightly, to 3.4 points, as results arrive from Maipú and Luján de Cuyo.",
            "<em>This post has been corrected: an earlier version misstated the gap between the candidates as 3.6 points.</em>",
        ]),
    ], headline="With 38% counted, Aranda’s lead holds"),
    # ---- poll 3
    U(2012, S + "22:50", [(3, S + "22:50", [
        "Lucía Benegas of the Partido Verde Andino has conceded, telling supporters at a cultural centre in Chacras de Coria that her party had nonetheless “won a voice in the legislature that Mendoza cannot ignore”.",
        "Provisional results suggest the Greens could take two or three seats in the chamber of deputies, which would be their first.",
    ])], headline="Benegas concedes"),
    U(2013, S + "23:15", [(3, S + "23:15", [
        "With 67.2% of tables counted, Aranda has 42.7% and Quiroga 38.1%. Benegas is on 8.8%.",
    ])], headline="Results at 67%", as_html=False),
    U(2014, S + "23:40", [(3, S + "23:40", [
        "Quiroga’s campaign says it will not comment until “every table in San Rafael and General Alvear” has been counted. “There are 180,000 votes in the south that have not been loaded yet. We are not conceding anything tonight,” his spokesman, Federico Lucero, told AFP.",
    ])]),
    U(2015, M + "00:20", [(3, M + "00:20", [
        "Marcelo Quiroga has telephoned Sofía Aranda to concede, his campaign said, after provisional results with 89.5% of tables counted gave her a lead of just over four points.",
        "Aranda, a 47-year-old lawyer and former mayor of Godoy Cruz, will be the first woman to govern the province. She is due to take office on 10 December.",
        "Speaking to a subdued room at his campaign hotel, Quiroga said he would “lead a firm but responsible opposition” and thanked the wine-growing departments of the east and south for what he called “a campaign we can be proud of”.",
    ])], headline="Quiroga concedes: Aranda to be Mendoza’s next governor"),
    U(2016, M + "00:45", [(3, M + "00:45", [
        "Aranda has taken the stage at the Frente Cuyano rally in Parque General San Martín. “Tonight Mendoza chose to look forward,” she told several thousand supporters. “To the growers, the teachers, the miners &amp; the workers in our bodegas: this government will be yours.”",
        "She said her first decree would create an emergency water board to manage the province’s shrinking snowmelt, and invited Quiroga to a meeting on the issue “next week, not next year”.",
    ])]),
]
B["chrome_phrases"] = [
    "This site uses cookies. By continuing to browse you agree to our cookie policy",
    "Manage preferences",
    "Malbec harvest forecast cut by a fifth",
    "Wine tourism operators brace for a weaker peso season",
    "The Cuyo Brief: our politics newsletter, every Monday",
    "Become a member of the Andes Herald",
    "Who is running for governor? A guide to the candidates",
    "Sponsored: Discover the Uco Valley by bike",
]

# ---------------------------------------------------------------------------
# Blog 3: Fremantle port strike (Western Australia), UTC+08:00 -- RSS 2.0
# ---------------------------------------------------------------------------
C = dict(
    name="fremantle-port-strike",
    format="rss",
    off="+08:00",
    polls=["2025-10-14T08:00", "2025-10-14T10:00", "2025-10-14T14:00"],
    url="https://swancoastcourier.example/news/live/fremantle-port-strike",
    headline="Fremantle port strike: live updates",
    description="Rolling coverage of the 24-hour stoppage at Fremantle’s container terminals.",
    outlet="Swan Coast Courier",
)
F = "2025-10-14T"
C["updates"] = [
    U(1, F + "05:10", [(1, F + "05:10", [
        "Members of the Maritime and Harbour Workers’ Union walked off the job at 05:00 at both container terminals on North Quay, Fremantle, beginning a 24-hour stoppage over rosters and automation. It is the first full stoppage at the port since 2017.",
    ])], headline="Strike begins as 24-hour stoppage starts at North Quay", as_html=False),
    U(2, F + "06:00", [(1, F + "06:00", [
        "About 150 workers have formed picket lines at the gates of the Indian Ocean Terminals facility on Tydeman Road, many wearing union high-vis vests and carrying placards reading “Safe rosters, not robots”.",
        "Police said the protest was peaceful and there had been no arrests.",
    ])], headline="Picket lines form at terminal gates"),
    U(3, F + "06:45", [(1, F + "06:45", [
        "Four container ships, including the 9,000-container Pacific Meridian, are at anchor in Gage Roads waiting for berths, according to ship-tracking data. Two more vessels are due to arrive by tonight.",
    ])], headline="Four container ships wait at anchor", as_html=False),
    U(4, F + "07:30", [
        (1, F + "07:30", [
            "Indian Ocean Terminals said it had a contingency plan to prioritise refrigerated cargo and medical supplies once work resumes.",
        ]),
        (2, F + "08:55", [
            "Indian Ocean Terminals said it had a contingency plan to prioritise refrigerated cargo and medical supplies once work resumes.",
            "In a statement, chief executive Alison Krantz said the company “remains at the table” and had offered a 14% pay rise over four years. “Automation of the stacking yard will not cost a single permanent job,” she said.",
        ]),
    ], headline="Terminal operator says contingency plan in place"),
    U(5, F + "08:20", [(2, F + "08:20", [
        "MHWU state secretary Dean Kovač told the <em>Courier</em> the union had tried for eight months to reach a deal. “We did not want this. Our members have families and mortgages like everyone else,” he said. “But a roster that changes with 24 hours’ notice is not a roster, it’s a lottery.”",
    ])], headline="Union secretary: ‘We did not want this’"),
    U(6, F + "09:05", [(2, F + "09:05", [
        "The Western Australian Farmers’ Alliance warned that a prolonged dispute could delay barley and canola shipments booked for the end of the month. Its president, Karen Whitlock, said Wheatbelt growers were “already paying for storage they didn’t budget for”.",
    ])], headline="Farmers warn on grain exports", as_html=False),
    U(7, F + "09:40", [
        (2, F + "09:40", [
            "The Fair Work Commission has listed a hearing for Thursday on the terminal operator’s application to suspend the industrial action.",
        ]),
        (3, F + "11:10", [
            "The Fair Work Commission has listed a hearing for Thursday on the terminal operator’s application to suspend the industrial action. The hearing will begin at 10am in Perth before Deputy President Sarah Holt, a commission spokesperson said.",
        ]),
    ], headline="Fair Work Commission hearing listed for Thursday", as_html=False),
    U(8, F + "10:30", [(3, F + "10:30", [
        "Queues of container trucks stretched more than two kilometres along Tydeman Road and Port Beach Road by mid-morning. The WA Road Transport & Logistics Association said about 300 pick-up bookings had been cancelled and some drivers were being sent home unpaid.",
    ])], headline="Truck queues stretch along Tydeman Road", as_html=False),
    U(9, F + "11:45", [(3, F + "11:45", [
        "Major supermarkets said shelves in Perth were well stocked and there was no need for panic buying.",
        "But a spokesman for the Retail Council of Western Australia warned that imported electronics, clothing and some fresh produce could run short “if this goes beyond a week”.",
    ])], headline="Retailers say shelves stocked – for now"),
    U(10, F + "12:30", [(3, F + "12:30", [
        "A spokesperson for the state ports minister said the government was “deeply concerned” and had offered to appoint a mediator. “Every day the port is shut costs the state economy tens of millions of dollars,” the spokesperson said.",
    ])], headline="Minister urges both sides back to the table", as_html=False),
    U(11, F + "13:40", [(3, F + "13:40", [
        "The union and Indian Ocean Terminals have agreed to resume talks at 9am on Wednesday at the offices of an independent mediator in West Perth, Mr Kovač confirmed.",
        "The stoppage will continue as planned until 05:00 on Wednesday.",
    ])], headline="Talks to resume on Wednesday"),
]
C["chrome_phrases"] = []


# ---------------------------------------------------------------------------
# id helpers
# ---------------------------------------------------------------------------
def uid(blog, u):
    if blog["format"] == "rss":
        return "scc-fremantle-strike-%04d" % u["num"]
    if blog is A:
        return "%s#post-%d" % (blog["url"], u["num"])
    return "%s#update-%d" % (blog["url"], u["num"])


def visible(blog, poll):
    """updates on the page at `poll`, newest first, with their current version"""
    out = []
    for u in blog["updates"]:
        v = version_at(u, poll)
        if v is not None:
            out.append((u, v))
    out.sort(key=lambda uv: uv[0]["pub"], reverse=True)
    return out


# ---------------------------------------------------------------------------
# JSON-LD / HTML rendering
# ---------------------------------------------------------------------------
def ld_script(obj):
    s = json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return '<script type="application/ld+json">\n%s\n</script>' % s


def live_posting(blog, poll):
    off = blog["off"]
    items = []
    for u, v in visible(blog, poll):
        bp = {"@type": "BlogPosting"}
        bp[blog["idkey"]] = uid(blog, u)
        if blog is A:
            bp["url"] = uid(blog, u)
        if u["headline"]:
            bp["headline"] = u["headline"]
        bp["datePublished"] = iso(u["pub"], off)
        bp["dateModified"] = iso(v[1], off)
        bp["articleBody"] = body_html(v[2], u["as_html"])
        if blog is A:
            bp["author"] = {"@type": "Person", "name": "Correio do Atlântico live team"}
        items.append(bp)
    latest = max(iso(v[1], off) for _, v in visible(blog, poll))
    lbp = {
        "@type": "LiveBlogPosting",
        "headline": blog["headline"],
        "description": blog["description"],
        "url": blog["url"],
        "mainEntityOfPage": blog["url"],
        "datePublished": iso(blog["start"], off),
        "dateModified": latest,
        "coverageStartTime": iso(blog["start"], off),
        "inLanguage": "en",
    }
    if blog.get("end"):
        lbp["coverageEndTime"] = iso(blog["end"], off)
    lbp["liveBlogUpdate"] = items
    return lbp


def ts_label(blog, local):
    dt = to_dt(local, blog["off"])
    return dt.strftime("%H:%M")


def render_article(blog, u, v, idx):
    off = blog["off"]
    body = "".join("<p>%s</p>" % p for p in v[2])
    h = ('\n        <h2 class="lb-post__title">%s</h2>' % u["headline"]) if u["headline"] else ""
    edited = ""
    if v[1] != u["pub"]:
        edited = '\n        <span class="lb-post__edited">Updated <time datetime="%s">%s</time></span>' % (
            iso(v[1], off), hhmm(v[1]))
    anchor = uid(blog, u).split("#")[1]
    comments = 3 + (u["num"] * 7) % 41
    if blog is A:
        foot = ('<button class="share" data-network="facebook">Share on Facebook</button>'
                '<button class="share" data-network="whatsapp">Send via WhatsApp</button>'
                '<button class="copy-link">Copy link</button>'
                '<a class="comments" href="#comments">%d comments</a>' % comments)
    else:
        foot = ('<a class="share-x" href="#">Post</a> <a class="share-fb" href="#">Share</a> '
                '<a class="share-mail" href="#">Email</a> <span class="reactions">%d reactions</span>' % comments)
    return f'''
      <article class="lb-post" id="{anchor}" data-post-id="{u['num']}">
        <header class="lb-post__meta">
        <time class="lb-post__time" datetime="{iso(u['pub'], off)}">{hhmm(u['pub'])}</time>{edited}{h}
        </header>
        <div class="lb-post__body">{body}</div>
        <footer class="lb-post__share">{foot}</footer>
      </article>'''


def render_html(blog, poll):
    off = blog["off"]
    vis = visible(blog, poll)
    lbp = live_posting(blog, poll)
    poll_local = blog["polls"][poll - 1]
    if blog is A:
        org = {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": "Correio do Atlântico",
            "url": "https://correio-atlantico.example/",
            "logo": {"@type": "ImageObject", "url": "https://correio-atlantico.example/static/logo-600x60.png",
                     "width": 600, "height": 60},
            "sameAs": ["https://social.example/@correioatlantico"],
            "foundingDate": "1912",
            "address": {"@type": "PostalAddress", "addressLocality": "Ponta Delgada", "addressCountry": "PT"},
        }
        lbp["publisher"] = {"@id": "https://correio-atlantico.example/#org"}
        lbp["about"] = {"@type": "Event", "name": "Storm Bernarda",
                        "startDate": iso(blog["start"], off),
                        "location": {"@type": "Place", "name": "Azores, Portugal"}}
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "@id": blog["url"], "url": blog["url"], "name": blog["headline"],
                 "isPartOf": {"@type": "WebSite", "name": "Correio do Atlântico",
                              "url": "https://correio-atlantico.example/"}},
                dict({"@id": blog["url"] + "#liveblog"}, **lbp),
                {"@type": "Organization", "@id": "https://correio-atlantico.example/#org",
                 "name": "Correio do Atlântico"},
            ],
        }
        scripts = [ld_script(org), ld_script(graph)]
        site = "Correio do Atlântico"
        nav = ["Home", "Azores", "Portugal", "World", "Business", "Sport", "Opinion", "Weather"]
        cookie = ('<div class="cookie-banner" role="dialog"><p>We value your privacy and use cookies to personalise '
                  'content and ads, and to analyse our traffic. You can change your choice at any time.</p>'
                  '<button>Accept all and continue</button> <button>Reject non-essential</button> '
                  '<a href="/en/privacy">Privacy settings</a></div>')
        most_read = ["Pineapple growers in Fajã de Baixo fear a lost season",
                     "Whale-watching permits to double next summer",
                     "Ferry timetable for the central group changes in January",
                     "Ponta Delgada council votes on new parking zones"]
        newsletter = ('<section class="newsletter"><h3>Get the Ilhas Briefing in your inbox every weekday</h3>'
                      '<form><input type="email" placeholder="Your email address"><button>Sign me up</button></form>'
                      '<p class="small">Subscribe from €1 for your first month. Cancel anytime.</p></section>')
        related = ["How the 1997 floods reshaped Ribeira Quente",
                   "Explainer: what the colours of IPMA warnings mean",
                   "Photos: the Azores’ most powerful storms"]
        comments = '<section id="comments"><h3>Join the conversation</h3><p>Comments are closed while the live blog is running. 214 comments</p></section>'
        ad = '<div class="ad-slot"><span class="ad-label">Advertisement</span></div>'
    else:
        crumbs = {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://andesherald.example/"},
                {"@type": "ListItem", "position": 2, "name": "Politics", "item": "https://andesherald.example/politics"},
                {"@type": "ListItem", "position": 3, "name": "Live", "item": "https://andesherald.example/politics/live"},
            ],
        }
        lbp = dict({"@context": "https://schema.org"}, **lbp)
        lbp["publisher"] = {"@type": "NewsMediaOrganization", "name": "Andes Herald",
                            "logo": {"@type": "ImageObject", "url": "https://andesherald.example/img/logo.png"}}
        lbp["author"] = [{"@type": "Person", "name": "Valentina Ríos"}, {"@type": "Person", "name": "Julián Ortega"}]
        lbp["image"] = "https://andesherald.example/img/2025/09/mendoza-count-1200x675.jpg"
        scripts = [ld_script(crumbs), ld_script(lbp)]
        site = "Andes Herald"
        nav = ["Politics", "Economy", "Wine", "Mendoza", "San Juan", "Argentina", "Sport", "Culture"]
        cookie = ('<div id="consent"><p>This site uses cookies. By continuing to browse you agree to our cookie policy.</p>'
                  '<button>OK</button> <button>Manage preferences</button></div>')
        most_read = ["Malbec harvest forecast cut by a fifth",
                     "Wine tourism operators brace for a weaker peso season",
                     "Aconcagua season opens with new permit fees",
                     "Bus fares in Greater Mendoza rise again"]
        newsletter = ('<section class="newsletter"><h3>The Cuyo Brief: our politics newsletter, every Monday</h3>'
                      '<form><input type="email" placeholder="name@example.com"><button>Subscribe</button></form>'
                      '<p><a href="/membership">Become a member of the Andes Herald</a> and read without limits.</p></section>')
        related = ["Who is running for governor? A guide to the candidates",
                   "Water, mining and wine: the issues that decide Mendoza",
                   "Analysis: why turnout matters in the south"]
        comments = '<section id="comments"><h3>Comments (87)</h3><p>Log in to comment.</p></section>'
        ad = '<aside class="sponsored"><span>Sponsored: Discover the Uco Valley by bike</span></aside>'

    nav_html = "".join('<li><a href="/%s">%s</a></li>' % (n.lower().replace(" ", "-"), n) for n in nav)
    most_html = "".join("<li><a href=\"#\">%s</a></li>" % m for m in most_read)
    rel_html = "".join("<li><a href=\"#\">%s</a></li>" % r for r in related)
    key_events = "".join('<li><a href="#%s">%s</a></li>' % (uid(blog, u).split("#")[1], u["headline"])
                         for u, v in vis if u["headline"])
    arts = []
    for i, (u, v) in enumerate(vis):
        arts.append(render_article(blog, u, v, i))
        if i == 3:
            arts.append("\n      " + ad)
    title = "%s | %s" % (blog["headline"], site)
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title, quote=False)}</title>
  <meta name="description" content="{html.escape(blog['description'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{html.escape(blog['headline'])}">
  <meta property="og:url" content="{blog['url']}">
  <meta property="og:site_name" content="{site}">
  <meta name="robots" content="max-image-preview:large">
  <link rel="canonical" href="{blog['url']}">
  <link rel="stylesheet" href="/static/css/main.4f9a1c.css">
  {scripts[0]}
  {scripts[1]}
</head>
<body class="liveblog">
  {cookie}
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav><ul>{nav_html}</ul></nav>
    <a class="subscribe-btn" href="/subscribe">Subscribe</a> <a href="/login">Log in</a>
  </header>
  <main>
    <div class="breadcrumbs"><a href="/">Home</a> › <a href="#">Live</a></div>
    <span class="live-badge">LIVE</span>
    <h1>{blog['headline']}</h1>
    <p class="standfirst">{blog['description']}</p>
    <p class="last-updated">Last updated: <time datetime="{iso(poll_local, off)}">{hhmm(poll_local)}</time></p>
    <section class="key-events"><h3>Key events</h3><ul>{key_events}</ul></section>
    <div class="share-bar"><button>Share this page</button> <button>Copy link</button></div>
    <div class="lb-feed">{''.join(arts)}
    </div>
    {comments}
  </main>
  <aside class="sidebar">
    <section class="most-read"><h3>Most read</h3><ol>{most_html}</ol></section>
    {newsletter}
    <section class="related"><h3>Related</h3><ul>{rel_html}</ul></section>
  </aside>
  <footer class="site-footer"><p>© 2025 {site}. All rights reserved.</p>
    <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></footer>
  <script src="/static/js/liveblog.min.js" defer></script>
</body>
</html>
'''


# ---------------------------------------------------------------------------
# RSS rendering
# ---------------------------------------------------------------------------
def rfc822(local, off):
    return format_datetime(to_dt(local, off))


def render_rss(blog, poll):
    off = blog["off"]
    items = []
    for u, v in visible(blog, poll):
        if u["as_html"]:
            desc = "<![CDATA[%s]]>" % body_html(v[2], True)
        else:
            desc = xml_escape(v[2][0])
        items.append(f'''    <item>
      <title>{xml_escape(u['headline'])}</title>
      <link>{blog['url']}?entry={u['num']}</link>
      <guid isPermaLink="false">{uid(blog, u)}</guid>
      <pubDate>{rfc822(u['pub'], off)}</pubDate>
      <dc:creator>Swan Coast Courier staff</dc:creator>
      <description>{desc}</description>
    </item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{xml_escape(blog['headline'])} – {blog['outlet']}</title>
    <link>{blog['url']}</link>
    <atom:link href="{blog['url']}/feed.xml" rel="self" type="application/rss+xml"/>
    <description>{xml_escape(blog['description'])}</description>
    <language>en-au</language>
    <lastBuildDate>{rfc822(blog['polls'][poll - 1], off)}</lastBuildDate>
    <ttl>5</ttl>
{chr(10).join(items)}
  </channel>
</rss>
'''


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
def labels_for(blog):
    ext = "xml" if blog["format"] == "rss" else "html"
    files = ["%s/poll-%d.%s" % (blog["name"], p, ext) for p in (1, 2, 3)]
    ups = []
    for u in sorted(blog["updates"], key=lambda x: x["pub"]):
        texts = []
        for p in (1, 2, 3):
            v = version_at(u, p)
            if v is None:
                continue
            t = plain_text(v[2])
            if not texts or texts[-1] != t:
                texts.append(t)
        ups.append({
            "id": uid(blog, u),
            "texts": texts,
            "headline": html.unescape(u["headline"]) if u["headline"] else None,
            "present_in_last": version_at(u, 3) is not None,
            "removed": u["removed"] is not None,
            "published": iso(u["pub"], blog["off"]),
        })
    return {"blog": blog["name"], "format": blog["format"], "zone_offset": blog["off"],
            "files": files, "updates": ups, "chrome_phrases": blog["chrome_phrases"]}


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def fail(msg):
    print("VALIDATION FAILED:", msg)
    sys.exit(1)


def find_live(obj):
    if isinstance(obj, dict):
        if obj.get("@type") == "LiveBlogPosting":
            return obj
        for v in obj.values():
            r = find_live(v)
            if r:
                return r
    elif isinstance(obj, list):
        for v in obj:
            r = find_live(v)
            if r:
                return r
    return None


def validate(blog, label, docs):
    off = blog["off"]
    polls = [to_dt(p, off) for p in blog["polls"]]
    # timing: new versions fall between the previous poll and this poll
    for u in blog["updates"]:
        for i, (p, mod, _) in enumerate(u["versions"]):
            t = to_dt(mod, off)
            if not (t <= polls[p - 1] and (p == 1 or t > polls[p - 2])):
                fail("%s %s version %d timing" % (blog["name"], u["num"], i))
        if to_dt(u["pub"], off) != to_dt(u["versions"][0][1], off):
            fail("pub != first modified")
        if u["removed"] and version_at(u, u["removed"] - 1) is None:
            fail("removed update never shown")
    by_id = {x["id"]: x for x in label["updates"]}
    seen = {}  # id -> list of (poll, text, dateModified)
    for p, doc in enumerate(docs, 1):
        if blog["format"] == "rss":
            root = ET.fromstring(doc.encode("utf-8"))
            items = root.findall("./channel/item")
            got = []
            for it in items:
                g = it.find("guid")
                if g.get("isPermaLink") != "false":
                    fail("guid isPermaLink")
                d = it.find("description").text or ""
                paras = re.findall(r"<p>(.*?)</p>", d, re.S) or [d]
                got.append((g.text, plain_text(paras), it.find("pubDate").text, it.find("title").text))
        else:
            scripts = LD_RE.findall(doc)
            if len(scripts) != 2:
                fail("expected 2 JSON-LD scripts")
            parsed = [json.loads(s) for s in scripts]
            live = None
            for obj in parsed:
                live = live or find_live(obj)
            if live is None:
                fail("no LiveBlogPosting")
            if blog is A and "@graph" not in parsed[1]:
                fail("blog A must use @graph")
            if blog is B and parsed[1].get("@type") != "LiveBlogPosting":
                fail("blog B must be top-level")
            got = []
            for bp in live["liveBlogUpdate"]:
                body = bp["articleBody"]
                paras = re.findall(r"<p>(.*?)</p>", body, re.S) or [body]
                got.append((bp.get("@id") or bp.get("url"), plain_text(paras), bp["dateModified"], bp.get("headline")))
            pubs = [bp["datePublished"] for bp in live["liveBlogUpdate"]]
            if pubs != sorted(pubs, reverse=True):
                fail("not newest first")
            # chrome phrases: in the page, outside JSON-LD, never in any update
            outside = LD_RE.sub("", doc)
            ld_text = " ".join(scripts)
            for ph in blog["chrome_phrases"]:
                if html.unescape(ph) not in html.unescape(outside):
                    fail("chrome phrase missing from page: " + ph)
                if ph.lower() in ld_text.lower():
                    fail("chrome phrase inside JSON-LD: " + ph)
                for x in label["updates"]:
                    for t in x["texts"] + [x["headline"] or ""]:
                        if ph.lower() in t.lower():
                            fail("chrome phrase in update text: " + ph)
        ids = [g[0] for g in got]
        if len(ids) != len(set(ids)):
            fail("duplicate ids in %s poll %d" % (blog["name"], p))
        for gid, text, mod, hl in got:
            lab = by_id.get(gid)
            if lab is None:
                fail("unlabelled id " + gid)
            if text not in lab["texts"]:
                fail("text mismatch for %s poll %d:\n%r" % (gid, p, text))
            prev = seen.get(gid)
            if prev and prev[-1][1] != text and prev[-1][2] == mod and blog["format"] != "rss":
                fail("edited without dateModified change: " + gid)
            if prev and prev[-1][1] == text and prev[-1][2] != mod:
                fail("dateModified changed without edit: " + gid)
            seen.setdefault(gid, []).append((p, text, mod))
        for x in label["updates"]:
            in_doc = x["id"] in ids
            if p == 3 and in_doc != x["present_in_last"]:
                fail("present_in_last wrong: " + x["id"])
    # every label update appeared; edited updates kept their id (text changed under the same id)
    for x in label["updates"]:
        if x["id"] not in seen:
            fail("never seen: " + x["id"])
        if [t for _, t, _ in seen[x["id"]] if True] and \
                list(dict.fromkeys(t for _, t, _ in seen[x["id"]])) != x["texts"]:
            fail("texts sequence mismatch: " + x["id"])
    return [len(visible(blog, p)) for p in (1, 2, 3)]


# ---------------------------------------------------------------------------
def main():
    all_labels = []
    summary = []
    for blog in (A, B, C):
        d = os.path.join(OUT, blog["name"])
        os.makedirs(d, exist_ok=True)
        docs = []
        for p in (1, 2, 3):
            if blog["format"] == "rss":
                doc, ext = render_rss(blog, p), "xml"
            else:
                doc, ext = render_html(blog, p), "html"
            with open(os.path.join(d, "poll-%d.%s" % (p, ext)), "w", encoding="utf-8") as f:
                f.write(doc)
            docs.append(doc)
        lab = labels_for(blog)
        counts = validate(blog, lab, docs)
        all_labels.append(lab)
        edits = {p: [u["num"] for u in blog["updates"] for v in u["versions"][1:] if v[0] == p] for p in (2, 3)}
        removed = [u["num"] for u in blog["updates"] if u["removed"]]
        summary.append("%s: counts per poll %s, edited in poll2 %s, poll3 %s, removed %s"
                       % (blog["name"], counts, edits[2], edits[3], removed))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(all_labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("\n".join(summary))
    print("OK: all snapshots validated")


if __name__ == "__main__":
    main()
