#!/usr/bin/env python3
"""Writes the Health and Wellbeing Coach Competency Framework (HWBC, version 1): its CASE 1.1
package (framework/hwbc-1.case.json), its code of practice (framework/hwbc-code-of-practice-1.case
.json) and its Trellis profile (framework/hwbc-1.trellis.json), laid out exactly as the link worker
framework's files are (see the framework-data README).

Every word was written for Trellis; nothing is taken from a published framework. Identifiers are
UUID version 4 strings drawn from a fixed seed, so running this again writes the same files. The
files are published version 1: once stored data refers to them, change the text only by writing a
new version (new files, new identifiers), never by editing these.

    python3 framework-data/tools/hwbc-framework.py
"""
import json
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "org", "linkworker", "trellis", "data",
                   "framework")
BASE = "https://trellis.linkworker.org/ims/case/v1p1/"
CHANGED = "2026-11-30T00:00:00+00:00"
RNG = random.Random(20261130)

TITLE = "Health and Wellbeing Coach Competency Framework"
DESCRIPTION = (
    "What health and wellbeing coaches in UK primary care are expected to be able to do, set out"
    " as competencies in five domains. Coaches help people with long-term conditions, or at risk of"
    " them, to find their own reasons and ways to look after their health. Each competency is"
    " described at four levels, from Developing to Leading, so that one framework supports"
    " training, CPD, supervision and career progression.")
LEVELS = ["Developing", "Skilled", "Advanced", "Leading"]

