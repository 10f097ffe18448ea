#!/usr/bin/env python3
"""Writes the demo portfolio (demo/portfolio.json): a year and more of CPD for the five link
workers Sam Okafor supervises, with claims, decisions, supervision records, assessments and a few
evidence files; then most of a year for the four health and wellbeing coaches Owen Price supervises
at Northgate, claiming competencies of their own framework (HWBC). Deterministic (fixed seeds, the
coaches' their own, so that the link workers' records stay as they were); dates are days before the
day the data set is loaded, so the demo looks lived-in whenever it is first run. Run it again only
to change the demo:

    python3 framework-data/tools/portfolio-demo.py
"""
import json
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "org", "linkworker", "trellis", "data",
                   "demo", "portfolio.json")
NAMESPACE = uuid.UUID("6f1d3c2a-7b4e-4c58-9a61-0d2e3f4a5b6c")

SAM = "0bf98b41-5696-4d4b-9c87-f08b789929da"
EMMA = "2c9589ff-2740-4aa5-b2c9-ac8a1ea261da"
WORKERS = {
    # username: (person identifier, stage's working level, entries)
    "lee.trainee": ("adb80f3e-0de1-4794-8940-014ac113ca3e", 1, 18),
    "alex.link": ("e063d6bf-96bc-49c6-969e-801990c0ab89", 2, 26),
    "priya.link": ("c7a1f0ec-14a9-4ba7-ba12-678d71eb513f", 2, 22),
    "jo.senior": ("e2d97f1f-7bd1-416f-b576-b06e3b3308e3", 3, 24),
    "morgan.lead": ("d77d0196-bb4c-4303-b15e-8e86daa131ca", 3, 20),
}
COURSES = {  # catalogue course identifier: (title, CPD hours, claims it suggests)
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e01": ("What matters to you: person-centred conversations", 6,
                                             ["PC.1", "CR.1"]),
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e03": ("Safeguarding adults and children for link workers", 3,
                                             ["SE.1", "SE.3"]),
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e04": ("Knowing your patch: mapping community assets", 4,
                                             ["CC.1", "CC.3"]),
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e05": ("Health inequalities in everyday practice", 5,
                                             ["HI.1", "HI.2"]),
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e07": ("Measuring what matters: wellbeing outcome tools", 2.5,
                                             ["DI.2"]),
    "3f0c1d52-8a11-4b7e-9d01-6a2f4c1b0e09": ("Looking after yourself in a demanding role", 2,
                                             ["LY.1", "LY.2"]),
    "9a7e5c31-4b2d-4f6a-8e1c-2d3b4a5c6e02": ("Navigating housing, benefits and debt advice", 6,
                                             ["CC.6", "SE.2"]),
    "9a7e5c31-4b2d-4f6a-8e1c-2d3b4a5c6e03": ("Information governance and record keeping", 1.5,
                                             ["SE.4", "DI.1"]),
}
ACTIVITIES = [
    # (type, title, hours range, participatory, claims to pick from, standard)
    ("E_LEARNING", "Module on {topic}", (0.5, 2), False, None, "CP.5"),
    ("SUPERVISION", "Group supervision: {topic}", (1, 2), True, ["LY.2", "LY.1", "SE.2"], "CP.6"),
    ("PEER_LEARNING", "Peer learning session on {topic}", (1, 2.5), True, None, "CP.9"),
    ("REFLECTIVE_PRACTICE", "Reflective log: {topic}", (0.5, 1.5), False, None, "CP.10"),
    ("SHADOWING", "Shadowed {who} for a day", (3, 7), True, ["TS.1", "TS.2", "CR.5"], "CP.9"),
    ("CONFERENCE", "Regional social prescribing network meeting", (3, 6), True,
     ["CR.6", "CC.5", "LY.5"], "CP.5"),
    ("READING", "Read: {reading}", (0.5, 1.5), False, ["DI.5", "HI.1"], "CP.5"),
    ("OTHER", "Volunteered at the {event}", (2, 4), True, ["CC.4", "CC.2"], "CP.9"),
]
TOPICS = {
    "PC.1": "what-matters conversations", "PC.2": "personalised care planning",
    "PC.3": "health coaching and confidence", "PC.5": "ending support well",
    "CR.1": "active listening", "CR.2": "accessible information", "CR.4": "de-escalation",
    "CC.1": "the local directory of services", "CC.2": "warm handovers to community groups",
    "CC.3": "checking groups are safe", "CC.6": "welfare benefits and housing routes",
    "HI.1": "the wider determinants of health", "HI.2": "reaching people who do not come forward",
    "HI.3": "working with interpreters and cultural difference", "HI.5": "trauma-informed practice",
    "SE.1": "safeguarding referrals", "SE.2": "role boundaries", "SE.3": "lone working and risk",
    "SE.4": "consent and information sharing", "TS.1": "how the primary care network works",
    "TS.4": "caseload prioritisation", "DI.1": "recording contacts well",
    "DI.2": "wellbeing outcome measures", "DI.3": "gathering case studies",
    "LY.1": "compassion fatigue", "LY.3": "managing a full caseload sustainably",
}
WHO = ["the practice's care coordinator", "a health and wellbeing coach", "the community mental "
       "health team's support worker", "a Citizens Advice caseworker", "the practice nurse"]
