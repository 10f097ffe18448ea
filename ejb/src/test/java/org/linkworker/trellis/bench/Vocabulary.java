package org.linkworker.trellis.bench;

import java.util.List;
import java.util.Map;

/**
 * The words the national dataset is made of: invented names and places, course topics by domain,
 * and the sentences of reflections and supervisors' notes. Nothing here is anyone's real record.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> FIRST_NAMES =
      List.of(
          "Aisha",
          "Ben",
          "Chloe",
          "Daniel",
          "Efua",
          "Farah",
          "George",
          "Hannah",
          "Imran",
          "Jess",
          "Kwame",
          "Laura",
          "Mohammed",
          "Niamh",
          "Owen",
          "Parveen",
          "Quinn",
          "Rachel",
          "Samir",
          "Tara",
          "Usman",
          "Vicky",
          "Wes",
          "Yasmin",
          "Zoe",
          "Adam",
          "Bethan",
          "Callum",
          "Deepa",
          "Ellie",
          "Femi",
          "Gemma",
          "Harpreet",
          "Isla",
          "Jamal",
          "Kirsty",
          "Liam",
          "Maya",
          "Nadia",
          "Oliver",
          "Priti",
          "Rhys",
          "Sophie",
          "Tom",
          "Uma",
          "Vikram",
          "Will",
          "Amara",
          "Bola",
          "Ciara",
          "Dev",
          "Erin",
          "Finn",
          "Grace",
          "Hamza",
          "Ifeoma",
          "Jack",
          "Kerry",
          "Lucy",
          "Marcus");

  static final List<String> LAST_NAMES =
      List.of(
          "Ahmed",
          "Baker",
          "Campbell",
          "Davies",
          "Evans",
          "Fraser",
          "Green",
          "Hughes",
          "Iqbal",
          "Jones",
          "Khan",
          "Lewis",
          "Morgan",
          "Nolan",
          "Okoro",
          "Patel",
          "Quigley",
          "Roberts",
          "Singh",
          "Taylor",
          "Usher",
          "Vaughan",
          "Walker",
          "Young",
          "Adeyemi",
          "Bell",
          "Chowdhury",
          "Doyle",
          "Ellis",
          "Foster",
          "Gill",
          "Hussain",
          "Ince",
          "Jackson",
          "Kaur",
          "Lloyd",
          "Mensah",
          "Nair",
          "Owusu",
          "Price",
          "Reid",
          "Shah",
          "Thomas",
          "Underwood",
          "Varma",
          "Wood",
          "Yates",
          "Ali",
          "Brown",
          "Clarke",
          "Dixon",
          "Edwards",
          "Fox",
          "Grant",
          "Hall",
          "Islam",
          "Johal",
          "Kelly",
          "Murray",
          "Noor");

  static final List<String> PLACES =
      List.of(
          "Ashby",
          "Brackenfield",
          "Castlegate",
          "Dunmore",
          "Eastholme",
          "Fernbridge",
          "Greystoke",
          "Hollinwood",
          "Ivybridge Vale",
          "Kingsmead",
          "Larchfield",
          "Millbrook",
          "Northwold",
          "Oakhurst",
          "Penrose",
          "Queensbury",
          "Redcliffe",
          "Stonebridge",
          "Thornbury",
          "Upton",
          "Valebrook",
          "Westmoor",
          "Yarrow",
          "Abbeyfield",
          "Birchwood",
          "Coldharbour",
          "Deanbrook",
          "Elmstead",
          "Fairholme",
          "Glenfield",
          "Harrowgate",
          "Kirkby Moor",
          "Lowfield",
          "Marshside",
          "Newhaven Park",
          "Orchard Hill",
          "Parkside",
          "Riverside North",
          "Saltmarsh",
          "Tanners Green",
          "Underhill",
          "Wellgate",
          "Ashworth",
          "Brookvale",
          "Cranfield",
          "Dalesworth",
          "Eskdale",
          "Foxhill");

  static final List<String> PLACE_QUARTERS =
      List.of("", " North", " South", " East", " West", " Central", " and District");

  static final List<String> EMPLOYER_KINDS =
      List.of(
          "Primary Care Network",
          "Primary Care Network",
          "Primary Care Network",
          "Health Partnership",
          "Community Voluntary Service",
          "Social Prescribing Service");

  static final List<String> PROVIDER_FIRST =
      List.of(
          "Community",
          "Northern",
          "Southern",
          "Open",
          "Wellbeing",
          "Practice",
          "Connected",
          "Coastal",
          "Midlands",
          "Valley",
          "City",
          "Rural",
          "Pennine",
          "Thames",
          "Moorland");

  static final List<String> PROVIDER_SECOND =
      List.of(
          "Learning Partnership",
          "Wellbeing Academy",
          "Training Collective",
          "Skills Institute",
          "College of Personalised Care",
          "Social Prescribing School",
          "CPD Network");

  static final List<String> ACCREDITATIONS =
      List.of(
          "Personalised Care Institute",
          "National Association of Link Workers",
          "CPD Certification Service",
          "Royal Society for Public Health");

  /** Course and CPD topics by domain code; the first is the domain's broadest. */
  static final Map<String, List<String>> TOPICS =
      Map.of(
          "PC",
              List.of(
                  "person-centred conversations",
                  "personalised care and support planning",
                  "health coaching skills",
                  "building trust over several contacts"),
          "CR",
              List.of(
                  "active listening",
                  "accessible communication",
                  "managing conflict calmly",
                  "explaining social prescribing"),
          "CC",
              List.of(
                  "mapping community assets",
                  "working with the voluntary sector",
                  "checking community groups are safe",
                  "finding a way through housing and benefits"),
          "HI",
              List.of(
                  "health inequalities in practice",
                  "reaching people less likely to ask",
                  "trauma-informed practice",
                  "reasonable adjustments"),
          "SE",
              List.of(
                  "safeguarding adults and children",
                  "boundaries of the link worker role",
                  "recognising and responding to risk",
                  "information governance"),
          "TS",
              List.of(
                  "working in the multidisciplinary team",
                  "managing referrals",
                  "caseload management",
                  "supervising and mentoring link workers"),
          "DI",
              List.of(
                  "recording contacts well",
                  "measuring wellbeing outcomes",
                  "telling the story of impact",
                  "using evidence in practice"),
          "LY",
              List.of(
                  "looking after your own wellbeing",
                  "making the most of supervision",
                  "sustainable workloads",
                  "peer support networks"));

  static final List<String> COURSE_FORMS =
      List.of(
          "Introduction to %s",
          "%s in practice",
          "Advanced %s",
          "%s: a practical day",
          "Foundations of %s",
          "%s masterclass");

  static final List<String> SHADOWED =
      List.of(
          "practice nurse",
          "community mental health worker",
          "housing officer",
          "debt adviser",
          "health and wellbeing coach",
          "care coordinator",
          "senior link worker",
          "volunteer centre manager");

  static final List<String> WHAT =
      List.of(
          "I took part with colleagues and we worked through anonymised situations from our"
              + " caseloads.",
          "I worked through the material over two evenings and made notes on what applied to my"
              + " role.",
          "We discussed a person I had been supporting for several months and what had stalled.",
          "I spent the day alongside a colleague from another service and asked about their"
              + " referrals.",
          "I read the guidance and compared it with how our service works today.",
          "I presented a case to the group and listened to how others would have approached it.");

  static final List<String> LEARNED =
      List.of(
          "That short, regular check-ins keep people engaged better than one long appointment.",
          "How much a warm handover to a community group matters compared with a leaflet.",
          "That I had been filling silences rather than giving the person time to think.",
          "Where the limits of my role are when someone discloses a risk.",
          "How to record the person's own words for their goals, not my summary of them.",
          "That several local groups had closed since I last checked the directory.");

  static final List<String> CHANGE =
      List.of(
          "I now open every first meeting by asking what a good week would look like.",
          "I check a group is still running, and safe, before I suggest it.",
          "I book my own supervision in advance instead of waiting to be asked.",
          "I agree a review date with the person at the end of each plan.",
          "I share what I learned at our next team meeting.",
          "I keep a list of contacts in other services and update it monthly.");

  static final List<String> VERIFY_NOTES =
      List.of(
          "Good reflection, thank you.",
          "Well evidenced; worth sharing with the team.",
          "Agreed, this shows the level claimed.",
          "Thank you: let us pick this up in supervision.");

  static final List<String> RETURN_REASONS =
      List.of(
          "Please add what you will do differently in your practice.",
          "The level claimed needs more evidence: add an example from your caseload.",
          "Please attach the certificate or say where it can be found.",
          "The hours look high for this activity: please check them.");

  static final List<String> DECLARATION_STATEMENTS =
      List.of(
          "I have read the code of practice and discussed it in supervision.",
          "Read and discussed with my team.",
          "");
}