# (code, title, [(statement, [descriptor at level 1, 2, 3, 4])])
DOMAINS = [
    ("CO", "Coaching conversations", [
        ("Build a trusting coaching relationship in which the person sets the agenda and feels"
         " able to talk openly about their health.", [
             "Opens conversations warmly, explains what coaching offers and lets the person"
             " choose what to talk about, with guidance from a supervisor when the relationship"
             " feels stuck.",
             "Builds rapport quickly with most people on the caseload and keeps the person in"
             " charge of the agenda across a series of sessions.",
             "Rebuilds trust with people who are wary of services, angry or disengaged, and"
             " helps colleagues to recover relationships that have broken down.",
             "Shapes how the service welcomes people and hands the agenda to them, and reviews"
             " coaching practice across the team against that standard."]),
        ("Use open questions, reflective listening and summaries to help the person explore"
         " what they want to change and why.", [
             "Uses open questions and simple reflections from a prompt sheet, and summarises"
             " what the person said at the end of the session.",
             "Moves fluently between questions, reflections and summaries without a prompt"
             " sheet, so that the person talks more than the coach.",
             "Uses complex reflections to draw out ambivalence and deeper reasons for change,"
             " and gives colleagues specific feedback on their listening.",
             "Teaches coaching conversation skills to coaches and other professionals, and sets"
             " how the service observes and develops them."]),
        ("Agree clear goals with the person in their own words and review progress towards them"
         " together at each contact.", [
             "Records one or two goals the person has chosen, in their words, and checks them at"
             " the next contact.",
             "Agrees specific, realistic goals with each person and reviews and adjusts them at"
             " every contact.",
             "Helps people with several conditions or competing priorities to choose and"
             " sequence their goals, and supports colleagues to do the same.",
             "Leads how the service records and reviews goals, so that goal review drives"
             " coaching decisions across the team."]),
        ("Adapt the pace, length, format and setting of coaching (in person, by telephone, by"
         " video or at home) to the person's needs and preferences.", [
             "Offers the formats the service provides and asks the person which suits them,"
             " checking with a supervisor before changing the usual pattern.",
             "Chooses and changes the format, length and frequency of sessions with each person"
             " as their needs change.",
             "Designs flexible coaching for people who struggle with standard appointments, such"
             " as people with fluctuating conditions or caring responsibilities.",
             "Develops the service's range of formats and makes the case for resources that"
             " widen access to coaching."]),
    ]),
    ("BC", "Behaviour change and motivation", [
        ("Help the person weigh up their reasons for and against change, drawing out their own"
         " motivation rather than persuading them.", [
             "Asks the person what might be good and not so good about changing, and avoids"
             " arguing for change.",
             "Explores ambivalence with each person and reflects their own reasons for change"
             " back to them.",
             "Works skilfully with people who feel stuck, resistant or pressured by others, and"
             " helps colleagues to step back from persuading.",
             "Sets the service's approach to motivation and ensures it is applied consistently"
             " in coaching, training and supervision."]),
        ("Support the person to plan small, achievable steps, and to expect and recover from"
         " setbacks.", [
             "Helps the person write down one small next step and when they will take it.",
             "Builds step-by-step action plans with people and plans ahead with them for likely"
             " obstacles and lapses.",
             "Supports people through repeated setbacks without loss of hope, and helps"
             " colleagues to reframe lapses as part of change.",
             "Develops tools and guidance on action planning and relapse prevention for use"
             " across the network."]),
        ("Build the person's confidence in their ability to manage their own health.", [
             "Notices and names what the person is already doing well and asks how confident"
             " they feel about their next step.",
             "Uses confidence scales, past successes and small wins to build each person's"
             " belief that they can manage their health.",
             "Builds confidence in people with low self-belief or a long history of poor health"
             " experiences, and shares these approaches with colleagues.",
             "Leads work across the service to measure and raise people's confidence in"
             " managing their own health."]),
        ("Choose and apply recognised behaviour change approaches suited to the person, and be"
         " able to explain the choice.", [
             "Describes the main behaviour change approaches used in the service and uses one"
             " with guidance.",
             "Selects a suitable approach for each person and can explain the choice in"
             " supervision.",
             "Combines approaches for people with complex needs and evaluates what worked,"
             " helping colleagues to widen their range.",
             "Keeps the service's use of behaviour change approaches up to date with evidence"
             " and trains others in them."]),
    ]),
    ("PS", "Personalised care, support planning and health literacy", [
        ("Work with the person to write a personalised care and support plan that records what"
         " matters to them, their goals and who will do what.", [
             "Completes the service's care and support plan template with the person, using"
             " their words.",
             "Writes clear, shared care and support plans with each person and updates them as"
             " things change.",
             "Co-ordinates plans for people with several professionals involved, making sure"
             " the plan stays the person's own, and advises colleagues on difficult plans.",
             "Leads the quality of care and support planning across the network, auditing plans"
             " and improving templates and training."]),
        ("Check how the person understands information about their health and present it in a"
         " form they can use.", [
             "Uses plain language, checks understanding by asking the person to explain in their"
             " own words, and offers written information in simple formats.",
             "Adjusts information to each person's health literacy, language and preferences,"
             " routinely using teach-back.",
             "Supports people with low health literacy or complex information, such as new"
             " diagnoses or medicines, and helps colleagues to communicate clearly.",
             "Champions health literacy across the network, reviewing patient information and"
             " training staff."]),
        ("Support the person to use self-management tools, technology and local resources that"
         " fit their circumstances.", [
             "Introduces the self-management tools and resources the service recommends and"
             " shows the person how to start using them.",
             "Matches tools, apps and resources to each person's circumstances, skills and"
             " preferences, and checks whether they help.",
             "Finds workable options for people facing digital exclusion, cost or access"
             " barriers, and keeps colleagues informed about what works.",
             "Evaluates and selects the self-management resources the service offers and"
             " negotiates access to new ones."]),
        ("Help the person prepare for conversations with clinicians and take part in shared"
         " decisions about their care.", [
             "Helps the person write down the questions they want to ask at their next"
             " appointment.",
             "Coaches people to say what matters to them, weigh options and raise concerns with"
             " their clinicians.",
             "Supports people facing difficult decisions about treatment or care, and works"
             " with clinicians to make shared decision-making happen.",
             "Works with clinical leaders to embed shared decision-making and coaching-informed"
             " consultations across the network."]),
        ("Coach people to understand and manage their long-term conditions, such as diabetes,"
         " heart disease or chronic pain, within the limits of a non-clinical role.", [
             "Explains, with support, the basic self-care that common long-term conditions call"
             " for, and knows which questions belong to a clinician.",
             "Coaches people to manage their conditions day to day, linking their goals to the"
             " self-care their clinicians have advised.",
             "Coaches people living with several conditions or frailty, adjusting goals as their"
             " health changes, and guides colleagues on condition-specific coaching.",
             "Develops condition-focused coaching pathways with clinical teams and trains"
             " coaches to deliver them."]),
    ]),
    ("GW", "Working with groups, communities and teams", [
        ("Plan and facilitate group sessions in which people learn from and support each"
         " other.", [
             "Co-facilitates established group sessions with an experienced colleague, following"
             " the session plan.",
             "Plans and runs group sessions independently, managing group dynamics so that"
             " everyone can take part.",
             "Runs groups for people with complex or sensitive needs and handles conflict or"
             " distress within the group, mentoring new facilitators.",
             "Designs group programmes for the network, evaluates their outcomes and trains"
             " facilitators."]),
        ("Connect people with community activities, peer support and other services that"
         " support their goals, working alongside link workers and care coordinators.", [
             "Uses the local directory to suggest community activities and knows when to refer"
             " to a link worker.",
             "Makes timely, well-matched connections to community and peer support, and agrees"
             " clear roles with link workers and care coordinators.",
             "Builds working relationships with community groups and services, and resolves"
             " overlaps between roles in complex cases.",
             "Shapes how the personalised care roles of the network work together and with the"
             " community to support people's health."]),
        ("Work as part of the primary care network's multidisciplinary team, sharing"
         " information appropriately and taking part in case discussions.", [
             "Knows the roles in the practice team, attends team meetings and raises questions"
             " through their supervisor.",
             "Contributes to case discussions and shares relevant information with consent,"
             " making coaching visible to clinical colleagues.",
             "Represents the coaching perspective in complex case discussions and builds"
             " clinicians' understanding of what coaching can offer.",
             "Leads the integration of coaching into the network's pathways and"
             " multidisciplinary working."]),
        ("Reach people who are less likely to seek support, and adapt coaching for different"
         " cultures, languages, abilities and circumstances.", [
             "Recognises that some groups face barriers to coaching and uses interpreters and"
             " accessible materials when needed.",
             "Adapts coaching for people of different cultures, languages, abilities and"
             " circumstances, and follows up people who do not attend.",
             "Works with communities and partners to reach groups the service misses, and helps"
             " colleagues to examine their assumptions.",
             "Uses data on who does and does not benefit from coaching to change how the"
             " service is offered, and reports on inequalities."]),
    ]),
    ("SP", "Safe, accountable and sustainable practice", [
        ("Work within the limits of the coaching role, recognising when a person needs clinical"
         " or specialist help and referring promptly.", [
             "Knows the boundaries of the coaching role and asks a supervisor whenever unsure"
             " whether a concern needs clinical input.",
             "Recognises needs beyond coaching and refers promptly to the right professional,"
             " explaining the boundaries of the role to the person.",
             "Handles situations where boundaries are unclear or tested, and advises colleagues"
             " on holding boundaries.",
             "Sets the service's policies on scope of practice and escalation, and reviews"
             " incidents to improve them."]),
        ("Recognise and act on safeguarding concerns and manage risks to the person and to"
         " themself, following local procedures.", [
             "Knows the signs of abuse and neglect and how to report a concern, and follows"
             " lone-working procedures.",
             "Acts on safeguarding concerns promptly and assesses and manages everyday risks in"
             " coaching, including home visits.",
             "Manages complex safeguarding and risk situations and supports colleagues through"
             " them.",
             "Leads safeguarding and risk practice for coaching in the network and contributes"
             " to local safeguarding arrangements."]),
        ("Keep accurate, timely and confidential records, and handle personal information"
         " lawfully.", [
             "Records sessions on the agreed system using the templates provided and follows"
             " confidentiality rules.",
             "Keeps clear, factual records of every contact on time and shares information only"
             " with consent or a lawful reason.",
             "Handles complex information-sharing decisions and checks the quality of"
             " colleagues' records.",
             "Sets record-keeping and information governance standards for coaching and audits"
             " against them."]),
        ("Measure and report outcomes, such as activation, wellbeing and goal attainment, and"
         " use them to improve practice.", [
             "Collects the outcome measures the service uses, explaining their purpose to the"
             " person.",
             "Uses outcome measures with each person to review progress and reflects on their"
             " own results in supervision.",
             "Analyses outcomes across a caseload or group to improve coaching, and helps"
             " colleagues to interpret their figures.",
             "Leads the evaluation of the coaching service and reports its impact to the network"
             " and commissioners."]),
        ("Look after their own wellbeing, use supervision well and keep coaching skills current"
         " through reflective practice.", [
             "Attends supervision, keeps a simple learning log and notices when work is"
             " affecting their wellbeing.",
             "Uses supervision and reflection to develop their practice, manages their workload"
             " and takes action to stay well.",
             "Supports the wellbeing and reflective practice of colleagues, for example through"
             " peer supervision.",
             "Creates a culture in which coaches look after themselves and one another, and"
             " leads supervision arrangements for the service."]),
    ]),
]