READING = ["a report on loneliness in older people", "guidance on making every contact count",
           "a study of social prescribing outcomes", "the local joint strategic needs assessment"]
EVENTS = ["community food hub", "men's shed open day", "carers' week fair", "walking group launch"]
WHAT = [
    "I took part with {n} others and we worked through real (anonymised) situations from our own "
    "caseloads.",
    "I worked through the material at my own pace and made notes on what applied to my patch.",
    "The session started from a case that had gone less well than I hoped, and we talked it "
    "through together.",
    "We looked at how people are referred to us and what happens in the first conversation.",
]
LEARNED = [
    "I tend to move to solutions too early; slowing down brought out what mattered to the person.",
    "Which local services take self-referrals, and which need a professional to refer.",
    "How to recognise when a concern crosses the threshold for a safeguarding referral, and whom "
    "to call first.",
    "That short, regular check-ins keep people engaged better than one long appointment.",
    "The outcome tool only helps if I explain why I am asking the questions.",
]
CHANGE = [
    "I now open every first meeting by asking what a good week would look like for the person.",
    "I have updated my directory notes and share them at the team huddle each month.",
    "I will book a debrief with my supervisor after any visit that leaves me unsettled.",
    "I record the person's own words for their goals, not my summary of them.",
]
DECLARATIONS = [
    # (username, membership years before the current one, days before the load, statement)
    ("priya.link", 0, 20, "Talked the boundaries standard through with Sam at supervision first."),
    ("priya.link", 1, 385, None),
    ("jo.senior", 0, 45, None),
    ("alex.link", 1, 300, "My first year in post: the confidentiality standard was new to me."),
    ("morgan.lead", 1, 330, None),
]
RETURN_REASONS = [
    "Please add what you learned and how it will change what you do; the reflection is only a "
    "description so far.",
    "The claim at level {level} needs more than reading about it: claim level {lower}, or add the "
    "case where you used it.",
]
VERIFY_NOTES = [None, None, "Good reflection: the change to your first meetings is already "
                "showing.", "Agreed. Bring this case to our next supervision.", None]


# Northgate Primary Care Network's health and wellbeing coaches (framework HWBC), supervised by Owen.
OWEN = "e427f474-114d-4fce-bf3f-3f8cfe53b312"
GRACE = "2a438f2a-3172-4442-bbce-14ab261db1d4"
COACHES = {
    # username: (person identifier, stage's working level, entries, competencies they work on)
    "ruby.trainee": ("23eb7164-3ac5-4727-95d2-5341edc5fe85", 1, 9,
                     ["CO.1", "CO.2", "CO.3", "BC.2", "PS.2", "SP.1", "SP.3"]),
    "kofi.coach": ("09c9c31a-e2f9-4909-b4a3-cc3052800e04", 2, 13,
                   ["CO.1", "CO.2", "BC.1", "BC.2", "BC.3", "PS.1", "PS.2", "GW.2", "SP.2"]),
    "hannah.coach": ("2cc9d354-d76f-4970-b440-6663d3e1ec74", 2, 11,
                     ["CO.2", "CO.3", "CO.4", "BC.3", "PS.3", "PS.5", "GW.1", "SP.5"]),
    "dev.senior": ("4dfc3c3b-18c1-402b-a946-a04e9ff35ab3", 3, 13,
                   ["CO.1", "CO.2", "BC.1", "BC.4", "PS.1", "PS.4", "GW.3", "GW.4", "SP.4"]),
}
COACHING_COURSE = ("89fb1806-dc3f-4287-aa16-2b8dc835698d",
                   "Health coaching foundations: conversations that build confidence", 12,
                   ["CO.2", "CO.3", "BC.1"])
