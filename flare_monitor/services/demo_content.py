"""The text and numbers of the demo database (see `demo.py`, which turns them into rows).

Modelled on the seed documents: the BRIDGE project (ILO / US Department of Labor) in Uzbekistan, Peru,
Nepal, Mongolia and Pakistan, with the Balochistan training-needs assessment, manual, pilot training
(Quetta, March 2024) and the training of 40 officers on 16-17 April 2024; and the FLARE project in East
and South-East Asia with the Nanning workshop for 34 labour inspectors (24-25 April 2014).

Everything else (people, most activities, targets and reported values) is invented for the demo.
Personal names are combinations of common given names and family names, not real people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

D = date

# --------------------------------------------------------------------------- projects


PROJECTS = [
    {
        "code": "BRIDGE",
        "title": "From Protocol to Practice: A Bridge to Global Action on Forced Labour",
        "donor": "United States Department of Labor",
        "grant_number": "IL-27592-15-75-K",
        "start_date": D(2015, 12, 1),
        "end_date": D(2026, 12, 31),
        "currency": "USD",
        "calendar": "fiscal",
        "fiscal_year_start_month": 10,
        "description": (
            "Global ILO project supporting the ratification and application of the 2014 Protocol to the "
            "Forced Labour Convention (P29) and Recommendation No. 203. Strategies: promote ratification "
            "of P29; improve national policies and legislation; research and knowledge; strengthen the "
            "capacity of employers' and workers' organizations; support to victims of forced labour. "
            "Active in Uzbekistan, Peru, Nepal, Mongolia and Pakistan."
        ),
        "countries": ["UZ", "PE", "NP", "MN", "PK"],
        "levels": ["Long-term outcome", "Medium-term outcome", "Short-term outcome", "Output"],
        # What a USDOL Technical Progress Report's cover asks; contacts are roles, the amount invented.
        "details": {
            "grantee": "International Labour Organization (ILO)",
            "hq_contact": "Chief Technical Adviser, BRIDGE project\nFundamental Principles and Rights at "
                          "Work Branch (FUNDAMENTALS), International Labour Office\n4 route des Morillons, "
                          "1211 Geneva 22, Switzerland",
            "field_contact": "National Project Coordinator, ILO Country Office for Pakistan\nILO Building, "
                             "Sector G-5/2, Islamabad, Pakistan",
            "total_funding": 13_500_000.0,
            "representative_title": "Chief, Fundamental Principles and Rights at Work Branch",
        },
    },
    {
        "code": "FLARE",
        "title": "Forced Labour Action in the Asian Region",
        "donor": "Multi-donor",
        "grant_number": "RAS/13/51/MUL",
        "start_date": D(2013, 1, 1),
        "end_date": D(2026, 12, 31),
        "currency": "USD",
        "calendar": "calendar",
        "fiscal_year_start_month": 1,
        "description": (
            "Strengthens national institutions and capacities to prevent and address forced labour in "
            "East and South-East Asia: legal and policy frameworks; knowledge sharing and the capacity of "
            "law enforcement systems, labour inspectorates first, to identify and prosecute forced labour "
            "and human trafficking; action by employers' and workers' organizations in vulnerable sectors "
            "and global supply chains."
        ),
        "countries": ["CN", "TH", "VN"],
        "levels": ["Outcome", "Output"],
    },
]

# (code, statement) in tree order; the parent of "1.1.2" is "1.1", the depth is the number of parts.
RESULTS = {
    "BRIDGE": [
        ("1", "Forced labour, including bonded labour and trafficking for forced labour, is reduced in the "
              "target countries through the application of the 2014 Protocol to the Forced Labour "
              "Convention (P29) and Recommendation No. 203."),
        ("1.1", "Governments and social partners implement national policies, laws and action plans that "
                "prevent forced labour, protect victims and give them access to remedies."),
        ("1.1.1", "Law enforcement, labour inspection and justice officials have increased capacity to "
                  "identify, investigate and prosecute forced labour, bonded labour and human trafficking."),
        ("1.1.1.1", "Training needs of law enforcement agencies assessed and specialised training manuals "
                    "and curricula developed."),
        ("1.1.1.2", "Law enforcement and labour inspection officials trained on forced labour, bonded labour "
                    "and human trafficking."),
        ("1.1.2", "Target countries ratify P29 and improve their national policy and legal frameworks on "
                  "forced labour."),
        ("1.1.2.1", "Technical and legal advice provided on the ratification of P29 and the review of "
                    "national legislation."),
        ("1.1.2.2", "National action plans on forced labour drafted and validated through tripartite "
                    "consultation."),
        ("1.1.3", "Victims of forced labour and workers at risk have better access to protection, remedies "
                  "and livelihoods."),
        ("1.1.3.1", "Awareness-raising and referral support delivered to victims and workers at risk."),
        ("1.2", "The knowledge base on forced labour and the capacity of employers' and workers' "
                "organizations to address it are strengthened."),
        ("1.2.1", "Improved knowledge on forced labour informs policies and programmes."),
        ("1.2.1.1", "Research studies and surveys on forced labour completed and disseminated."),
        ("1.2.2", "Employers' and workers' organizations have increased capacity to prevent and address "
                  "forced labour."),
        ("1.2.2.1", "Representatives of employers' and workers' organizations trained and supported to "
                    "adopt forced labour policies."),
    ],
    "FLARE": [
        ("1", "Legal and policy frameworks to prevent and address forced labour and human trafficking are "
              "strengthened."),
        ("1.1", "Technical advice provided on legal and policy reforms on forced labour."),
        ("2", "Knowledge sharing is increased and law enforcement systems are better able to identify and "
              "prosecute forced labour and human trafficking cases."),
        ("2.1", "Labour inspectors, police and prosecutors trained on the identification and handling of "
                "forced labour cases."),
        ("2.2", "Good practices in labour inspection and forced labour documented and shared."),
        ("3", "Employers' and workers' organizations take effective action against forced labour in "
              "vulnerable sectors and global supply chains."),
        ("3.1", "Employers' and workers' organizations trained and supported on forced labour in supply "
                "chains."),
    ],
}

# --------------------------------------------------------------------------- indicators

_REGISTER = "FLARE Monitor training register (attendance sheets entered after each activity)"
_ATTENDANCE_MOV = "Signed attendance sheets, agendas and activity reports kept by the country office"
_LAW_ENFORCEMENT = ["law_enforcement", "labour_inspectorate", "labour_department", "judiciary"]
_SOCIAL_PARTNERS = ["employers_organization", "workers_organization"]
_PEOPLE = ["sex", "country", "agency_type"]
_BR_ME = "M&E Officer, BRIDGE project (Geneva), with the National Project Coordinators"
_FL_ME = "Programme and M&E Officer, FLARE project (Bangkok)"

# Quarterly targets per country are listed for 12 quarters: FY2023-Q1 .. FY2025-Q4 for BRIDGE
# (fiscal, October start) and 2023-Q1 .. 2025-Q4 for FLARE (calendar).
INDICATORS = {
    "BRIDGE": [
        {
            "code": "1", "result": "1",
            "name": "Number of target countries that have ratified the 2014 Protocol to the Forced Labour "
                    "Convention (P29)",
            "definition": "A country counts once its instrument of ratification of P29 is registered by the "
                          "ILO Director-General. Reported in the period of registration.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": "ILO NORMLEX ratification records",
            "means_of_verification": "NORMLEX country profile; registration letter of the ILO",
            "collection_method": "Desk review of NORMLEX by the M&E officer",
            "frequency": "Quarterly", "responsible": "Chief Technical Adviser, BRIDGE project",
            "baseline": (0, D(2015, 12, 1)),
            "is_key": True,
            "lop": {None: 3, "UZ": 1, "PE": 1, "NP": 1, "MN": 1, "PK": 1},
        },
        {
            "code": "1.1", "result": "1.1",
            "name": "Number of national or provincial action plans on forced labour adopted",
            "definition": "Action plans, master plans or national policies on forced labour formally adopted "
                          "by a government (cabinet decision, decree or notification) with project support.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": "Official gazettes and government decisions",
            "means_of_verification": "Copy of the adopted plan and of the decision adopting it",
            "collection_method": "Reported by the National Project Coordinator, verified by the CTA",
            "frequency": "Quarterly", "responsible": "National Project Coordinators",
            "baseline": (0, D(2015, 12, 1)),
            "lop": {None: 5, "UZ": 1, "PE": 1, "NP": 1, "MN": 1, "PK": 1},
        },
        {
            "code": "1.1.1", "result": "1.1.1",
            "name": "Percentage of trained officials whose post-training test score is higher than their "
                    "pre-training score",
            "definition": "Numerator: participants of completed trainings with both tests whose post-test "
                          "score is higher than the pre-test score. Denominator: participants with both "
                          "tests. Recomputed from numerator and denominator when aggregated.",
            "unit": "percentage", "direction": "increase", "cumulative": False,
            "disaggregations": ["sex", "country"],
            "data_source": _REGISTER,
            "means_of_verification": "Pre- and post-test sheets attached to the activity report",
            "collection_method": "Standard 20-question test before and after each training",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": None,
            "computation": {"kind": "test_improvement"},
            "lop": {None: 75, "UZ": 75, "PE": 75, "NP": 75, "MN": 75, "PK": 75},
        },
        {
            "code": "1.1.1.1", "result": "1.1.1.1",
            "name": "Number of training manuals, curricula and inspection tools on forced labour developed "
                    "for law enforcement agencies",
            "definition": "Completed technical-assistance activities delivering a manual, curriculum module "
                          "or inspection tool accepted by the partner agency.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": _REGISTER,
            "means_of_verification": "Final manual or tool and the partner's acceptance letter",
            "collection_method": "Counted from completed technical-assistance activities",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "activity_count", "activity_types": ["technical_assistance"],
                            "activity_statuses": ["completed"]},
            "lop": {None: 6, "UZ": 1, "PE": 1, "NP": 1, "MN": 1, "PK": 2},
        },
        {
            "code": "1.1.1.2", "result": "1.1.1.2",
            "name": "Number of law enforcement officials trained on forced labour, bonded labour and human "
                    "trafficking (by sex)",
            "definition": "Distinct officials of law enforcement agencies, labour inspectorates, labour "
                          "departments and the judiciary who attended at least half of a completed training "
                          "as participants. A person trained twice is counted once, per period and over the "
                          "life of the project.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": _PEOPLE,
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Attendance recorded per day on signed sheets, entered in the register",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "distinct_participants", "activity_types": ["training"],
                            "activity_statuses": ["completed"], "organization_types": _LAW_ENFORCEMENT,
                            "roles": ["participant"], "min_attendance_share": 0.5},
            "is_key": True,
            "lop": {None: 420, "UZ": 85, "PE": 90, "NP": 85, "MN": 70, "PK": 90},
            "quarterly": {
                "UZ": [0, 0, 25, 0, 0, 25, 0, 0, 0, 0, 25, 0],
                "PE": [0, 0, 25, 0, 0, 25, 25, 0, 0, 0, 0, 25],
                "NP": [0, 0, 0, 25, 0, 0, 30, 0, 0, 0, 0, 25],
                "MN": [0, 0, 0, 0, 25, 0, 20, 0, 0, 0, 20, 0],
                "PK": [0, 0, 0, 0, 0, 20, 40, 0, 0, 25, 20, 0],
            },
        },
        {
            "code": "1.1.2", "result": "1.1.2",
            "name": "Number of laws, regulations or policies on forced labour reviewed or amended with "
                    "project support",
            "definition": "Legal or policy texts whose review or amendment the project supported, counted "
                          "when the review is validated by the responsible ministry.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": "Project records; official gazettes",
            "means_of_verification": "Validated draft or adopted text; minutes of the validation meeting",
            "collection_method": "Reported by the National Project Coordinator",
            "frequency": "Quarterly", "responsible": "National Project Coordinators",
            "baseline": (0, D(2015, 12, 1)),
            "lop": {None: 6, "UZ": 1, "PE": 1, "NP": 1, "MN": 1, "PK": 2},
        },
        {
            "code": "1.1.2.1", "result": "1.1.2.1",
            "name": "Number of technical and legal advisory services delivered on P29 ratification and "
                    "national legislation",
            "definition": "Completed policy-advice activities (legal gap analyses, comments on drafts, "
                          "tripartite consultations on ratification).",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": _REGISTER,
            "means_of_verification": "Advisory notes, comments on drafts, meeting minutes",
            "collection_method": "Counted from completed policy-advice activities",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "activity_count", "activity_types": ["policy_advice"],
                            "activity_statuses": ["completed"]},
            "lop": {None: 9, "UZ": 2, "PE": 2, "NP": 2, "MN": 1, "PK": 2},
        },
        {
            "code": "1.1.3", "result": "1.1.3",
            "name": "Percentage of identified victims of forced labour referred by the project who received "
                    "assistance",
            "definition": "Numerator: victims referred to support services who received at least one service "
                          "(shelter, legal aid, livelihood). Denominator: victims referred.",
            "unit": "percentage", "direction": "increase", "cumulative": False,
            "disaggregations": ["sex", "country"],
            "data_source": "Referral records of the partner service providers",
            "means_of_verification": "Anonymised referral logs (no names leave the service provider)",
            "collection_method": "Quarterly report of the service providers",
            "frequency": "Quarterly", "responsible": "National Project Coordinators (Nepal, Peru)",
            "baseline": (45.0, D(2016, 3, 31)),
            "lop": {None: 70, "PE": 70, "NP": 70},
        },
        {
            "code": "1.1.3.1", "result": "1.1.3.1",
            "name": "Number of victims and workers at risk reached by awareness-raising and referral "
                    "sessions (by sex)",
            "definition": "Distinct persons who took part in completed awareness-raising sessions.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["sex", "country", "age_group"],
            "data_source": _REGISTER,
            "means_of_verification": "Session attendance lists (sensitive: kept by the country office)",
            "collection_method": "Attendance list at each session, entered in the register",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "distinct_participants", "activity_types": ["awareness_raising"],
                            "activity_statuses": ["completed"], "roles": ["participant"]},
            "is_key": True,
            "lop": {None: 160, "UZ": 40, "PE": 30, "NP": 40, "MN": 10, "PK": 40},
            "quarterly": {
                "UZ": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40],
                "PE": [0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0],
                "NP": [0, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0],
                "MN": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                "PK": [0, 0, 0, 0, 0, 0, 0, 0, 30, 0, 0, 0],
            },
        },
        {
            "code": "1.2.1.1", "result": "1.2.1.1",
            "name": "Number of research studies and surveys on forced labour completed",
            "definition": "Completed research activities (studies, surveys, assessments) with a final "
                          "report.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": _REGISTER,
            "means_of_verification": "Final research report",
            "collection_method": "Counted from completed research activities",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "activity_count", "activity_types": ["research"],
                            "activity_statuses": ["completed"]},
            "lop": {None: 8, "UZ": 1, "PE": 2, "NP": 2, "MN": 1, "PK": 2},
        },
        {
            "code": "1.2.2", "result": "1.2.2",
            "name": "Number of employers' and workers' organizations whose members were trained on forced "
                    "labour",
            "definition": "Distinct employers' and workers' organizations with at least one member among the "
                          "participants of a completed training.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country", "agency_type"],
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Counted from the organizations of training participants",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "distinct_organizations", "organization_types": _SOCIAL_PARTNERS,
                            "activity_types": ["training", "workshop"], "activity_statuses": ["completed"],
                            "roles": ["participant"]},
            "lop": {None: 12, "UZ": 2, "PE": 3, "NP": 3, "MN": 2, "PK": 2},
        },
        {
            "code": "1.2.2.1", "result": "1.2.2.1",
            "name": "Number of representatives of employers' and workers' organizations trained on forced "
                    "labour (by sex)",
            "definition": "Distinct members of employers' and workers' organizations who attended at least "
                          "half of a completed training or workshop as participants.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": _PEOPLE,
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Attendance recorded per day on signed sheets, entered in the register",
            "frequency": "Quarterly", "responsible": _BR_ME,
            "baseline": (0, D(2015, 12, 1)),
            "computation": {"kind": "distinct_participants", "activity_types": ["training", "workshop"],
                            "activity_statuses": ["completed"], "organization_types": _SOCIAL_PARTNERS,
                            "roles": ["participant"], "min_attendance_share": 0.5},
            "is_key": True,
            "lop": {None: 120, "UZ": 25, "PE": 25, "NP": 25, "MN": 20, "PK": 25},
            "quarterly": {
                "UZ": [0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0],
                "PE": [0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0],
                "NP": [0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0],
                "MN": [0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0],
                "PK": [0, 0, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            },
        },
    ],
    "FLARE": [
        {
            "code": "1", "result": "1",
            "name": "Number of laws, regulations or policies on forced labour adopted or amended with "
                    "project support",
            "definition": "Legal or policy instruments adopted or amended by the competent authority after "
                          "technical input from the project.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": "Official gazettes; project records",
            "means_of_verification": "Adopted text and the project's written comments on the draft",
            "collection_method": "Reported by the country offices, verified by the CTA",
            "frequency": "Quarterly", "responsible": "Chief Technical Adviser, FLARE project",
            "baseline": (0, D(2013, 1, 1)),
            "lop": {None: 4, "CN": 1, "TH": 2, "VN": 1},
        },
        {
            "code": "1.1", "result": "1.1",
            "name": "Number of technical advisory services on legal and policy reform delivered",
            "definition": "Completed policy-advice activities.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": _REGISTER,
            "means_of_verification": "Advisory notes and comments on drafts",
            "collection_method": "Counted from completed policy-advice activities",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": (0, D(2013, 1, 1)),
            "computation": {"kind": "activity_count", "activity_types": ["policy_advice"],
                            "activity_statuses": ["completed"]},
            "lop": {None: 5, "CN": 1, "TH": 2, "VN": 2},
        },
        {
            "code": "2", "result": "2",
            "name": "Percentage of trained inspectors and officials whose post-training test score improved",
            "definition": "Participants with a post-test score higher than their pre-test score, over "
                          "participants with both tests.",
            "unit": "percentage", "direction": "increase", "cumulative": False,
            "disaggregations": ["sex", "country"],
            "data_source": _REGISTER,
            "means_of_verification": "Pre- and post-test sheets",
            "collection_method": "Test before and after each training",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": None,
            "computation": {"kind": "test_improvement"},
            "lop": {None: 75, "CN": 75, "TH": 75, "VN": 75},
        },
        {
            "code": "2.1", "result": "2.1",
            "name": "Number of labour inspectors and law enforcement officials trained on forced labour and "
                    "human trafficking (by sex)",
            "definition": "Distinct officials of labour inspectorates, labour departments, police and the "
                          "judiciary who attended at least half of a completed training as participants.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": _PEOPLE,
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Attendance sheets entered in the register",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": (0, D(2013, 1, 1)),
            "computation": {"kind": "distinct_participants", "activity_types": ["training"],
                            "activity_statuses": ["completed"], "organization_types": _LAW_ENFORCEMENT,
                            "roles": ["participant"], "min_attendance_share": 0.5},
            "is_key": True,
            "lop": {None: 230, "CN": 110, "TH": 60, "VN": 60},
            "quarterly": {
                "CN": [0, 30, 0, 0, 0, 0, 0, 0, 0, 25, 0, 25],
                "TH": [20, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0],
                "VN": [0, 0, 25, 0, 0, 0, 0, 0, 25, 0, 0, 0],
            },
            "extra": [("2014-Q2", "CN", 30)],
        },
        {
            "code": "2.2", "result": "2.2",
            "name": "Number of knowledge products and knowledge-sharing events on forced labour",
            "definition": "Completed research activities, study visits and knowledge-sharing meetings.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country"],
            "data_source": _REGISTER,
            "means_of_verification": "Reports, case compilations, meeting minutes",
            "collection_method": "Counted from completed research and meeting activities",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": (0, D(2013, 1, 1)),
            "computation": {"kind": "activity_count", "activity_types": ["research", "meeting"],
                            "activity_statuses": ["completed"]},
            "lop": {None: 6, "CN": 3, "TH": 2, "VN": 1},
        },
        {
            "code": "3", "result": "3",
            "name": "Number of employers' and workers' organizations engaged in action against forced labour",
            "definition": "Distinct employers' and workers' organizations with members among the "
                          "participants of completed trainings or workshops.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": ["country", "agency_type"],
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Counted from the organizations of participants",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": (0, D(2013, 1, 1)),
            "computation": {"kind": "distinct_organizations", "organization_types": _SOCIAL_PARTNERS,
                            "activity_types": ["training", "workshop"], "activity_statuses": ["completed"]},
            "lop": {None: 8, "CN": 2, "TH": 3, "VN": 3},
        },
        {
            "code": "3.1", "result": "3.1",
            "name": "Number of representatives of employers' and workers' organizations trained on forced "
                    "labour in supply chains (by sex)",
            "definition": "Distinct members of employers' and workers' organizations who attended at least "
                          "half of a completed training or workshop as participants.",
            "unit": "number", "direction": "increase", "cumulative": True,
            "disaggregations": _PEOPLE,
            "data_source": _REGISTER,
            "means_of_verification": _ATTENDANCE_MOV,
            "collection_method": "Attendance sheets entered in the register",
            "frequency": "Quarterly", "responsible": _FL_ME,
            "baseline": (0, D(2013, 1, 1)),
            "computation": {"kind": "distinct_participants", "activity_types": ["training", "workshop"],
                            "activity_statuses": ["completed"], "organization_types": _SOCIAL_PARTNERS,
                            "roles": ["participant"], "min_attendance_share": 0.5},
            "is_key": True,
            "lop": {None: 90, "CN": 30, "TH": 30, "VN": 30},
            "quarterly": {
                "CN": [0, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0],
                "TH": [0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0],
                "VN": [0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0],
            },
        },
    ],
}

# Manually reported actuals: (indicator code, period, country, value or (numerator, denominator),
# approved by (None = draft), approved on, comment).
VALUES = {
    "BRIDGE": [
        ("1", "FY2023-Q3", None, 0, "s.khan", D(2023, 7, 20),
         "No new ratification in the period; ratification of P29 under tripartite review in Mongolia."),
        ("1", "FY2025-Q3", "MN", 1, None, None,
         "Parliament approved the ratification of P29; registration by the ILO to be confirmed in NORMLEX."),
        ("1.1", "FY2023-Q4", "PE", 1, "s.khan", D(2023, 10, 18),
         "National plan against forced labour adopted by supreme decree."),
        ("1.1", "FY2025-Q2", "NP", 1, "s.khan", D(2025, 4, 22),
         "National Master Plan against forced labour endorsed by the Council of Ministers."),
        ("1.1", "FY2025-Q4", "PK", 1, None, None,
         "Balochistan action plan on bonded labour approved by the Labour Department; notification awaited."),
        ("1.1.2", "FY2023-Q4", "UZ", 1, "s.khan", D(2023, 10, 18),
         "Forced labour provisions of the new Labour Code reviewed with the Ministry."),
        ("1.1.2", "FY2024-Q4", "PK", 1, "s.khan", D(2024, 10, 21),
         "Draft rules under the Balochistan Bonded Labour System (Abolition) Act validated."),
        ("1.1.2", "FY2025-Q3", "PE", 1, None, None,
         "Comments on the draft law typifying forced labour submitted to the Congress committee."),
        ("1.1.3", "FY2024-Q2", "NP", (18, 25), "s.khan", D(2024, 4, 19),
         "Freed Haliya families referred after the Dhangadhi session."),
        ("1.1.3", "FY2024-Q4", "PE", (12, 20), "s.khan", D(2024, 10, 21),
         "Rescued mine workers referred in Madre de Dios."),
        ("1.1.3", "FY2025-Q3", "PE", (15, 19), None, None, "Provisional figures from the regional shelter."),
    ],
    "FLARE": [
        ("1", "2023-Q3", "TH", 1, "n.suwan", D(2023, 10, 16),
         "Ministerial regulation on the inspection of fishing vessels amended."),
        ("1", "2025-Q3", "VN", 1, None, None, "Decree on labour inspection adopted; verification pending."),
    ],
}

# --------------------------------------------------------------------------- organizations

# key: (name, acronym, type, country, subdivision, positions held by its people)
_POLICE = ("Inspector", "Sub-Inspector", "Assistant Sub-Inspector", "Deputy Superintendent of Police",
           "Station House Officer")
_INSPECTOR = ("Labour Inspector", "Senior Labour Inspector", "Chief Labour Inspector")
_LABOUR_DEPT = ("Labour Officer", "Assistant Director", "Deputy Director", "Legal Officer")
_UNION = ("General Secretary", "Organizer", "Women's Committee Coordinator", "Executive Member")
_EMPLOYER = ("Policy Officer", "Human Resources Manager", "Compliance Manager", "Legal Adviser")
_ILO = ("National Project Coordinator", "Technical Officer", "Programme Officer")
_INSPECTOR_ES = ("Inspector de trabajo", "Inspectora auxiliar", "Supervisor inspector", "Subintendente")
_PNP = ("Suboficial PNP", "Capitán PNP", "Mayor PNP", "Teniente PNP")

ORGANIZATIONS = {
    # Pakistan
    "pk-dol-ba": ("Department of Labour, Government of Balochistan", "DoL", "labour_department", "PK",
                  "PK-BA",
                  ("Labour Officer", "Assistant Director Labour", "Deputy Director Labour",
                   "Labour Inspector")),
    "pk-fia": ("Federal Investigation Agency", "FIA", "law_enforcement", "PK", None,
               ("Assistant Director", "Inspector", "Sub-Inspector", "Assistant Sub-Inspector")),
    "pk-police-ba": ("Balochistan Police", None, "law_enforcement", "PK", "PK-BA", _POLICE),
    "pk-mmdd": ("Mines and Minerals Development Department, Balochistan", "MMDD", "labour_inspectorate", "PK",
                "PK-BA", ("Inspector of Mines", "Assistant Inspector of Mines", "Mines Welfare Officer")),
    "pk-dol-pb": ("Labour and Human Resource Department, Government of Punjab", "L&HRD", "labour_department",
                  "PK", "PK-PB", _LABOUR_DEPT),
    "pk-dol-sd": ("Labour and Human Resources Department, Government of Sindh", None, "labour_department",
                  "PK", "PK-SD", _LABOUR_DEPT),
    "pk-pwf": ("Pakistan Workers' Federation", "PWF", "workers_organization", "PK", "PK-PB", _UNION),
    "pk-efp": ("Employers' Federation of Pakistan", "EFP", "employers_organization", "PK", "PK-SD",
               _EMPLOYER),
    "pk-bllf": ("Bonded Labour Liberation Front Pakistan", "BLLF", "ngo", "PK", "PK-PB",
                ("Field Coordinator",)),
    "pk-ilo": ("ILO Country Office for Pakistan", "ILO", "un_international", "PK", "PK-IS", _ILO),
    # Peru
    "pe-sunafil": ("Superintendencia Nacional de Fiscalización Laboral", "SUNAFIL", "labour_inspectorate",
                   "PE", "PE-LMA", _INSPECTOR_ES),
    "pe-pnp": ("Policía Nacional del Perú", "PNP", "law_enforcement", "PE", None, _PNP),
    "pe-mtpe": ("Ministerio de Trabajo y Promoción del Empleo", "MTPE", "labour_department", "PE", "PE-LMA",
                ("Especialista legal", "Directora de derechos fundamentales", "Analista de políticas")),
    "pe-mp": ("Ministerio Público – Fiscalía de la Nación", "MP", "judiciary", "PE", None,
              ("Fiscal provincial", "Fiscal adjunta provincial", "Asistente en función fiscal")),
    "pe-drtpe-mdd": ("Dirección Regional de Trabajo y Promoción del Empleo de Madre de Dios", "DRTPE",
                     "labour_department", "PE", "PE-MDD",
                     ("Director regional", "Inspectora regional", "Especialista en trabajo")),
    "pe-cgtp": ("Confederación General de Trabajadores del Perú", "CGTP", "workers_organization", "PE",
                "PE-LMA", ("Secretario general", "Secretaria de la mujer", "Dirigente sindical")),
    "pe-confiep": ("Confederación Nacional de Instituciones Empresariales Privadas", "CONFIEP",
                   "employers_organization", "PE", "PE-LMA",
                   ("Gerente legal", "Asesora laboral", "Jefe de cumplimiento")),
    "pe-ilo": ("Oficina de la OIT para los Países Andinos", "OIT", "un_international", "PE", "PE-LMA",
               ("Coordinador nacional", "Especialista en normas")),
    # Nepal
    "np-dolos": ("Department of Labour and Occupational Safety", "DoLOS", "labour_inspectorate", "NP",
                 "NP-P3",
                 ("Labour Inspector", "Labour Officer", "Senior Labour Officer", "Section Officer")),
    "np-police": ("Nepal Police", None, "law_enforcement", "NP", None,
                  ("Police Inspector", "Sub-Inspector", "Deputy Superintendent of Police", "Head Constable")),
    "np-moless": ("Ministry of Labour, Employment and Social Security", "MoLESS", "labour_department", "NP",
                  "NP-P3", ("Under Secretary", "Section Officer", "Legal Officer")),
    "np-gefont": ("General Federation of Nepalese Trade Unions", "GEFONT", "workers_organization", "NP",
                  "NP-P3",
                  _UNION),
    "np-fncci": ("Federation of Nepalese Chambers of Commerce and Industry", "FNCCI",
                 "employers_organization",
                 "NP", "NP-P3", _EMPLOYER),
    "np-ilo": ("ILO Country Office for Nepal", "ILO", "un_international", "NP", "NP-P3", _ILO),
    "np-haliya": ("Sudurpashchim Freed Haliya Support Network", None, "ngo", "NP", "NP-P7",
                  ("Social Mobiliser",)),
    # Mongolia
    "mn-gasi": ("General Agency for Specialized Inspection", "GASI", "labour_inspectorate", "MN", "MN-1",
                ("State Inspector", "Senior State Inspector", "Head of Labour Inspection Division")),
    "mn-gasi-og": ("Ömnögovi Province Specialized Inspection Agency", None, "labour_inspectorate", "MN",
                   "MN-053", ("State Inspector", "Senior State Inspector")),
    "mn-police": ("Mongolian Police", None, "law_enforcement", "MN", None,
                  ("Police Lieutenant", "Police Captain", "Police Major", "Investigator")),
    "mn-mflsp": ("Ministry of Family, Labour and Social Protection", "MFLSP", "labour_department", "MN",
                 "MN-1",
                 ("Senior Officer", "Policy Officer")),
    "mn-cmtu": ("Confederation of Mongolian Trade Unions", "CMTU", "workers_organization", "MN", "MN-1",
                _UNION),
    "mn-monef": ("Mongolian Employers' Federation", "MONEF", "employers_organization", "MN", "MN-1",
                 _EMPLOYER),
    # Uzbekistan
    "uz-sli": ("State Labour Inspectorate", "SLI", "labour_inspectorate", "UZ", "UZ-TK",
               ("State Labour Inspector", "Chief State Labour Inspector", "Regional Inspector")),
    "uz-mia": ("Ministry of Internal Affairs", "MIA", "law_enforcement", "UZ", None,
               ("Senior Investigator", "Inspector", "Police Major", "Police Captain")),
    "uz-prosecutor": ("Prosecutor General's Office", None, "judiciary", "UZ", "UZ-TK",
                      ("Prosecutor", "Senior Prosecutor", "Assistant Prosecutor")),
    "uz-mepr": ("Ministry of Employment and Poverty Reduction", "MEPR", "labour_department", "UZ", "UZ-TK",
                _LABOUR_DEPT),
    "uz-ftuu": ("Federation of Trade Unions of Uzbekistan", "FTUU", "workers_organization", "UZ", "UZ-TK",
                _UNION),
    "uz-cci": ("Chamber of Commerce and Industry of Uzbekistan", "CCI", "employers_organization", "UZ",
               "UZ-TK",
               _EMPLOYER),
    "uz-ilo": ("ILO Office in Uzbekistan", "ILO", "un_international", "UZ", "UZ-TK", _ILO),
    # China
    "cn-mohrss": ("Ministry of Human Resources and Social Security", "MOHRSS", "labour_department", "CN",
                  "CN-BJ",
                  ("Division Director", "Deputy Division Director", "Principal Staff Member")),
    "cn-ha": ("Henan Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-HA",
              _INSPECTOR),
    "cn-gd": ("Guangdong Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GD",
              _INSPECTOR),
    "cn-gx": ("Guangxi Zhuang Autonomous Region Labour Inspection Office", None, "labour_inspectorate", "CN",
              "CN-GX", _INSPECTOR),
    "cn-gz": ("Guizhou Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GZ",
              _INSPECTOR),
    "cn-sd": ("Shandong Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-SD",
              _INSPECTOR),
    "cn-yn": ("Yunnan Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-YN",
              _INSPECTOR),
    "cn-zj": ("Zhejiang Provincial Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-ZJ",
              _INSPECTOR),
    "cn-nanning": ("Nanning City Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GX",
                   _INSPECTOR),
    "cn-liuzhou": ("Liuzhou City Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GX",
                   _INSPECTOR),
    "cn-guilin": ("Guilin City Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GX",
                  _INSPECTOR),
    "cn-beihai": ("Beihai City Labour Inspection Office", None, "labour_inspectorate", "CN", "CN-GX",
                  _INSPECTOR),
    "cn-acftu": ("All-China Federation of Trade Unions", "ACFTU", "workers_organization", "CN", "CN-BJ",
                 _UNION),
    "cn-cec": ("China Enterprise Confederation", "CEC", "employers_organization", "CN", "CN-BJ", _EMPLOYER),
    "cn-ilo": ("ILO Country Office for China and Mongolia", "ILO", "un_international", "CN", "CN-BJ", _ILO),
    # Thailand
    "th-dlpw": ("Department of Labour Protection and Welfare", "DLPW", "labour_inspectorate", "TH", "TH-10",
                _INSPECTOR),
    "th-dlpw-ss": ("Samut Sakhon Provincial Labour Protection and Welfare Office", None,
                   "labour_inspectorate",
                   "TH", "TH-74", _INSPECTOR),
    "th-police": ("Royal Thai Police, Anti-Trafficking in Persons Division", "ATPD", "law_enforcement", "TH",
                  "TH-10", ("Police Lieutenant", "Police Captain", "Police Major", "Police Sergeant Major")),
    "th-ecot": ("Employers' Confederation of Thai Trade and Industry", "ECOT", "employers_organization", "TH",
                "TH-10", _EMPLOYER),
    "th-serc": ("State Enterprise Workers' Relations Confederation", "SERC", "workers_organization", "TH",
                "TH-10",
                _UNION),
    "th-ilo": ("ILO Regional Office for Asia and the Pacific", "ILO", "un_international", "TH", "TH-10",
               _ILO),
    # Viet Nam
    "vn-molisa": ("Inspectorate of the Ministry of Labour, Invalids and Social Affairs", "MOLISA",
                  "labour_inspectorate", "VN", "VN-HN", _INSPECTOR),
    "vn-dolisa-hcm": ("Ho Chi Minh City Department of Labour, Invalids and Social Affairs", "DOLISA",
                      "labour_department", "VN", "VN-SG", _LABOUR_DEPT),
    "vn-mps": ("Ministry of Public Security, Criminal Police Department", "MPS", "law_enforcement", "VN",
               "VN-HN",
               ("Police Captain", "Police Major", "Investigator")),
    "vn-vgcl": ("Viet Nam General Confederation of Labour", "VGCL", "workers_organization", "VN", "VN-HN",
                _UNION),
    "vn-vcci": ("Viet Nam Chamber of Commerce and Industry", "VCCI", "employers_organization", "VN", "VN-HN",
                _EMPLOYER),
    "vn-ilo": ("ILO Country Office for Viet Nam", "ILO", "un_international", "VN", "VN-HN", _ILO),
}

# --------------------------------------------------------------------------- activities


@dataclass(frozen=True)
class New:
    """`count` new people of `org` (None: no organization, e.g. workers or victims), `female` of them
    women and `unknown` with sex not recorded; the rest are men."""

    org: str | None
    count: int
    female: int
    unknown: int = 0
    sensitive: bool = False
    position: str | None = None
    script: str | None = None  # override the country's usual scripts


@dataclass(frozen=True)
class Return:
    """`count` participants of the earlier activity `source` (optionally only of `orgs`) attend again."""

    source: str
    count: int
    orgs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facilitator:
    """`count` facilitators of `org`; the same people facilitate every activity that names `org`."""

    org: str
    count: int = 1


@dataclass(frozen=True)
class Act:
    code: str
    country: str
    subdivision: str | None
    type: str
    status: str
    planned: tuple[date, date]
    title: str
    result: str | None
    venue: str | None = None
    actual: tuple[date, date | None] | None = None  # None: same as planned when completed
    partners: tuple[str, ...] = ()
    groups: tuple = ()
    tests: bool = True  # pre/post tests recorded (trainings only)
    full_days: bool = False  # every participant attended (at least three quarters) of the activity
    description: str | None = None
    extra: dict = field(default_factory=dict)
    reason: str | None = None  # why it was delayed, postponed or cancelled


_BA4 = ("pk-dol-ba", "pk-fia", "pk-police-ba", "pk-mmdd")

ACTIVITIES = {
    "BRIDGE": [
        # ---------------- Pakistan
        Act("BR-PK-2023-01", "PK", "PK-PB", "meeting", "completed", (D(2023, 2, 15), D(2023, 2, 15)),
            "Provincial consultation on bonded labour in brick kilns with the Punjab Labour Department",
            "1.1.2.2", "Lahore", partners=("pk-dol-pb", "pk-bllf", "pk-pwf")),
        Act("BR-PK-2023-02", "PK", "PK-SD", "training", "completed", (D(2023, 6, 13), D(2023, 6, 14)),
            "Training of employers' and workers' representatives on forced labour in brick kilns and "
            "agriculture",
            "1.2.2.1", "Karachi", partners=("pk-efp", "pk-pwf"),
            groups=(New("pk-efp", 10, 2), New("pk-pwf", 12, 3), Facilitator("pk-ilo"))),
        Act("BR-PK-2024-01", "PK", "PK-BA", "research", "completed", (D(2024, 1, 8), D(2024, 2, 9)),
            "Training needs assessment of law enforcement agencies in Balochistan on forced labour, bonded "
            "labour and human trafficking", "1.1.1.1", "Quetta", actual=(D(2024, 1, 8), D(2024, 2, 16)),
            partners=_BA4,
            description="Interviews and focus groups with the Department of Labour, FIA, Police and the "
                        "Mines department; the foundation of the Balochistan training manual."),
        Act("BR-PK-2024-02", "PK", "PK-BA", "technical_assistance", "completed",
            (D(2024, 2, 19), D(2024, 3, 8)),
            "Training manual on forced labour, bonded labour and human trafficking for Balochistan law "
            "enforcement agencies", "1.1.1.1", "Quetta", partners=("pk-dol-ba",),
            description="Manual tailored to the province, based on the training needs assessment; finalised "
                        "after the pilot training."),
        Act("BR-PK-2024-03", "PK", "PK-BA", "training", "completed", (D(2024, 3, 12), D(2024, 3, 13)),
            "Pilot training to test the training manual with law enforcement officers", "1.1.1.2",
            "Quetta", partners=_BA4,
            groups=(New("pk-dol-ba", 6, 2), New("pk-fia", 4, 1), New("pk-police-ba", 6, 1),
                    New("pk-mmdd", 4, 0), Facilitator("pk-ilo"))),
        Act("BR-PK-2024-TRN-APR", "PK", "PK-BA", "training", "completed", (D(2024, 4, 16), D(2024, 4, 17)),
            "Training on forced labour, bonded labour and human trafficking for law enforcement officers of "
            "Balochistan", "1.1.1.2", "Quetta, Balochistan", partners=_BA4, full_days=True,
            groups=(Return("BR-PK-2024-03", 2, ("pk-dol-ba",)), Return("BR-PK-2024-03", 2, ("pk-fia",)),
                    Return("BR-PK-2024-03", 3, ("pk-police-ba",)), Return("BR-PK-2024-03", 1, ("pk-mmdd",)),
                    New("pk-dol-ba", 10, 3), New("pk-fia", 6, 1), New("pk-police-ba", 11, 2),
                    New("pk-mmdd", 5, 0)),
            description="40 officers from the Department of Labour, the Federal Investigation Agency, the "
                        "Police and the Mines department of Balochistan, trained with the finalised manual. "
                        "Focus on brick kilns and agriculture, where women and children suffer as part of "
                        "borrowers' families."),
        Act("BR-PK-2024-04", "PK", "PK-BA", "policy_advice", "completed", (D(2024, 7, 16), D(2024, 7, 16)),
            "Validation workshop on the draft rules under the Balochistan Bonded Labour System (Abolition) "
            "Act",
            "1.1.2.1", "Quetta", actual=(D(2024, 8, 21), D(2024, 8, 21)),
            partners=("pk-dol-ba", "pk-efp", "pk-pwf"),
            reason="Held five weeks later than planned: the Labour Department asked for time to share the "
                   "draft rules with the employers' and workers' organizations first."),
        Act("BR-PK-2024-05", "PK", "PK-PB", "awareness_raising", "completed",
            (D(2024, 11, 20), D(2024, 11, 20)),
            "Awareness session on bonded labour and workers' rights for brick kiln workers and their "
            "families",
            "1.1.3.1", "Brick kiln cluster, Sheikhupura", partners=("pk-bllf", "pk-dol-pb"),
            groups=(New(None, 30, 12, unknown=2, position="Brick kiln worker"),)),
        Act("BR-PK-2025-01", "PK", "PK-BA", "training", "completed", (D(2025, 2, 25), D(2025, 2, 26)),
            "Refresher training on investigating bonded labour and trafficking cases for FIA and Police",
            "1.1.1.2", "Quetta", partners=("pk-fia", "pk-police-ba"),
            groups=(Return("BR-PK-2024-TRN-APR", 10, ("pk-fia", "pk-police-ba")), New("pk-fia", 5, 1),
                    New("pk-police-ba", 10, 2), Facilitator("pk-ilo"))),
        Act("BR-PK-2025-02", "PK", "PK-SD", "training", "postponed", (D(2025, 6, 10), D(2025, 6, 11)),
            "Training of labour inspectors of Sindh on bonded labour in agriculture and brick kilns",
            "1.1.1.2",
            "Hyderabad, Sindh", partners=("pk-dol-sd",),
            description="Postponed at the request of the Sindh Labour and Human Resources Department; new "
                        "dates to be agreed for FY2026.",
            reason="Postponed at the request of the Sindh Labour and Human Resources Department (provincial "
                   "budget session); new dates to be agreed for FY2026."),
        Act("BR-PK-2025-03", "PK", "PK-BA", "training", "planned", (D(2025, 11, 18), D(2025, 11, 20)),
            "Training of trainers for the Balochistan Police Training College using the BRIDGE manual",
            "1.1.1.2", "Quetta", partners=("pk-police-ba", "pk-dol-ba")),
        Act("BR-PK-2026-01", "PK", "PK-BA", "meeting", "planned", (D(2026, 2, 10), D(2026, 2, 10)),
            "Inter-departmental coordination meeting on bonded labour and trafficking in Balochistan",
            "1.1.2.2",
            "Quetta", partners=_BA4),
        # ---------------- Peru
        Act("BR-PE-2023-01", "PE", "PE-MDD", "research", "completed", (D(2023, 3, 1), D(2023, 7, 31)),
            "Estudio sobre trabajo forzoso en la minería aurífera informal de Madre de Dios", "1.2.1.1",
            "Puerto Maldonado", partners=("pe-mtpe", "pe-sunafil")),
        Act("BR-PE-2023-02", "PE", "PE-LMA", "training", "completed", (D(2023, 5, 16), D(2023, 5, 18)),
            "Curso de identificación de trabajo forzoso para inspectores de SUNAFIL", "1.1.1.2", "Lima",
            partners=("pe-sunafil", "pe-mtpe"),
            groups=(New("pe-sunafil", 18, 8), New("pe-mtpe", 4, 2), Facilitator("pe-ilo"))),
        Act("BR-PE-2023-03", "PE", "PE-LMA", "policy_advice", "completed", (D(2023, 9, 5), D(2023, 9, 29)),
            "Asistencia técnica para el plan nacional para la lucha contra el trabajo forzoso", "1.1.2.2",
            "Lima",
            partners=("pe-mtpe",)),
        Act("BR-PE-2024-01", "PE", "PE-CUS", "training", "completed", (D(2024, 2, 20), D(2024, 2, 22)),
            "Taller para policías y fiscales sobre investigación de trabajo forzoso y trata de personas",
            "1.1.1.2", "Cusco", partners=("pe-pnp", "pe-mp", "pe-sunafil"),
            groups=(New("pe-pnp", 14, 3), New("pe-mp", 8, 4), Return("BR-PE-2023-02", 3, ("pe-sunafil",)),
                    New("pe-sunafil", 2, 1), Facilitator("pe-ilo"))),
        Act("BR-PE-2024-02", "PE", "PE-MDD", "training", "completed", (D(2024, 6, 11), D(2024, 6, 12)),
            "Capacitación a inspectores y autoridades regionales de Madre de Dios sobre trabajo forzoso "
            "en la minería", "1.1.1.2", "Puerto Maldonado", partners=("pe-sunafil", "pe-drtpe-mdd"),
            groups=(New("pe-sunafil", 10, 4), New("pe-drtpe-mdd", 6, 3), New("pe-pnp", 4, 0),
                    Return("BR-PE-2024-01", 2, ("pe-sunafil",)))),
        Act("BR-PE-2024-03", "PE", "PE-MDD", "awareness_raising", "completed",
            (D(2024, 9, 10), D(2024, 9, 10)),
            "Sesión de orientación y derivación para víctimas de trabajo forzoso rescatadas en la minería",
            "1.1.3.1", "Puerto Maldonado", partners=("pe-drtpe-mdd", "pe-mp"),
            groups=(New(None, 15, 6, sensitive=True), New(None, 5, 2, position="Trabajador minero"))),
        Act("BR-PE-2025-01", "PE", "PE-LMA", "training", "completed", (D(2025, 3, 25), D(2025, 3, 26)),
            "Taller con CONFIEP y CGTP sobre trabajo forzoso en cadenas de suministro", "1.2.2.1", "Lima",
            partners=("pe-confiep", "pe-cgtp"), groups=(New("pe-confiep", 9, 4), New("pe-cgtp", 11, 4))),
        Act("BR-PE-2025-02", "PE", "PE-LMA", "policy_advice", "completed", (D(2025, 5, 6), D(2025, 5, 30)),
            "Asesoría técnica sobre el proyecto de ley que tipifica el delito de trabajo forzoso", "1.1.2.1",
            "Lima", partners=("pe-mtpe",)),
        Act("BR-PE-2025-03", "PE", "PE-LMA", "training", "cancelled", (D(2025, 8, 12), D(2025, 8, 13)),
            "Curso para jueces y fiscales sobre casos de trabajo forzoso", "1.1.1.2", "Lima",
            partners=("pe-mp",),
            description="Cancelado: el Ministerio Público no pudo liberar a los fiscales en la fecha "
                        "prevista; el presupuesto se reasignó a la capacitación regional de Puno.",
            reason="Cancelled: the Public Prosecutor's Office could not release the prosecutors on the "
                   "planned dates; the budget went to the regional training in Puno."),
        Act("BR-PE-2025-04", "PE", "PE-PUN", "training", "planned", (D(2025, 12, 2), D(2025, 12, 3)),
            "Capacitación regional para inspectores de SUNAFIL en Puno", "1.1.1.2", "Puno",
            partners=("pe-sunafil",)),
        # ---------------- Nepal
        Act("BR-NP-2023-01", "NP", "NP-P7", "research", "completed", (D(2023, 1, 9), D(2023, 5, 31)),
            "Rapid assessment of forced labour among freed Haliya and Kamaiya households", "1.2.1.1",
            "Dhangadhi", partners=("np-moless", "np-haliya")),
        Act("BR-NP-2023-02", "NP", "NP-P3", "training", "completed", (D(2023, 8, 22), D(2023, 8, 23)),
            "Training of labour inspectors on the indicators of forced labour", "1.1.1.2", "Kathmandu",
            partners=("np-dolos", "np-moless"),
            groups=(New("np-dolos", 16, 5, unknown=3), New("np-moless", 6, 2), Facilitator("np-ilo"))),
        Act("BR-NP-2023-03", "NP", "NP-P3", "technical_assistance", "completed",
            (D(2023, 10, 2), D(2023, 12, 15)),
            "Forced labour and human trafficking module for the Nepal Police Academy curriculum", "1.1.1.1",
            "Kathmandu", partners=("np-police",)),
        Act("BR-NP-2024-01", "NP", "NP-P7", "awareness_raising", "completed",
            (D(2024, 1, 18), D(2024, 1, 18)),
            "Awareness and referral session for freed Haliya families on rights and rehabilitation services",
            "1.1.3.1", "Dhangadhi", partners=("np-haliya",),
            groups=(New(None, 20, 11, sensitive=True, script="ne_fw"),
                    New(None, 5, 3, position="Agricultural worker"))),
        Act("BR-NP-2024-02", "NP", "NP-P3", "training", "completed", (D(2024, 5, 7), D(2024, 5, 9)),
            "Training of Nepal Police officers on investigating forced labour and human trafficking",
            "1.1.1.2",
            "Kathmandu", partners=("np-police",),
            groups=(New("np-police", 26, 6), Return("BR-NP-2023-02", 2, ("np-dolos",)),
                    Facilitator("np-ilo"))),
        Act("BR-NP-2024-03", "NP", "NP-P3", "training", "completed", (D(2024, 9, 17), D(2024, 9, 18)),
            "Workshop for GEFONT and FNCCI on fair recruitment and forced labour", "1.2.2.1", "Kathmandu",
            partners=("np-gefont", "np-fncci"), groups=(New("np-gefont", 12, 5), New("np-fncci", 9, 2))),
        Act("BR-NP-2025-01", "NP", "NP-P3", "policy_advice", "completed", (D(2025, 2, 3), D(2025, 3, 14)),
            "Technical support to the drafting of the National Master Plan against forced labour", "1.1.2.2",
            "Kathmandu", partners=("np-moless",)),
        Act("BR-NP-2025-02", "NP", "NP-P5", "training", "completed", (D(2025, 7, 15), D(2025, 7, 16)),
            "Training of labour inspectors and police in Lumbini Province", "1.1.1.2", "Butwal",
            partners=("np-dolos", "np-police"), groups=(New("np-dolos", 14, 4), New("np-police", 6, 1))),
        Act("BR-NP-2025-03", "NP", "NP-P3", "research", "ongoing", (D(2025, 8, 1), D(2026, 1, 30)),
            "Study on forced labour risks among returnee migrant workers", "1.2.1.1", "Kathmandu",
            actual=(D(2025, 8, 4), None), partners=("np-moless", "np-gefont")),
        Act("BR-NP-2025-04", "NP", "NP-P3", "meeting", "planned", (D(2025, 12, 9), D(2025, 12, 9)),
            "Meeting of the National Steering Committee on forced labour", "1.1.2.2", "Kathmandu",
            partners=("np-moless",)),
        # ---------------- Mongolia
        Act("BR-MN-2023-01", "MN", "MN-1", "research", "completed", (D(2023, 4, 3), D(2023, 8, 31)),
            "Study on forced labour risks in artisanal mining and herding", "1.2.1.1", "Ulaanbaatar",
            partners=("mn-mflsp",)),
        Act("BR-MN-2023-02", "MN", "MN-1", "training", "completed", (D(2023, 10, 24), D(2023, 10, 25)),
            "Training of state labour inspectors of GASI on forced labour indicators", "1.1.1.2",
            "Ulaanbaatar",
            partners=("mn-gasi",),
            groups=(New("mn-gasi", 20, 11), New("mn-mflsp", 4, 3), Facilitator("cn-ilo"))),
        Act("BR-MN-2024-01", "MN", "MN-1", "policy_advice", "completed", (D(2024, 3, 5), D(2024, 3, 29)),
            "Tripartite consultation and legal gap analysis on the ratification of the Forced Labour "
            "Protocol",
            "1.1.2.1", "Ulaanbaatar", partners=("mn-mflsp", "mn-cmtu", "mn-monef")),
        Act("BR-MN-2024-02", "MN", "MN-1", "training", "completed", (D(2024, 6, 18), D(2024, 6, 19)),
            "Training of Mongolian Police officers on forced labour and trafficking for forced labour",
            "1.1.1.2", "Ulaanbaatar", partners=("mn-police",),
            groups=(New("mn-police", 18, 5), Return("BR-MN-2023-02", 3, ("mn-gasi",)))),
        Act("BR-MN-2024-03", "MN", "MN-037", "training", "completed", (D(2024, 10, 8), D(2024, 10, 9)),
            "Workshop for CMTU and MONEF on preventing forced labour", "1.2.2.1", "Darkhan",
            partners=("mn-cmtu", "mn-monef"), groups=(New("mn-cmtu", 11, 6), New("mn-monef", 8, 4))),
        Act("BR-MN-2024-04", "MN", "MN-1", "technical_assistance", "completed",
            (D(2024, 11, 4), D(2024, 12, 20)),
            "Inspection guidelines on forced labour for GASI inspectors", "1.1.1.1", "Ulaanbaatar",
            partners=("mn-gasi",)),
        Act("BR-MN-2025-01", "MN", "MN-053", "training", "completed", (D(2025, 5, 13), D(2025, 5, 14)),
            "Training of inspectors and police of Ömnögovi on forced labour in mining", "1.1.1.2",
            "Dalanzadgad", partners=("mn-gasi-og", "mn-police"),
            groups=(New("mn-gasi-og", 10, 4), New("mn-police", 6, 1))),
        Act("BR-MN-2026-01", "MN", "MN-1", "training", "planned", (D(2026, 3, 10), D(2026, 3, 11)),
            "Training of prosecutors and judges on forced labour cases", "1.1.1.2", "Ulaanbaatar"),
        # ---------------- Uzbekistan
        Act("BR-UZ-2023-01", "UZ", "UZ-TK", "research", "completed", (D(2023, 1, 16), D(2023, 3, 31)),
            "Survey of recruitment practices and working conditions in the cotton harvest", "1.2.1.1",
            "Tashkent",
            partners=("uz-mepr", "uz-ftuu")),
        Act("BR-UZ-2023-02", "UZ", "UZ-TK", "training", "completed", (D(2023, 4, 11), D(2023, 4, 12)),
            "Training of State Labour Inspectorate inspectors on forced labour indicators", "1.1.1.2",
            "Tashkent",
            partners=("uz-sli",),
            groups=(New("uz-sli", 22, 7), New("uz-mepr", 4, 2), Facilitator("uz-ilo"))),
        Act("BR-UZ-2023-03", "UZ", "UZ-TK", "policy_advice", "completed", (D(2023, 7, 3), D(2023, 7, 28)),
            "Advice on the forced labour provisions of the new Labour Code", "1.1.2.1", "Tashkent",
            partners=("uz-mepr",)),
        Act("BR-UZ-2023-04", "UZ", "UZ-TK", "technical_assistance", "completed",
            (D(2023, 11, 1), D(2023, 12, 15)),
            "Forced labour inspection checklist for the State Labour Inspectorate", "1.1.1.1", "Tashkent",
            partners=("uz-sli",)),
        Act("BR-UZ-2024-01", "UZ", "UZ-SA", "training", "completed", (D(2024, 2, 6), D(2024, 2, 7)),
            "Training of Ministry of Internal Affairs officers and prosecutors on forced labour and "
            "trafficking",
            "1.1.1.2", "Samarkand", partners=("uz-mia", "uz-prosecutor"),
            groups=(New("uz-mia", 20, 3), New("uz-prosecutor", 4, 1),
                    Return("BR-UZ-2023-02", 2, ("uz-sli",)))),
        Act("BR-UZ-2024-02", "UZ", "UZ-FA", "training", "completed", (D(2024, 7, 23), D(2024, 7, 24)),
            "Workshop for the trade unions and the Chamber of Commerce on the feedback mechanism for forced "
            "labour complaints", "1.2.2.1", "Fergana", partners=("uz-ftuu", "uz-cci"),
            groups=(New("uz-ftuu", 14, 7), New("uz-cci", 8, 2))),
        Act("BR-UZ-2024-03", "UZ", "UZ-QA", "training", "postponed", (D(2024, 9, 10), D(2024, 9, 11)),
            "Training of labour inspectors of Qashqadaryo on forced labour risks in the cotton harvest",
            "1.1.1.2", "Karshi", partners=("uz-sli",),
            reason="Postponed to FY2025: the State Labour Inspectorate deployed its inspectors to monitor "
                   "the cotton harvest in September."),
        Act("BR-UZ-2025-01", "UZ", "UZ-QR", "training", "completed", (D(2025, 4, 15), D(2025, 4, 16)),
            "Training of labour inspectors and police in Karakalpakstan", "1.1.1.2", "Nukus",
            partners=("uz-sli", "uz-mia"), groups=(New("uz-sli", 18, 5), New("uz-mia", 4, 0))),
        Act("BR-UZ-2025-02", "UZ", "UZ-SI", "awareness_raising", "completed",
            (D(2025, 9, 10), D(2025, 9, 10)),
            "Awareness session on the rights of seasonal cotton pickers", "1.1.3.1", "Gulistan",
            partners=("uz-ftuu",), groups=(New(None, 24, 15, position="Seasonal cotton picker"),)),
        Act("BR-UZ-2026-01", "UZ", "UZ-TK", "meeting", "planned", (D(2026, 1, 27), D(2026, 1, 27)),
            "National conference on eliminating forced labour: results and next steps", "1.1.2.2", "Tashkent",
            partners=("uz-mepr", "uz-ftuu", "uz-cci")),
    ],
    "FLARE": [
        # ---------------- China
        Act("FL-CN-2014-NNG", "CN", "CN-GX", "training", "completed", (D(2014, 4, 24), D(2014, 4, 25)),
            "Training workshop for labour inspectors on preventing and addressing forced labour", "2.1",
            "Nanning", partners=("cn-mohrss",), tests=False, full_days=True,
            groups=(New("cn-ha", 3, 1), New("cn-gd", 4, 1), New("cn-gx", 4, 2), New("cn-gz", 3, 1),
                    New("cn-sd", 3, 0), New("cn-yn", 3, 1), New("cn-zj", 3, 1), New("cn-nanning", 4, 2),
                    New("cn-liuzhou", 3, 1), New("cn-guilin", 2, 1), New("cn-beihai", 2, 0)),
            description="Organized with the MOHRSS for 34 labour inspectors from the Henan, Guangdong, "
                        "Guangxi, Guizhou, Shandong, Yunnan and Zhejiang inspection offices and several "
                        "cities of Guangxi: international standards and the Chinese legal framework; case "
                        "studies on identifying forced labour and planning an inspection visit; good "
                        "practices."),
        Act("FL-CN-2014-NNG-VISIT", "CN", "CN-GX", "meeting", "completed", (D(2014, 4, 25), D(2014, 4, 25)),
            "Visit to the Nanning City labour inspection office: the twin network labour inspection system",
            "2.2", "Nanning City Labour Inspection Office", partners=("cn-nanning", "cn-mohrss")),
        Act("FL-CN-2023-01", "CN", "CN-GD", "training", "completed", (D(2023, 6, 20), D(2023, 6, 21)),
            "Training of Guangdong labour inspectors on the identification of forced labour", "2.1",
            "Guangzhou",
            partners=("cn-mohrss", "cn-gd"),
            groups=(New("cn-gd", 22, 8), New("cn-mohrss", 4, 2), New("cn-gx", 4, 1), Facilitator("cn-ilo"))),
        Act("FL-CN-2024-01", "CN", "CN-BJ", "training", "completed", (D(2024, 5, 28), D(2024, 5, 29)),
            "Workshop with CEC and ACFTU on forced labour risks in supply chains", "3.1", "Beijing",
            partners=("cn-cec", "cn-acftu"), groups=(New("cn-cec", 10, 4), New("cn-acftu", 12, 6))),
        Act("FL-CN-2024-02", "CN", "CN-BJ", "research", "completed", (D(2024, 8, 1), D(2024, 12, 20)),
            "Compilation of labour inspection case studies on forced labour", "2.2", "Beijing",
            partners=("cn-mohrss",)),
        Act("FL-CN-2025-01", "CN", "CN-YN", "training", "completed", (D(2025, 4, 22), D(2025, 4, 23)),
            "Training of Yunnan and Guizhou labour inspectors on forced labour in small mines and brick "
            "kilns",
            "2.1", "Kunming", partners=("cn-mohrss", "cn-yn"),
            groups=(New("cn-yn", 20, 7), New("cn-gz", 6, 2))),
        Act("FL-CN-2025-02", "CN", "CN-ZJ", "training", "planned", (D(2025, 11, 25), D(2025, 11, 26)),
            "Training of Zhejiang labour inspectors on forced labour", "2.1", "Hangzhou",
            partners=("cn-zj",)),
        # ---------------- Thailand
        Act("FL-TH-2023-01", "TH", "TH-74", "training", "completed", (D(2023, 3, 14), D(2023, 3, 15)),
            "Training of labour inspectors on forced labour in fishing and seafood processing", "2.1",
            "Samut Sakhon", partners=("th-dlpw",),
            groups=(New("th-dlpw-ss", 12, 6), New("th-dlpw", 10, 5), Facilitator("th-ilo"))),
        Act("FL-TH-2023-02", "TH", "TH-10", "policy_advice", "completed", (D(2023, 9, 4), D(2023, 9, 29)),
            "Review of ministerial regulations under the Labour Protection in Sea Fishery Work Act", "1.1",
            "Bangkok", partners=("th-dlpw",)),
        Act("FL-TH-2024-01", "TH", "TH-10", "training", "completed", (D(2024, 2, 27), D(2024, 2, 29)),
            "Training of Royal Thai Police anti-trafficking officers on forced labour cases", "2.1",
            "Bangkok",
            partners=("th-police",),
            groups=(New("th-police", 24, 5), Return("FL-TH-2023-01", 4, ("th-dlpw-ss", "th-dlpw")))),
        Act("FL-TH-2024-02", "TH", "TH-10", "meeting", "completed", (D(2024, 11, 12), D(2024, 11, 12)),
            "Regional knowledge-sharing meeting on forced labour indicators in labour inspection", "2.2",
            "Bangkok", partners=("th-dlpw", "th-ilo")),
        Act("FL-TH-2025-01", "TH", "TH-10", "training", "completed", (D(2025, 6, 17), D(2025, 6, 18)),
            "Workshop with ECOT and SERC on forced labour in supply chains", "3.1", "Bangkok",
            partners=("th-ecot", "th-serc"), groups=(New("th-ecot", 10, 5), New("th-serc", 10, 4))),
        Act("FL-TH-2026-01", "TH", "TH-90", "training", "planned", (D(2026, 1, 20), D(2026, 1, 21)),
            "Training of port-in port-out inspection officers on forced labour", "2.1", "Songkhla",
            partners=("th-dlpw",)),
        # ---------------- Viet Nam
        Act("FL-VN-2023-01", "VN", "VN-HN", "training", "completed", (D(2023, 9, 12), D(2023, 9, 13)),
            "Training of MOLISA inspectors on forced labour indicators", "2.1", "Hà Nội",
            partners=("vn-molisa",),
            groups=(New("vn-molisa", 20, 9), New("vn-dolisa-hcm", 5, 3), Facilitator("vn-ilo"))),
        Act("FL-VN-2024-01", "VN", "VN-HN", "research", "completed", (D(2024, 1, 15), D(2024, 6, 28)),
            "Research on forced labour risks in garment and fishing supply chains", "2.2", "Hà Nội",
            partners=("vn-molisa", "vn-vcci")),
        Act("FL-VN-2024-02", "VN", "VN-SG", "training", "completed", (D(2024, 10, 15), D(2024, 10, 16)),
            "Training for VGCL and VCCI on forced labour in supply chains", "3.1", "Hồ Chí Minh City",
            partners=("vn-vgcl", "vn-vcci"), groups=(New("vn-vgcl", 12, 7), New("vn-vcci", 10, 5))),
        Act("FL-VN-2025-01", "VN", "VN-HN", "training", "completed", (D(2025, 3, 18), D(2025, 3, 19)),
            "Training of police officers on investigating forced labour and trafficking", "2.1", "Hà Nội",
            partners=("vn-mps",),
            groups=(New("vn-mps", 20, 4), Return("FL-VN-2023-01", 3, ("vn-molisa",)))),
        Act("FL-VN-2025-02", "VN", "VN-HN", "policy_advice", "completed", (D(2025, 8, 4), D(2025, 8, 29)),
            "Comments on the draft decree on labour inspection", "1.1", "Hà Nội", partners=("vn-molisa",)),
        Act("FL-VN-2025-03", "VN", "VN-SG", "training", "planned", (D(2025, 12, 9), D(2025, 12, 10)),
            "Training of provincial labour inspectors on forced labour in fishing", "2.1", "Hồ Chí Minh City",
            partners=("vn-molisa", "vn-dolisa-hcm")),
    ],
}

# --------------------------------------------------------------------------- narratives

# (project, period, country, section, text)
NARRATIVES = [
    ("BRIDGE", "FY2024-Q3", None, "highlights",
     "The project trained 40 law enforcement officers in Balochistan (16-17 April 2024) with the manual "
     "tested in Quetta in March, 28 Nepal Police officers in Kathmandu and 21 Mongolian Police officers "
     "and state inspectors in Ulaanbaatar. In Peru, SUNAFIL inspectors and regional authorities of Madre "
     "de Dios were trained on forced labour in informal gold mining."),
    ("BRIDGE", "FY2024-Q3", None, "challenges",
     "Frequent transfers of police officers reduce the effect of trainings: in Pakistan and Mongolia some "
     "officers trained in earlier quarters had moved to other posts. The security situation in Balochistan"
     " limited travel outside Quetta."),
    ("BRIDGE", "FY2024-Q3", None, "lessons_learned",
     "Piloting the manual before the full training (Pakistan) allowed the case studies to be adapted to "
     "brick kilns and agriculture; participants rated the adapted version higher. Joint trainings of "
     "several agencies build the inter-departmental coordination that investigations need."),
    ("BRIDGE", "FY2024-Q3", None, "good_practices",
     "Training officers from the Department of Labour, FIA, Police and the Mines department together for "
     "the first time in Balochistan; pre- and post-tests in every training to measure learning."),
    ("BRIDGE", "FY2024-Q3", None, "next_period_plan",
     "Validation of the draft rules under the Balochistan Bonded Labour System (Abolition) Act; awareness "
     "and referral session for rescued mine workers in Madre de Dios; workshop for GEFONT and FNCCI on "
     "fair recruitment; workshop on the feedback mechanism for trade unions and employers in Uzbekistan."),
    ("BRIDGE", "FY2024-Q3", "PK", "highlights",
     "On 16-17 April 2024 the ILO completed a training programme in Quetta for 40 officers from the "
     "Department of Labour, the Federal Investigation Agency, the Police and the Mines department of "
     "Balochistan on forced labour, bonded labour and human trafficking. The training used the manual "
     "developed from the training needs assessment and refined after the pilot session of March 2024. The "
     "Director General of Labour urged officers to act against bonded labour in brick kilns and "
     "agriculture, where women and children suffer as part of borrowers' families."),
    ("BRIDGE", "FY2025-Q4", None, "highlights",
     "Labour inspectors and police of Lumbini Province (Nepal) were trained in July; 24 seasonal cotton "
     "pickers in Sirdaryo (Uzbekistan) took part in an awareness session on their rights."),
    ("BRIDGE", "FY2025-Q4", None, "challenges",
     "The training for judges and prosecutors in Peru was cancelled because prosecutors could not be "
     "released on the planned dates; the Sindh training in Pakistan remains postponed."),
    ("BRIDGE", "FY2025-Q4", None, "next_period_plan",
     "Training of trainers for the Balochistan Police Training College (November 2025); regional training "
     "for SUNAFIL inspectors in Puno (December 2025); National Steering Committee meeting in Nepal "
     "(December 2025); national conference in Uzbekistan (January 2026)."),
    ("FLARE", "2014-Q2", "CN", "highlights",
     "The MOHRSS and the ILO organized a training workshop for 34 labour inspectors in Nanning on 24-25 "
     "April 2014, followed by a visit to the Nanning City labour inspection office to learn about the twin"
     " network labour inspection system. The Director General of the MOHRSS Labour Inspection Bureau noted"
     " that labour inspection can play a bigger role in combating forced labour, with attention to small "
     "brick kilns, small coal mines and other small businesses at risk."),
    ("FLARE", "2025-Q2", None, "highlights",
     "Yunnan and Guizhou labour inspectors were trained in Kunming on forced labour in small mines and "
     "brick kilns; in Bangkok, ECOT and SERC agreed joint messages on forced labour in supply chains."),
]

# The Technical Progress Report of April–September 2024 (FY2024-S2): the narrative of the half-year, progress
# per outcome and the TPR's own sections. The quarters' texts above stay as they were written.
TPR_PERIOD = "FY2024-S2"
NARRATIVES += [
    ("BRIDGE", TPR_PERIOD, None, "highlights",
     "In April–September 2024 the project trained 40 law enforcement officers in Balochistan with the new "
     "manual, 28 Nepal Police officers, 21 Mongolian police officers and state inspectors, 22 inspectors and "
     "regional authorities in Madre de Dios (Peru) and 21 members of GEFONT and FNCCI in Nepal. Draft rules "
     "under the Balochistan Bonded Labour System (Abolition) Act were validated with the social partners."),
    ("BRIDGE", TPR_PERIOD, None, "challenges",
     "Frequent transfers of police officers reduce the effect of trainings in Pakistan and Mongolia; the "
     "project now trains trainers in the police colleges. The Qashqadaryo training in Uzbekistan had to be "
     "postponed because inspectors were deployed to the cotton harvest."),
    ("BRIDGE", TPR_PERIOD, None, "lessons_learned",
     "Piloting the manual before the full training allowed the case studies to be adapted to brick kilns "
     "and agriculture. Joint trainings of several agencies build the coordination that investigations need."),
    ("BRIDGE", TPR_PERIOD, None, "good_practices",
     "Pre- and post-tests in every training show what officers learned and where the manual needs work."),
    ("BRIDGE", TPR_PERIOD, None, "next_period_plan",
     "Awareness session for brick kiln workers in Punjab; workshop for CMTU and MONEF in Mongolia; "
     "inspection guidelines for GASI; refresher training for FIA and Police in Balochistan; the Qashqadaryo "
     "training at new dates."),
    ("BRIDGE", TPR_PERIOD, None, "success_story",
     "A labour inspector trained in Quetta in April 2024 used the manual's checklist on her next visit to a "
     "brick kiln near Quetta. She found workers whose advances had grown into debts they could not repay, "
     "referred the case to the District Vigilance Committee and explained the families' rights under the "
     "Bonded Labour System (Abolition) Act. The committee ordered the debts cancelled; the Department of "
     "Labour now asks every inspector trained by the project to share such cases at monthly meetings."),
    ("BRIDGE", TPR_PERIOD, None, "management_coordination",
     "The project team met the USDOL grant officer representative monthly. Country coordinators in "
     "Islamabad, Kathmandu, Lima, Ulaanbaatar and Tashkent report to the Chief Technical Adviser in Geneva; "
     "a steering committee with the constituents of each country meets once a year. The Pakistan office "
     "coordinates with the ILO projects on fair recruitment and on child labour in brick kilns."),
    ("BRIDGE", TPR_PERIOD, None, "donor_comments",
     "USDOL asked, in its comments on the previous report, for figures of people trained by sex and by "
     "agency. This report gives them for every training and country (Progress by country and Annex A); every "
     "person is counted once, however many trainings they attended."),
    ("BRIDGE", TPR_PERIOD, None, "evaluation_follow_up",
     "The midterm evaluation recommended training of trainers to counter staff turnover in law enforcement. "
     "A training of trainers for the Balochistan Police Training College is planned for November 2025; "
     "Nepal's Police Academy has included the forced labour module in its curriculum."),
    ("BRIDGE", TPR_PERIOD, None, "sustainability",
     "The training manuals are handed over to the police and labour inspection academies of each country, "
     "which include them in their regular curricula; national trainers co-facilitate every training so that "
     "the agencies can continue without the project."),
]

# Progress per result of the framework: (project, period, country, result code, text)
RESULT_NARRATIVES = [
    ("BRIDGE", TPR_PERIOD, None, "1",
     "Two more target countries moved towards ratifying the 2014 Protocol: Mongolia completed its tripartite "
     "legal gap analysis in March and Peru's draft law typifying forced labour reached Congress."),
    ("BRIDGE", TPR_PERIOD, None, "1.1",
     "Pakistan's Balochistan province validated draft rules under its Bonded Labour System (Abolition) Act; "
     "Nepal drafted its National Master Plan against forced labour with the project's technical support."),
    ("BRIDGE", TPR_PERIOD, None, "1.2",
     "Employers' and workers' organizations in Nepal and Uzbekistan took part in workshops on fair "
     "recruitment and on the feedback mechanism for forced labour complaints."),
]

# The risk register: (project, number, country, risk, likelihood, impact, mitigation, status)
RISKS = [
    ("BRIDGE", 1, None, "Trained officers are transferred to other posts and their knowledge is lost.",
     "high", "medium", "Train trainers in the police and labour inspection academies; include the module in "
     "their curricula.", "open"),
    ("BRIDGE", 2, "PK", "The security situation in Balochistan limits travel outside Quetta.", "medium",
     "medium", "Hold trainings in Quetta and invite officers from the districts; follow up by phone.",
     "monitoring"),
    ("BRIDGE", 3, "UZ", "Inspectors are deployed to the cotton harvest in September and October.", "high",
     "low", "Plan trainings outside the harvest months with the State Labour Inspectorate.", "open"),
    ("BRIDGE", 4, "PE", "Changes of government delay the law typifying forced labour.", "medium", "high",
     "Keep the technical dialogue with the Ministry of Labour and Congress committees; brief new officials.",
     "open"),
    ("BRIDGE", 5, None, "Exchange-rate losses reduce the budget available for activities.", "low", "medium",
     "Budget in US dollars; review the work plan each half-year.", "closed"),
]

# --------------------------------------------------------------------------- names

# Each script: style, male and female given names, family names. Styles:
#   "gs"  given + " " + family;  "gss" given + two family names (Spanish);
#   "sg"  family + " " + given (Vietnamese);  "sg0" family + given without a space (Chinese).
# "female_suffix" is appended to the family name of women (Uzbek: Karimov → Karimova).
SCRIPTS = {
    "ur": {"style": "gs",
           "male": ["محمد", "عمران", "اسد", "بلال", "فیصل", "نوید", "طارق", "ظفر", "شاہد", "ناصر", "جمیل",
                    "عبدالقادر"],
           "female": ["عائشہ", "فاطمہ", "صائمہ", "نازیہ", "رابعہ", "ثنا", "حنا", "زینب"],
           "family": ["علی", "خان", "بلوچ", "کاکڑ", "اچکزئی", "مری", "بگٹی", "رند", "مینگل", "جمالی", "ترین",
                      "زہری"]},
    "pk_latin": {"style": "gs",
                 "male": ["Muhammad", "Imran", "Asad", "Bilal", "Faisal", "Naveed", "Tariq", "Zafar",
                          "Shahid",
                          "Nasir", "Abdul Qadir", "Waqar", "Sajid", "Kamran", "Jahangir", "Habib"],
                 "female": ["Ayesha", "Fatima", "Saima", "Nazia", "Rabia", "Sana", "Hina", "Mehwish",
                            "Shazia",
                            "Farzana", "Sadia", "Zainab"],
                 "family": ["Baloch", "Kakar", "Achakzai", "Marri", "Bugti", "Rind", "Mengal", "Jamali",
                            "Tareen", "Zehri", "Khan", "Lehri", "Raisani", "Jatoi", "Ahmed", "Hussain",
                            "Shah",
                            "Qureshi"]},
    "uz_latin": {"style": "gs", "female_suffix": "a",
                 "male": ["Sherzod", "Jamshid", "Bekzod", "Rustam", "Otabek", "Ulug'bek", "Sardor", "Javohir",
                          "Akmal", "Bobur", "Dilshod", "Farrux"],
                 "female": ["Dilnoza", "Gulnora", "Nodira", "Malika", "Zarina", "Feruza", "Kamola", "Aziza",
                            "Shahnoza", "Madina", "Nilufar", "Dildora"],
                 "family": ["Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullaev", "Ismoilov", "Nazarov",
                            "Saidov", "Ergashev", "Qodirov", "Xolmatov", "Mirzaev", "Rashidov", "Umarov"]},
    "uz_cyrl": {"style": "gs", "female_suffix": "а",
                "male": ["Шерзод", "Жамшид", "Бекзод", "Рустам", "Отабек", "Улуғбек", "Сардор", "Жавоҳир",
                         "Акмал", "Бобур", "Дилшод"],
                "female": ["Дилноза", "Гулнора", "Нодира", "Малика", "Зарина", "Феруза", "Камола", "Азиза",
                           "Шаҳноза", "Мадина"],
                "family": ["Рахимов", "Каримов", "Юсупов", "Турсунов", "Абдуллаев", "Исмоилов", "Назаров",
                           "Саидов", "Эргашев", "Қодиров", "Мирзаев", "Умаров"]},
    "mn": {"style": "gs",
           "male": ["Бат-Эрдэнэ", "Болд", "Ганбаатар", "Мөнхбат", "Тэмүүлэн", "Батбаяр", "Ууганбаяр",
                    "Энхбаяр", "Отгонбаяр", "Ганзориг", "Төмөрбаатар", "Эрдэнэбилэг"],
           "female": ["Энхтуяа", "Оюунчимэг", "Сарантуяа", "Алтанцэцэг", "Нарантуяа", "Солонго", "Цэцэгмаа",
                      "Хулан", "Номин", "Анужин", "Мөнхзул", "Оюунтуяа"],
           "family": ["Должин", "Ганбат", "Цэрэн", "Дорж", "Баяр", "Сүхбаатар", "Пүрэв", "Очир", "Батсүх",
                      "Нямдорж", "Жаргал", "Лхагва", "Дамдин", "Гомбо"]},
    "es": {"style": "gss",
           "male": ["José", "Luis", "Carlos", "Jorge", "Juan Carlos", "Miguel Ángel", "César", "Raúl",
                    "Víctor",
                    "Edwin", "Wilber", "Óscar"],
           "female": ["María Fernanda", "Rosa", "Carmen", "Lucía", "Ana María", "Milagros", "Rocío", "Sofía",
                      "Gladys", "Yesenia", "Verónica", "Inés"],
           "family": ["Quispe", "Huamán", "Mamani", "Rojas", "Flores", "Sánchez", "Chávez", "Ramírez",
                      "Gutiérrez", "Condori", "Vásquez", "Díaz", "Torres", "Mendoza", "Ccahuana", "Apaza"]},
    "ne": {"style": "gs",
           "male": ["राम बहादुर", "हरि प्रसाद", "कृष्ण", "विष्णु", "सुरेश", "दीपक", "रमेश", "गोपाल", "नबिन",
                    "प्रकाश", "सन्तोष", "बिकास"],
           "female": ["सीता", "गीता", "सरिता", "कमला", "अनिता", "सुनिता", "राधिका", "पुष्पा", "मीना", "सबिना",
                      "लक्ष्मी", "शान्ति"],
           "family": ["शर्मा", "थापा", "श्रेष्ठ", "गुरुङ", "तामाङ", "राई", "मगर", "अधिकारी", "पौडेल", "चौधरी",
                      "बस्नेत", "भट्ट", "खड्का", "ढकाल", "जोशी"]},
    "ne_fw": {"style": "gs",  # far-western families of freed Haliya and Kamaiya
              "male": ["धन बहादुर", "लाल बहादुर", "कर्ण", "जगत", "भीम", "हरि", "मान", "टेक"],
              "female": ["धनमती", "पार्वती", "कलावती", "जानकी", "गौरी", "सुकमती", "बिमला", "देवकी"],
              "family": ["सार्की", "कामी", "दमाई", "चौधरी", "राना", "डगौरा", "लुहार", "ओड"]},
    "ne_latin": {"style": "gs",
                 "male": ["Ram Bahadur", "Hari Prasad", "Krishna", "Suresh", "Deepak", "Ramesh", "Gopal",
                          "Prakash", "Santosh", "Bikash"],
                 "female": ["Sita", "Gita", "Sarita", "Kamala", "Anita", "Sunita", "Radhika", "Pushpa",
                            "Sabina",
                            "Laxmi"],
                 "family": ["Sharma", "Thapa", "Shrestha", "Gurung", "Tamang", "Rai", "Magar", "Adhikari",
                            "Poudel", "Chaudhary", "Basnet", "Bhatt", "Khadka"]},
    "zh": {"style": "sg0",
           "male": ["伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "志强", "建国", "海峰", "永刚",
                    "俊", "斌"],
           "female": ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂兰", "晓燕", "丽华", "玉梅",
                      "婷"],
           "family": ["李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
                      "胡", "郭",
                      "何", "林", "罗", "高", "梁", "韦", "覃", "蒙", "莫", "黎"]},
    "th": {"style": "gs",
           "male": ["สมชาย", "ประเสริฐ", "วิชัย", "สุรชัย", "ธนากร", "อนุชา", "สมศักดิ์", "ณัฐพล",
                    "กิตติพงษ์",
                    "ชัยวัฒน์"],
           "female": ["สุดารัตน์", "นภา", "กัลยา", "วิไลวรรณ", "ปราณี", "อรุณี", "พรทิพย์", "จันทร์เพ็ญ",
                      "ศิริพร",
                      "รัตนา"],
           "family": ["ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "แสงทอง", "บุญมา", "ทองดี", "สุขสวัสดิ์", "พรหมมา",
                      "แก้วมณี", "ศรีวงศ์", "รุ่งเรือง", "มีสุข"]},
    "th_latin": {"style": "gs",
                 "male": ["Somchai", "Prasert", "Wichai", "Surachai", "Thanakorn", "Anucha"],
                 "female": ["Sudarat", "Napa", "Kanlaya", "Wilaiwan", "Pranee", "Arunee"],
                 "family": ["Jaidee", "Srisuk", "Wongsawat", "Saengthong", "Boonma", "Thongdee"]},
    "vi": {"style": "sg",
           "male": ["Văn Hùng", "Văn Nam", "Minh Tuấn", "Đức Anh", "Quang Huy", "Văn Thắng", "Hữu Phước",
                    "Thanh Tùng", "Công Minh", "Văn Long"],
           "female": ["Thị Lan", "Thị Hương", "Thị Mai", "Thu Hà", "Ngọc Anh", "Thị Hạnh", "Thu Trang",
                      "Minh Châu", "Phương Linh", "Thị Nga"],
           "family": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
                      "Lý"]},
}

# Scripts officers of each country write names in, with their weights.
COUNTRY_SCRIPTS = {
    "PK": [("pk_latin", 7), ("ur", 3)],
    "UZ": [("uz_latin", 6), ("uz_cyrl", 4)],
    "MN": [("mn", 1)],
    "PE": [("es", 1)],
    "NP": [("ne", 8), ("ne_latin", 2)],
    "CN": [("zh", 1)],
    "TH": [("th", 17), ("th_latin", 3)],
    "VN": [("vi", 1)],
}

# Names given to the first new people of that country and sex, so the demo always shows them.
FIXED_NAMES = {
    ("PK", "female"): ["Ayesha Baloch"],
    ("PK", "male"): ["محمد علی"],
    ("UZ", "female"): ["Dilnoza Karimova"],
    ("UZ", "male"): ["Шерзод Рахимов"],
    ("MN", "male"): ["Бат-Эрдэнэ Должин"],
    ("PE", "male"): ["José Quispe Huamán"],
    ("PE", "female"): ["María Fernanda Rojas"],
    ("NP", "female"): ["सीता शर्मा"],
    ("NP", "male"): ["राम बहादुर थापा"],
    ("CN", "male"): ["李伟"],
    ("CN", "female"): ["王芳"],
}

# '#' is a random digit. Pakistan also has the local form officers often write.
PHONE_FORMATS = {
    "PK": ["+92 30# #######", "+92 33# #######", "031#-#######", "034#-#######"],
    "PE": ["+51 9## ### ###"],
    "NP": ["+977 98########"],
    "MN": ["+976 99## ####"],
    "UZ": ["+998 9# ### ## ##"],
    "CN": ["+86 13# #### ####"],
    "TH": ["+66 8# ### ####"],
    "VN": ["+84 9# ### ## ##"],
}

AGE_GROUPS = ["18-24", "25-34", "35-49", "50+"]

# Reasons written on the attendance of people who left early.
EARLY_LEAVE_REMARKS = [
    "Left after the first day (court appearance)",
    "Called back to duty",
    "Attended the opening session only",
]