# code: (title, order, {competency: level}); a competency left out is not required.
TRAINEE_LEAVES_OUT = {"BC.4", "PS.5", "GW.1", "GW.3", "SP.4"}
STAGES = [
    ("TRAINEE_COACH", "Trainee health and wellbeing coach"),
    ("COACH", "Health and wellbeing coach"),
    ("SENIOR_COACH", "Senior health and wellbeing coach"),
    ("LEAD_COACH", "Lead health and wellbeing coach"),
]


def requirements(codes):
    trainee = {c: 1 for c in codes if c not in TRAINEE_LEAVES_OUT}
    coach = {c: (1 if c in {"BC.4", "GW.1", "SP.4"} else 2) for c in codes}
    senior = {c: (2 if c in {"CO.4", "PS.3", "GW.3", "SP.3"} else 3) for c in codes}
    lead = {c: (4 if c in {"CO.2", "BC.1", "PS.1", "GW.1", "GW.4", "SP.4", "SP.5"} else 3)
            for c in codes}
    return [trainee, coach, senior, lead]


CODE_TITLE = "Code of Practice for Health and Wellbeing Coaches"
CODE_DESCRIPTION = (
    "The standards of conduct expected of every health and wellbeing coach, each with the"
    " behaviours that show it in practice and the competencies of the Health and Wellbeing Coach"
    " Competency Framework that provide evidence of it. Coaches declare each year that they have"
    " read the code and practise in line with it.")