COACH_TOPICS = {
    "CO.1": "building trust in a first session", "CO.2": "reflective listening",
    "CO.3": "goals in the person's own words", "CO.4": "coaching by telephone and video",
    "BC.1": "exploring ambivalence", "BC.2": "small steps and setbacks",
    "BC.3": "confidence scales", "BC.4": "choosing a behaviour change approach",
    "PS.1": "personalised care and support plans", "PS.2": "teach-back and health literacy",
    "PS.3": "self-management apps", "PS.4": "preparing for a medication review",
    "PS.5": "coaching people with type 2 diabetes", "GW.1": "running a group session",
    "GW.2": "working alongside link workers", "GW.3": "case discussion at the practice huddle",
    "GW.4": "coaching with interpreters", "SP.1": "the limits of the coaching role",
    "SP.2": "safeguarding on home visits", "SP.3": "recording a coaching session",
    "SP.4": "patient activation measures", "SP.5": "supervision and staying well",
}
COACH_ACTIVITIES = [
    # (type, title, hours range, participatory, standard)
    ("E_LEARNING", "Module on {topic}", (0.5, 2), False, "HC.6"),
    ("SUPERVISION", "Coaching supervision: {topic}", (1, 1.5), True, "HC.6"),
    ("PEER_LEARNING", "Peer practice on {topic}", (1, 2), True, "HC.1"),
    ("REFLECTIVE_PRACTICE", "Reflective log: {topic}", (0.5, 1), False, "HC.6"),
    ("SHADOWING", "Shadowed the practice's diabetes nurse", (3, 6), True, "HC.2"),
    ("READING", "Read: guidance on {topic}", (0.5, 1.5), False, "HC.6"),
]
COACH_WHAT = [
    "We practised with recorded (consented) sessions and gave each other feedback.",
    "I worked through the module between clinics and tried one idea the same week.",
    "A session had gone round in circles, and we unpicked it together.",
]
COACH_LEARNED = [
    "I was doing most of the talking; counting my questions showed it.",
    "People agree to goals they have not chosen, and then do not come back.",
    "Asking the person to explain it back is quicker than explaining twice.",
    "A setback is the most useful session to have, if I do not rush to fix it.",
]
COACH_CHANGE = [
    "I now ask what the person wants from today before anything else.",
    "I write the goal in the person's words and read it back to them.",
    "I close every session by asking what might get in the way.",
]
COACH_DECLARATIONS = [
    # (username, membership years before the current one, days before the load, statement)
    ("kofi.coach", 0, 15, None),
    ("dev.senior", 0, 60, "Read with the team at our first meeting of the year."),
    ("hannah.coach", 1, 320, None),
]


def coaches(entries, assessments, supervision, declarations):
    """Northgate's coaches: their entries, Owen's assessments and supervision, declarations."""
    rng = random.Random(20261201)
    for username, (person, level, count, focus) in COACHES.items():
        days = sorted(rng.sample(range(5, 280), count), reverse=True)
        for i, day in enumerate(days):
            entry_id = ident("northgate", username, "entry", i)
            if i >= count - 1:
                status = "DRAFT"
            elif i >= count - 3:
                status = "SUBMITTED"
            elif i == 3:
                status = "RETURNED"
            else:
                status = "VERIFIED"
            if i == 1:
                course_id, title, cpd, claim_codes = COACHING_COURSE
                entry = {"type": "COURSE", "title": title, "hours": cpd, "participatory": True,
                         "course": course_id, "standard": "HC.6"}
            else:
                kind, pattern, span, participatory, standard = COACH_ACTIVITIES[
                    rng.randrange(len(COACH_ACTIVITIES))]
                first = rng.choice(focus)
                title = pattern.format(topic=COACH_TOPICS[first])
                entry = {"type": kind, "title": title[0].upper() + title[1:],
                         "hours": hours(rng, *span), "participatory": participatory,
                         "course": None, "standard": standard}
                claim_codes = [first, rng.choice([c for c in focus if c != first])]
            claim_level = max(1, level - (1 if rng.random() < 0.25 else 0))
            claims = sorted({f"{code}:{claim_level}" for code in claim_codes})
            reflection = {"what": rng.choice(COACH_WHAT), "learned": rng.choice(COACH_LEARNED)}
            if status != "RETURNED":
                reflection["change"] = rng.choice(COACH_CHANGE)
            entry.update({"identifier": entry_id, "owner": person, "daysAgo": day,
                          "reflection": reflection, "claims": claims, "status": status})
            if status != "DRAFT":
                entry["submittedDaysAgo"] = max(day - rng.randint(0, 4),
                                                1 if status == "SUBMITTED" else 3)
            if status in ("VERIFIED", "RETURNED"):
                entry["decidedDaysAgo"] = max(entry["submittedDaysAgo"] - rng.randint(1, 7), 0)
                entry["decidedBy"] = OWEN
            if status == "RETURNED":
                entry["note"] = ("Please say what you will do differently with the next person"
                                 " you coach.")
            entries.append(entry)
        day = 270 - rng.randint(0, 15)
        n = 0
        while day > 3:
            kind = "CLINICAL" if n % 4 != 3 else "MANAGERIAL"
            supervision.append({"identifier": ident("northgate", username, "supervision", n),
                                "owner": person, "daysAgo": day,
                                "minutes": rng.choice([45, 60, 60]), "kind": kind,
                                "supervisor": GRACE if kind == "MANAGERIAL" else OWEN})
            day -= rng.randint(28, 45)
            n += 1
        for k, code in enumerate(rng.sample(focus, 2)):
            assessments.append({"identifier": ident("northgate", username, "assessment", k),
                                "owner": person, "competency": code, "level": level,
                                "daysAgo": rng.randint(20, 200), "assessedBy": OWEN,
                                "note": "Observed in a coaching session."})
    for username, years_ago, days_ago, statement in COACH_DECLARATIONS:
        declarations.append({"identifier": ident("northgate", username, "declaration", years_ago),
                             "owner": COACHES[username][0], "yearsAgo": years_ago,
                             "daysAgo": days_ago, "statement": statement})


