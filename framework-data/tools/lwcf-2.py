#!/usr/bin/env python3
"""Writes version 2 of the Link Worker Competency Framework (framework/lwcf-2.case.json) from
version 1 (framework/lwcf-1.case.json), as a CASE 1.1 package of the same shape.

What changes from version 1 is set out in CHANGES below and in framework-data/README.md. Every
identifier in version 2 is new and deterministic: a UUID version 5 in NAMESPACE of the version 1
identifier followed by "/v2" for what version 2 carries over, or of a name ("lwcf-2/...") for what
is new. Running it again gives the same bytes. Standard library only:

    python3 framework-data/tools/lwcf-2.py

Version 2 is not in the data set manifest: the steward imports it through the application.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
FRAMEWORK = os.path.join(HERE, "..", "src", "main", "resources", "org", "linkworker", "trellis",
                         "data", "framework")
SOURCE = os.path.join(FRAMEWORK, "lwcf-1.case.json")
OUT = os.path.join(FRAMEWORK, "lwcf-2.case.json")

NAMESPACE = uuid.UUID("b7a35e0c-51d4-4f0e-9c2a-3e8d6f1b24c7")
BASE = "https://trellis.linkworker.org/ims/case/v1p1/"
CHANGED = "2026-11-30T00:00:00+00:00"
LANGUAGE = "en-GB"
LEVELS = ["Foundation", "Practitioner", "Experienced", "Leading"]

DESCRIPTION = (
    "What social prescribing link workers in UK primary care are expected to be able to do, set"
    " out as competencies in eight domains, each described at four levels from Foundation to"
    " Leading. Version 2 revises version 1: conversations by telephone and video (CR.3) and writing"
    " and text messages (new CR.7) are now separate competencies; keeping records and using digital"
    " systems are one competency (DI.1, so DI.6 is no longer used); supervising and mentoring other"
    " link workers has moved from Working in teams and systems (TS.6) to Looking after yourself"
    " (LY.6); using population health and inequalities data to target support is new (DI.7); and"
    " identifying gaps in community provision (CC.5) has been retired. A code that version 2 no"
    " longer uses is not given to anything else."
)

# Competencies whose statement and descriptors version 2 writes afresh. Each descriptor list is
# Foundation, Practitioner, Experienced, Leading.
WRITTEN = {
    "CR.3": (
        "Hold confident, effective conversations by telephone and video call as well as face to"
        " face, recognising what each way of talking allows.",
        [
            "Carries out routine telephone and video contacts following service guidance, checking"
            " who they are speaking to and that the person can talk freely.",
            "Chooses between a telephone call, a video call and meeting in person to suit each"
            " person and purpose, and builds rapport without the cues of a face-to-face meeting.",
            "Handles sensitive and difficult conversations well at a distance, noticing when a call"
            " is not enough and arranging to meet instead.",
            "Sets the service's approach to remote conversations, including guidance, training and"
            " the safe introduction of new video tools.",
        ],
    ),
    "CR.7": (
        "Write clear, accurate and accessible letters, emails and text messages to the people they"
        " support and to colleagues.",
        [
            "Writes routine letters, emails and text messages using the service's templates, and"
            " asks for them to be checked when unsure.",
            "Writes in plain English suited to each reader, and knows what may and may not be sent"
            " by text message or email.",
            "Handles sensitive matters well in writing, including replies to complaints and"
            " distressing messages, and helps colleagues to improve their writing.",
            "Writes the service's guidance and templates for letters and messages, covering"
            " consent, tone and the safe use of messaging tools.",
        ],
    ),
    "DI.1": (
        "Keep accurate, timely and appropriate records of contacts, plans and outcomes, using the"
        " service's digital systems safely and effectively.",
        [
            "Records contacts promptly on the right system using the agreed codes, and uses the"
            " record system and other digital tools needed for daily work, with guidance where"
            " needed.",
            "Keeps clear, factual and complete records that others can rely on, and uses digital"
            " systems confidently and securely, sharing information only as agreed and allowed.",
            "Checks the quality of records, helps colleagues to improve theirs and to get the most"
            " from the systems, and spots recording that could cause confusion or harm.",
            "Sets recording standards for the service and leads the choice and improvement of its"
            " digital systems, auditing how well both are followed and keeping digital inclusion in"
            " view.",
        ],
    ),
    "DI.7": (
        "Use local population health and inequalities data to find people who could benefit from"
        " social prescribing and to target support towards them.",
        [
            "Knows where to find the population health and inequalities data the service uses and"
            " what the main measures say about the local area.",
            "Uses practice and local data, such as deprivation measures and registers of long-term"
            " conditions, to find groups who could benefit and plans proactive contact with them.",
            "Combines data with knowledge of the community to see who is missing from the service,"
            " works with the practice team to reach them and is clear about what the data cannot"
            " show.",
            "Leads the service's use of population health data with partners, shaping where link"
            " working is targeted and checking whether it narrows inequalities.",
        ],
    ),
    # Moved from TS.6: a reworded statement, the descriptors of version 1.
    "LY.6": (
        "Support other link workers to develop and to stay well in the role, through mentoring,"
        " supervision and sharing practice.",
        None,
    ),
}

# Version 2's competencies, domain by domain, in order: (v2 code, v1 code it is made from or None).
# Codes that version 2 drops (CC.5, DI.6, TS.6) are not reused, so a code is no longer always its
# position in the domain.
ORDER = {
    "PC": [("PC.%d" % n, "PC.%d" % n) for n in range(1, 7)],
    "CR": [("CR.%d" % n, "CR.%d" % n) for n in range(1, 7)] + [("CR.7", None)],
    "CC": [("CC.1", "CC.1"), ("CC.2", "CC.2"), ("CC.3", "CC.3"), ("CC.4", "CC.4"),
           ("CC.6", "CC.6")],
    "HI": [("HI.%d" % n, "HI.%d" % n) for n in range(1, 6)],
    "SE": [("SE.%d" % n, "SE.%d" % n) for n in range(1, 7)],
    "TS": [("TS.%d" % n, "TS.%d" % n) for n in range(1, 6)],
    "DI": [("DI.1", "DI.1"), ("DI.2", "DI.2"), ("DI.3", "DI.3"), ("DI.4", "DI.4"),
           ("DI.5", "DI.5"), ("DI.7", None)],
    "LY": [("LY.%d" % n, "LY.%d" % n) for n in range(1, 6)] + [("LY.6", "TS.6")],
}

# The links from version 2 back to version 1: (type, v2 code, v1 code). exactMatchOf runs from the
# version 2 item to the version 1 item; replacedBy from the version 1 item to the version 2 item.
# Competencies carried over unchanged get an exactMatchOf of their own (see links()).
CHANGES = [
    ("exactMatchOf", "CR.3", "CR.3"),  # split: telephone and video
    ("exactMatchOf", "CR.7", "CR.3"),  # split: writing and text messages
    ("exactMatchOf", "DI.1", "DI.1"),  # merge: records
    ("exactMatchOf", "DI.1", "DI.6"),  # merge: digital systems
    ("replacedBy", "LY.6", "TS.6"),    # moved and reworded
]
NEW = {"CR.7", "DI.7"}                 # no association to version 1
RETIRED = {"CC.5"}                     # no successor, no association


def new_id(name):
    return str(uuid.uuid5(NAMESPACE, name))


def carried_id(v1_identifier):
    return new_id(v1_identifier + "/v2")


def uri(kind, identifier):
    return BASE + kind + "/" + identifier


def link(title, identifier, kind):
    return {"title": title, "identifier": identifier, "uri": uri(kind, identifier)}


def item_link(item):
    return link(item["humanCodingScheme"], item["identifier"], "CFItems")


def association(identifier, kind, origin, destination, sequence=None):
    result = {
        "identifier": identifier,
        "uri": uri("CFAssociations", identifier),
        "associationType": kind,
        "originNodeURI": origin,
        "destinationNodeURI": destination,
    }
    if sequence is not None:
        result["sequenceNumber"] = sequence
    result["lastChangeDateTime"] = CHANGED
    return result


def main():
    with open(SOURCE, encoding="utf-8") as source:
        v1 = json.load(source)

    v1_items = {item["humanCodingScheme"]: item for item in v1["CFItems"]}
    v1_rubric = v1["CFRubrics"][0]
    v1_criteria = {c["CFItemURI"]["identifier"]: c for c in v1_rubric["CFRubricCriteria"]}
    v1_parents = {a["originNodeURI"]["identifier"]: a for a in v1["CFAssociations"]
                  if a["associationType"] == "isChildOf"}
    check_plan(v1_items)

    v1_document = v1["CFDocument"]
    document = dict(v1_document)
    document.update({
        "identifier": new_id("lwcf-2"),
        "lastChangeDateTime": CHANGED,
        "version": "2",
        "description": DESCRIPTION,
        "adoptionStatus": "Draft",
    })
    document["uri"] = uri("CFDocuments", document["identifier"])
    document_link = link(document["title"], document["identifier"], "CFDocuments")

    item_types = []
    type_links = {}
    for v1_type in v1["CFDefinitions"]["CFItemTypes"]:
        item_type = dict(v1_type)
        item_type["identifier"] = carried_id(v1_type["identifier"])
        item_type["uri"] = uri("CFItemTypes", item_type["identifier"])
        item_type["lastChangeDateTime"] = CHANGED
        item_types.append(item_type)
        type_links[item_type["title"]] = link(item_type["title"], item_type["identifier"],
                                              "CFItemTypes")

    rubric_id = carried_id(v1_rubric["identifier"])
    items, children, criteria = [], [], []
    v2_items = {}
    for domain_position, (domain_code, competencies) in enumerate(ORDER.items(), start=1):
        v1_domain = v1_items[domain_code]
        domain = make_item(carried_id(v1_domain["identifier"]), v1_domain["fullStatement"],
                           domain_code, "Domain", domain_position, type_links)
        items.append(domain)
        v2_items[domain_code] = domain
        # A domain hangs off the document in both versions: its isChildOf is version 1's, carried.
        children.append(association(carried_id(v1_parents[v1_domain["identifier"]]["identifier"]),
                                    "isChildOf", item_link(domain), document_link,
                                    domain_position))
        for position, (code, v1_code) in enumerate(competencies, start=1):
            v1_item = v1_items[v1_code] if v1_code else None
            statement, descriptors = WRITTEN.get(code, (None, None))
            v1_criterion = v1_criteria[v1_item["identifier"]] if v1_item else None
            if descriptors is None:
                descriptors = [level["description"]
                               for level in sorted(v1_criterion["CFRubricCriterionLevels"],
                                                   key=lambda level: level["score"])]
            competency = make_item(
                carried_id(v1_item["identifier"]) if v1_item else new_id("lwcf-2/item/" + code),
                statement or v1_item["fullStatement"], code, "Competency", position, type_links)
            items.append(competency)
            v2_items[code] = competency
            # Under the same domain as in version 1, the isChildOf is version 1's, carried; a new
            # or moved competency's is new.
            v1_child = v1_parents[v1_item["identifier"]] if v1_item else None
            same_parent = (v1_child is not None and v1_child["destinationNodeURI"]["identifier"]
                           == v1_domain["identifier"])
            children.append(association(
                carried_id(v1_child["identifier"]) if same_parent
                else new_id("lwcf-2/isChildOf/" + code),
                "isChildOf", item_link(competency), item_link(domain), position))
            criteria.append(make_criterion(competency, v1_criterion, descriptors,
                                           len(criteria) + 1, rubric_id))

    links = []
    for kind, code, v1_code in cross_version(v2_items, v1_items):
        v1_link = item_link(v1_items[v1_code])
        v2_link = item_link(v2_items[code])
        origin, destination = (v2_link, v1_link) if kind == "exactMatchOf" else (v1_link, v2_link)
        name = "lwcf-2/%s/%s/%s" % (kind, origin["title"], destination["title"])
        links.append(association(new_id(name), kind, origin, destination))

    rubric = dict(v1_rubric)
    rubric.update({
        "identifier": rubric_id,
        "uri": uri("CFRubrics", rubric_id),
        "lastChangeDateTime": CHANGED,
        "CFRubricCriteria": criteria,
    })
    package = {
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": children + links,
        "CFDefinitions": {
            "CFItemTypes": item_types,
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": [],
            "CFAssociationGroupings": [],
        },
        "CFRubrics": [rubric],
    }
    check_unique(package, v1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    competencies = sum(len(c) for c in ORDER.values())
    print("wrote %s: %d domains, %d competencies, %d associations (%d to version 1)"
          % (os.path.relpath(OUT), len(ORDER), competencies, len(children) + len(links),
             len(links)))


def make_item(identifier, statement, code, item_type, position, type_links):
    return {
        "identifier": identifier,
        "uri": uri("CFItems", identifier),
        "fullStatement": statement,
        "humanCodingScheme": code,
        "CFItemType": item_type,
        "CFItemTypeURI": type_links[item_type],
        "listEnumeration": str(position),
        "language": LANGUAGE,
        "lastChangeDateTime": CHANGED,
    }


def make_criterion(competency, v1_criterion, descriptors, position, rubric_id):
    code = competency["humanCodingScheme"]
    identifier = (carried_id(v1_criterion["identifier"]) if v1_criterion
                  else new_id("lwcf-2/criterion/" + code))
    v1_levels = ({level["score"]: level for level in v1_criterion["CFRubricCriterionLevels"]}
                 if v1_criterion else {})
    levels = []
    for score, (quality, description) in enumerate(zip(LEVELS, descriptors), start=1):
        level_id = (carried_id(v1_levels[score]["identifier"]) if score in v1_levels
                    else new_id("lwcf-2/level/%s/%d" % (code, score)))
        levels.append({
            "identifier": level_id,
            "uri": uri("CFRubricCriterionLevels", level_id),
            "description": description,
            "quality": quality,
            "score": score,
            "position": score,
            "rubricCriterionId": identifier,
            "lastChangeDateTime": CHANGED,
        })
    return {
        "identifier": identifier,
        "uri": uri("CFRubricCriteria", identifier),
        "category": "Competency",
        "description": code,
        "CFItemURI": item_link(competency),
        "position": position,
        "rubricId": rubric_id,
        "lastChangeDateTime": CHANGED,
        "CFRubricCriterionLevels": levels,
    }


def cross_version(v2_items, v1_items):
    """The associations to version 1, in framework order: CHANGES, plus exactMatchOf for every
    competency carried over unchanged (same code in both, not rewritten)."""
    changed = {code for _, code, _ in CHANGES}
    result = []
    for competencies in ORDER.values():
        for code, v1_code in competencies:
            if code in changed:
                result.extend(change for change in CHANGES if change[1] == code)
            elif code not in NEW:
                assert code == v1_code and code not in WRITTEN, code
                result.append(("exactMatchOf", code, v1_code))
    return result


def check_plan(v1_items):
    """Every version 1 competency is accounted for exactly once: carried, changed or retired."""
    v1_competencies = {code for code, item in v1_items.items()
                       if item["CFItemType"] == "Competency"}
    used = {v1 for competencies in ORDER.values() for _, v1 in competencies if v1}
    used |= {v1 for _, _, v1 in CHANGES}
    missing = v1_competencies - used - RETIRED
    unknown = (used | RETIRED) - v1_competencies
    if missing or unknown or used & RETIRED:
        raise SystemExit("plan does not cover version 1: missing %s, unknown %s, retired but"
                         " used %s" % (sorted(missing), sorted(unknown), sorted(used & RETIRED)))
    for code in WRITTEN:
        if not any(code == c for competencies in ORDER.values() for c, _ in competencies):
            raise SystemExit("%s is written but not placed" % code)


def check_unique(package, v1):
    """No identifier is used twice in version 2, and none is one of version 1's."""
    def identifiers(pkg):
        found = [pkg["CFDocument"]["identifier"]]
        found += [i["identifier"] for i in pkg["CFItems"]]
        found += [a["identifier"] for a in pkg["CFAssociations"]]
        found += [t["identifier"] for t in pkg["CFDefinitions"]["CFItemTypes"]]
        for rubric in pkg["CFRubrics"]:
            found.append(rubric["identifier"])
            for criterion in rubric["CFRubricCriteria"]:
                found.append(criterion["identifier"])
                found += [level["identifier"] for level in criterion["CFRubricCriterionLevels"]]
        return found
    mine = identifiers(package)
    if len(mine) != len(set(mine)):
        raise SystemExit("an identifier is used twice in version 2")
    shared = set(mine) & set(identifiers(v1))
    if shared:
        raise SystemExit("version 2 reuses version 1 identifiers: %s" % sorted(shared))


if __name__ == "__main__":
    main()