STANDARDS = [
    ("Let the person lead", "Coaching starts from what the person wants for their own health,"
     " not from what the coach or the service thinks they should do.", [
         "Let the person choose what each conversation is about.",
         "Record goals in the person's own words.",
         "Respect a decision not to change, or not yet, without withdrawing support."],
     ["CO.1", "CO.3", "BC.1"]),
    ("Be clear about what coaching is", "People should know what a coach can offer, what"
     " happens to what they share and where coaching ends.", [
         "Explain the coaching role and its limits at the first contact.",
         "Agree with the person how and when coaching will end.",
         "Give no clinical advice beyond the role; refer instead."],
     ["SP.1", "PS.4", "PS.5"]),
    ("Keep people safe", "A coach notices risk and acts on it, for the person, for others and"
     " for themself.", [
         "Raise safeguarding concerns promptly through local procedures.",
         "Tell the person's clinician when coaching reveals a change in their health that needs"
         " attention.",
         "Follow lone-working and risk procedures on every visit."],
     ["SP.2", "SP.1"]),
    ("Protect people's information", "What people share with a coach is theirs: it is recorded"
     " carefully and shared only when it should be.", [
         "Share information only with consent or where the law requires it.",
         "Keep records accurate, factual and up to date.",
         "Store personal information only in approved systems."],
     ["SP.3", "GW.3"]),
    ("Treat everyone fairly", "Coaching is offered and adapted so that the people who could"
     " benefit most are not the ones left out.", [
         "Adapt coaching for language, culture, disability and health literacy.",
         "Notice and challenge assumptions about who is able to change.",
         "Make extra effort to reach people who are less likely to take up support."],
     ["GW.4", "PS.2", "GW.2"]),
    ("Keep learning and stay well", "Coaches are only as good as the attention they can give:"
     " they keep their skills current and look after themselves.", [
         "Use regular supervision to reflect on practice.",
         "Keep a record of learning and of how it changes practice.",
         "Notice signs of strain in yourself and ask for support early."],
     ["SP.5", "SP.4", "BC.4"]),
]