def certificate(title, name):
    """A one-page PDF certificate, written by hand (PDF 1.4, Helvetica, no images)."""
    def esc(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = [("Certificate of completion", 28, 700), (name, 20, 640),
             ("has completed the course", 14, 610), (title, 16, 580),
             ("Demonstration certificate made for the Trellis demo data.", 10, 100)]
    stream = "".join(f"BT /F1 {size} Tf 72 {y} Td ({esc(text)}) Tj ET\n"
                     for text, size, y in lines).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
               + b"endstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        pdf += f"{offset:010d} 00000 n \n".encode()
    pdf += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(pdf)


def ident(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def hours(rng, low, high):
    return round(rng.uniform(low, high) * 4) / 4


def main():
    rng = random.Random(20261129)
    entries, assessments, supervision, evidence = [], [], [], []
    competencies = sorted(TOPICS)
    for username, (person, level, count) in WORKERS.items():
        days = sorted(rng.sample(range(6, 430), count), reverse=True)
        statuses = []
        for i, day in enumerate(days):
            if i >= count - 2:
                statuses.append("DRAFT")
            elif i >= count - 4:
                statuses.append("SUBMITTED")
            elif i % 9 == 4:
                statuses.append("RETURNED")
            else:
                statuses.append("VERIFIED")
        for i, (day, status) in enumerate(zip(days, statuses)):
            entry_id = ident(username, "entry", i)
            if i % 5 == 0:
                course_id = list(COURSES)[(i // 5 + len(username)) % len(COURSES)]
                title, cpd, suggested = COURSES[course_id]
                entry = {"type": "COURSE", "title": title, "hours": cpd, "participatory": True,
                         "course": course_id, "standard": "CP.5"}
                claim_codes = suggested
            else:
                kind, pattern, span, participatory, picks, standard = ACTIVITIES[
                    rng.randrange(len(ACTIVITIES))]
                topic_code = rng.choice(competencies)
                title = pattern.format(topic=TOPICS[topic_code], who=rng.choice(WHO),
                                       reading=rng.choice(READING), event=rng.choice(EVENTS))
                entry = {"type": kind, "title": title[0].upper() + title[1:],
                         "hours": hours(rng, *span), "participatory": participatory,
                         "course": None, "standard": standard}
                claim_codes = [topic_code] + (rng.sample(picks, 1) if picks else [])
            claim_level = max(1, level - (1 if rng.random() < 0.3 else 0))
            claims = sorted({f"{code}:{claim_level}" for code in claim_codes})
            reflection = None
            if status != "DRAFT" or i % 2 == 0:
                reflection = {"what": rng.choice(WHAT).format(n=rng.randint(3, 9)),
                              "learned": rng.choice(LEARNED)}
                if status != "RETURNED":
                    reflection["change"] = rng.choice(CHANGE)
            entry.update({"identifier": entry_id, "owner": person, "daysAgo": day,
                          "reflection": reflection, "claims": claims, "status": status})
            if status in ("VERIFIED", "RETURNED", "SUBMITTED"):
                entry["submittedDaysAgo"] = max(day - rng.randint(0, 6), 1 if status == "SUBMITTED"
                                                else 3)
            if status in ("VERIFIED", "RETURNED"):
                entry["decidedDaysAgo"] = max(entry["submittedDaysAgo"] - rng.randint(1, 10), 0)
                entry["decidedBy"] = SAM
            if status == "VERIFIED":
                note = rng.choice(VERIFY_NOTES)
                if note:
                    entry["note"] = note
            if status == "RETURNED":
                entry["note"] = rng.choice(RETURN_REASONS).format(level=claim_level,
                                                                 lower=max(1, claim_level - 1))
            entries.append(entry)
            if entry["type"] == "COURSE" and len(evidence) < 6 and status != "DRAFT":
                name = f"certificate-{len(evidence) + 1}.pdf"
                names = {WORKERS[u][0]: n for u, n in (
                    ("lee.trainee", "Lee Turner"), ("alex.link", "Alex Patel"),
                    ("priya.link", "Priya Shah"), ("jo.senior", "Jo Williams"),
                    ("morgan.lead", "Morgan Hughes"))}
                os.makedirs(os.path.join(os.path.dirname(OUT), "evidence"), exist_ok=True)
                with open(os.path.join(os.path.dirname(OUT), "evidence", name), "wb") as pdf:
                    pdf.write(certificate(entry["title"], names[person]))
                evidence.append({"identifier": ident(entry_id, "evidence"), "entry": entry_id,
                                 "file": "demo/evidence/" + name,
                                 "name": "Certificate - " + entry["title"][:60] + ".pdf"})
        # Supervision: every four to seven weeks, Morgan's lapsing (overdue) for the last months.
        day = 420 - rng.randint(0, 20)
        n = 0
        last = 100 if username == "morgan.lead" else 0
        while day > last:
            kind = "CLINICAL" if n % 3 != 2 else ("MANAGERIAL" if n % 2 else "PEER")
            record = {"identifier": ident(username, "supervision", n), "owner": person,
                      "daysAgo": day, "minutes": rng.choice([45, 60, 60, 90]), "kind": kind,
                      "supervisor": EMMA if kind == "MANAGERIAL" else SAM}
            if kind == "PEER":
                record["supervisor"] = WORKERS["priya.link" if username != "priya.link"
                                               else "alex.link"][0]
            if n % 3 == 0:
                record["notes"] = rng.choice([
                    "Talked through a difficult visit; agreed to ask for a debrief sooner next "
                    "time.",
                    "Caseload is heavy again; agreed to close three people who have met their "
                    "goals.",
                    "Felt more confident about safeguarding thresholds after this.",
                ])
            supervision.append(record)
            day -= rng.randint(28, 49)
            n += 1
        # Direct assessments by Sam.
        for k, code in enumerate(rng.sample(["PC.1", "CR.1", "CC.2", "SE.1", "DI.1", "LY.2"], 2)):
            assessments.append({"identifier": ident(username, "assessment", k), "owner": person,
                                "competency": code, "level": level,
                                "daysAgo": rng.randint(30, 300), "assessedBy": SAM,
                                "note": "Observed in a first meeting with a new referral."})
    # Declarations against the code of practice, by membership year (0: the current one) and a day
    # the loader keeps within that year: Priya and Jo have declared this year; Alex and Morgan
    # declared last year and are due again; Lee, new this year, has never declared.
    declarations = []
    for username, years_ago, days_ago, statement in DECLARATIONS:
        declarations.append({"identifier": ident(username, "declaration", years_ago),
                             "owner": WORKERS[username][0], "yearsAgo": years_ago,
                             "daysAgo": days_ago, "statement": statement})
    coaches(entries, assessments, supervision, declarations)
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump({"entries": entries, "assessments": assessments, "supervision": supervision,
                   "evidence": evidence, "declarations": declarations}, out, indent=1,
                  ensure_ascii=False)
        out.write("\n")
    print(f"{len(entries)} entries, {len(assessments)} assessments, "
          f"{len(supervision)} supervision records, {len(evidence)} evidence files, "
          f"{len(declarations)} declarations -> {OUT}")


if __name__ == "__main__":
    main()