def ident():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def link(kind, identifier, title):
    return {"title": title, "identifier": identifier, "uri": BASE + kind + "/" + identifier}


def document(identifier, title, description, framework_type):
    return {"identifier": identifier, "uri": BASE + "CFDocuments/" + identifier,
            "creator": "Trellis", "title": title, "lastChangeDateTime": CHANGED, "version": "1",
            "description": description, "language": "en-GB", "adoptionStatus": "Adopted",
            "frameworkType": framework_type, "publisher": "Trellis"}


def item_type(identifier, title, description, hierarchy):
    return {"identifier": identifier, "uri": BASE + "CFItemTypes/" + identifier, "title": title,
            "description": description, "hierarchyCode": hierarchy, "lastChangeDateTime": CHANGED}


def item(identifier, statement, code, kind, position, notes=None):
    value = {"identifier": identifier, "uri": BASE + "CFItems/" + identifier,
             "fullStatement": statement, "humanCodingScheme": code, "CFItemType": kind[0],
             "CFItemTypeURI": link("CFItemTypes", kind[1], kind[0]),
             "listEnumeration": str(position), "language": "en-GB",
             "lastChangeDateTime": CHANGED}
    if notes:
        value["notes"] = notes
    return value


def association(kind, origin, destination, sequence=None):
    identifier = ident()
    value = {"identifier": identifier, "uri": BASE + "CFAssociations/" + identifier,
             "associationType": kind, "originNodeURI": origin, "destinationNodeURI": destination}
    if sequence is not None:
        value["sequenceNumber"] = sequence
    value["lastChangeDateTime"] = CHANGED
    return value


def definitions(types):
    return {"CFItemTypes": types, "CFConcepts": [], "CFSubjects": [], "CFLicenses": [],
            "CFAssociationGroupings": []}


def write(name, content):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        out.write(json.dumps(content, indent=2, ensure_ascii=False) + "\n")


def main():
    framework_id = ident()
    domain_type = (("Domain", ident()))
    competency_type = (("Competency", ident()))
    rubric_id = ident()
    framework_link = link("CFDocuments", framework_id, TITLE)
    items, associations, criteria = [], [], []
    competencies = {}  # code -> identifier
    for d, (domain_code, domain_title, statements) in enumerate(DOMAINS, start=1):
        domain_id = ident()
        items.append(item(domain_id, domain_title, domain_code, domain_type, d))
        associations.append(association("isChildOf", link("CFItems", domain_id, domain_code),
                                        framework_link, d))
        for c, (statement, descriptors) in enumerate(statements, start=1):
            code = f"{domain_code}.{c}"
            competency_id = ident()
            competencies[code] = competency_id
            items.append(item(competency_id, statement, code, competency_type, c))
            associations.append(association("isChildOf", link("CFItems", competency_id, code),
                                            link("CFItems", domain_id, domain_code), c))
            criterion_id = ident()
            levels = []
            for number, (name, text) in enumerate(zip(LEVELS, descriptors), start=1):
                level_id = ident()
                levels.append({"identifier": level_id,
                               "uri": BASE + "CFRubricCriterionLevels/" + level_id,
                               "description": text, "quality": name, "score": number,
                               "position": number, "rubricCriterionId": criterion_id,
                               "lastChangeDateTime": CHANGED})
            criteria.append({"identifier": criterion_id,
                             "uri": BASE + "CFRubricCriteria/" + criterion_id,
                             "category": "Competency", "description": code,
                             "CFItemURI": link("CFItems", competency_id, code),
                             "position": len(criteria) + 1, "rubricId": rubric_id,
                             "lastChangeDateTime": CHANGED, "CFRubricCriterionLevels": levels})
    package = {
        "CFDocument": document(framework_id, TITLE, DESCRIPTION, "Competency framework"),
        "CFItems": items,
        "CFAssociations": associations,
        "CFDefinitions": definitions([
            item_type(domain_type[1], "Domain",
                      "A group of related competencies within the framework.", "domain"),
            item_type(competency_type[1], "Competency",
                      "One statement of what a health and wellbeing coach can do, described at"
                      " each level of the framework.", "competency")]),
        "CFRubrics": [{"identifier": rubric_id, "uri": BASE + "CFRubrics/" + rubric_id,
                       "title": "HWBC levels",
                       "description": "The four levels of the Health and Wellbeing Coach"
                                      " Competency Framework (1 Developing, 2 Skilled,"
                                      " 3 Advanced, 4 Leading), with a descriptor of each"
                                      " competency at each level.",
                       "lastChangeDateTime": CHANGED, "CFRubricCriteria": criteria}],
    }

    code_id = ident()
    standard_type = ("Standard", ident())
    behaviour_type = ("Behaviour", ident())
    code_link = link("CFDocuments", code_id, CODE_TITLE)
    code_items, code_associations = [], []
    for s, (title, notes, behaviours, evidenced_by) in enumerate(STANDARDS, start=1):
        standard_code = f"HC.{s}"
        standard_id = ident()
        code_items.append(item(standard_id, title, standard_code, standard_type, s, notes))
        code_associations.append(association(
            "isChildOf", link("CFItems", standard_id, standard_code), code_link, s))
        for b, text in enumerate(behaviours, start=1):
            behaviour_code = f"{standard_code}.{'abcdefgh'[b - 1]}"
            behaviour_id = ident()
            code_items.append(item(behaviour_id, text, behaviour_code, behaviour_type, b))
            code_associations.append(association(
                "isChildOf", link("CFItems", behaviour_id, behaviour_code),
                link("CFItems", standard_id, standard_code), b))
        for r, competency in enumerate(evidenced_by, start=1):
            code_associations.append(association(
                "isRelatedTo", link("CFItems", standard_id, standard_code),
                link("CFItems", competencies[competency], competency), r))
    code_associations.append(association("isRelatedTo", code_link, framework_link))
    code = {
        "CFDocument": document(code_id, CODE_TITLE, CODE_DESCRIPTION, "Code of practice"),
        "CFItems": code_items,
        "CFAssociations": code_associations,
        "CFDefinitions": definitions([
            item_type(standard_type[1], "Standard",
                      "A standard of conduct that every health and wellbeing coach is expected"
                      " to meet.", "standard"),
            item_type(behaviour_type[1], "Behaviour",
                      "An expected behaviour that shows a standard being met in practice.",
                      "behaviour")]),
        "CFRubrics": [],
    }

    codes = list(competencies)
    profile = {
        "format": "trellis-framework-profile/1",
        "framework": {"document": framework_id, "code": "HWBC", "current": True,
                      "currencyYears": 3, "evidenceThreshold": 2},
        "codeOfPractice": {"document": code_id},
        "stages": [{"identifier": ident(), "code": stage_code, "title": stage_title,
                    "order": order, "requirements": required}
                   for order, ((stage_code, stage_title), required)
                   in enumerate(zip(STAGES, requirements(codes)), start=1)],
    }
    write("hwbc-1.case.json", package)
    write("hwbc-code-of-practice-1.case.json", code)
    write("hwbc-1.trellis.json", profile)
    print(f"{len(DOMAINS)} domains, {len(codes)} competencies, {len(STANDARDS)} standards,"
          f" {len(STAGES)} stages -> {OUT}")


if __name__ == "__main__":
    main()
