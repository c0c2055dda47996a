"""Facts typed in from the source documents, shared by the data tests and the CLI tests.

Every value here was typed in by reading the sources, never read from data/: seed 001
(Erikson IECMH Certificate crosswalk) and ../shared/sources/competency-areas.yaml (area ids,
the area-by-category matrix, and the placements of summary rows whose column positions the
text extraction lost).
"""

from __future__ import annotations

# =========================================================================== Erikson courses
#
# Seed 001, one table per course. Each row reads "Skill area met / partially met /
# is not required for ..." once for the infant columns and once for the
# early-childhood columns. Code: 8 letters, infant "IFA IFS IMHS IMHM" then
# "/" then early childhood "ECFA ECFS ECMHS ECMHM"; M = met, P = partially met,
# N = not required.

COLUMNS = ("IFA", "IFS", "IMHS", "IMHM", "ECFA", "ECFS", "ECMHS", "ECMHM")
STATUS_LETTERS = {"M": "met", "P": "partial", "N": "not_required"}

ALL_P = "PPPP/PPPP"
ALL_M = "MMMM/MMMM"
MM_PP = "MMPP/MMPP"  # met for IFA and IFS, partially met for IMHS and IMHM
N_PPP = "NPPP/NPPP"  # not required for IFA, partially met for IFS, IMHS, IMHM
NN_PP = "NNPP/NNPP"  # not required for IFA or IFS, partially met for IMHS, IMHM
NNN_P = "NNNP/NNNP"  # not required for IFA, IFS or IMHS, partially met for IMHM

CREDITS = {"I370": 3, "I371": 2, "I372": 3, "I373": 2, "I374": 2, "I375": 4, "I376": 2}

COURSES: dict[str, dict[str, str]] = {
    # "IMH I370 Foundations of Infant and Early Childhood Mental Health (3 credit hours)"
    "I370": {
        "pregnancy-early-parenthood": MM_PP,
        "infant-young-child-development-behavior": ALL_P,
        "infant-young-child-family-centered-practice": MM_PP,
        "relationship-focused-practice": ALL_M,
        "family-relationships-dynamics": MM_PP,
        "attachment-separation-trauma-grief-loss": ALL_P,
        "disorders-infancy-early-childhood": N_PPP,
        "psychotherapeutic-behavioral-theories-of-change": NN_PP,
        "observation-listening": MM_PP,
        "screening-assessment": ALL_P,
        "responding-with-empathy": ALL_P,
        "advocacy": ALL_P,
        "intervention-treatment-planning": NN_PP,
        "supportive-counseling": NN_PP,
        "parent-infant-relationship-based-therapies": NN_PP,
        "reflective-supervision": NNN_P,
        "building-maintaining-relationships": ALL_M,
        "empathy-compassion": ALL_M,
        "contemplation": ALL_M,
        "self-awareness": ALL_M,
        "curiosity": ALL_M,
        "professional-personal-development": ALL_M,
        "emotional-response": ALL_M,
        "parallel-process": MM_PP,
    },
    # "IMH I371 Infant Observation (yearlong course, 2 credit hours)"
    "I371": {
        "pregnancy-early-parenthood": ALL_P,
        "infant-young-child-development-behavior": ALL_P,
        "family-relationships-dynamics": ALL_P,
        "observation-listening": ALL_M,
        "building-maintaining-relationships": ALL_P,
        "empathy-compassion": ALL_P,
        "listening": ALL_P,
        "speaking": ALL_P,
        "writing": ALL_P,
        "analyzing-information": ALL_P,
        "maintaining-perspective": ALL_P,
        "self-awareness": ALL_P,
    },
    # "IMH I372 Infant Mental Health Practice: Developmental Interventions (3 credit hours)"
    "I372": {
        "infant-young-child-development-behavior": ALL_P,
        "infant-young-child-family-centered-practice": ALL_P,
        "relationship-focused-practice": ALL_P,
        "disorders-infancy-early-childhood": N_PPP,
        "observation-listening": ALL_P,
        "screening-assessment": ALL_P,
        "intervention-treatment-planning": NN_PP,
        "developmental-guidance": NN_PP,
        "parent-infant-relationship-based-therapies": NN_PP,
        "collaborating": ALL_P,
        "analyzing-information": ALL_P,
        "exercising-sound-judgment": ALL_P,
        "maintaining-perspective": ALL_P,
        "planning-organizing": ALL_P,
    },
    # "IMH I373 Infant and Early Childhood Field Experience (2 credit hours)"
    "I373": {
        "infant-young-child-development-behavior": ALL_P,
        "disorders-infancy-early-childhood": N_PPP,
        "psychotherapeutic-behavioral-theories-of-change": NN_PP,
        "observation-listening": ALL_P,
        "intervention-treatment-planning": NN_PP,
        "parent-infant-relationship-based-therapies": NN_PP,
        "speaking": ALL_P,
        "analyzing-information": ALL_P,
        "exercising-sound-judgment": ALL_P,
        "self-awareness": ALL_P,
        "emotional-response": ALL_P,
    },
    # "IMH I374 Parent-Child Relationship Assessment in Early Childhood (2 credit hours)"
    "I374": {
        "pregnancy-early-parenthood": ALL_P,
        "infant-young-child-family-centered-practice": ALL_P,
        "relationship-focused-practice": ALL_P,
        "family-relationships-dynamics": ALL_P,
        "disorders-infancy-early-childhood": N_PPP,
        "psychotherapeutic-behavioral-theories-of-change": NN_PP,
        "mental-behavioral-disorders-adults": NN_PP,
        "observation-listening": ALL_P,
        "screening-assessment": ALL_P,
        "intervention-treatment-planning": NN_PP,
        "parent-infant-relationship-based-therapies": NN_PP,
    },
    # "IMH I375 Infant and Early Childhood Mental Health Intervention: Parent-Child
    #  Relationships (yearlong course, 4 credit hours)"
    "I375": {
        "pregnancy-early-parenthood": ALL_P,
        "infant-young-child-family-centered-practice": ALL_P,
        "relationship-focused-practice": ALL_P,
        "family-relationships-dynamics": ALL_P,
        "attachment-separation-trauma-grief-loss": ALL_P,
        "cultural-competence": ALL_P,  # "Cultural humility"
        "psychotherapeutic-behavioral-theories-of-change": NN_PP,
        "mental-behavioral-disorders-adults": NN_PP,
        "screening-assessment": ALL_P,
        "advocacy": ALL_P,
        "safety": ALL_P,
        "intervention-treatment-planning": NN_PP,
        "parent-infant-relationship-based-therapies": NN_PP,
        "reflective-supervision": NNN_P,
        "building-maintaining-relationships": ALL_P,
        "empathy-compassion": ALL_P,
        "writing": ALL_P,
        "group-process": NNN_P,  # "not required for IFA or IFS, IMHS. partially met for IMHM"
        "contemplation": ALL_P,
        "self-awareness": ALL_P,
        "emotional-response": ALL_P,
    },
    # "IMH I376 Capstone Project Seminar (2 credit hours)"
    "I376": {
        "infant-young-child-family-centered-practice": ALL_P,
        "family-relationships-dynamics": ALL_P,
        "attachment-separation-trauma-grief-loss": ALL_P,
        "cultural-competence": ALL_P,
        "responding-with-empathy": ALL_P,
        "reflective-supervision": NNN_P,
        "listening": ALL_P,
        "speaking": ALL_P,
        "analyzing-information": ALL_P,
        "planning-organizing": ALL_P,
        "self-awareness": ALL_P,
        "curiosity": ALL_P,
        "emotional-response": ALL_P,
    },
}


def decode_course_code(code: str) -> dict[str, str]:
    """'MMPP/MMPP' -> {'IFA': 'met', 'IFS': 'met', 'IMHS': 'partial', ...}."""
    letters = code.replace("/", "")
    assert len(letters) == len(COLUMNS), code
    return {column: STATUS_LETTERS[letter] for column, letter in zip(COLUMNS, letters, strict=True)}


# =========================================================================== Erikson summary
#
# Seed 001, "IECMH Program/Competency Guidelines" table: one mark per column
# IFA/ECFA, IFS/ECFS, IMHS/ECMHS, IMHM/ECMHM. C = completed, A = addressed, . = no mark.

SUMMARY_COLUMNS = ("IFA", "IFS", "IMHS", "IMHM")
MARK_LETTERS = {"C": "completed", "A": "addressed"}

SUMMARY: dict[str, str] = {
    # Theoretical Foundations
    "pregnancy-early-parenthood": "CCAA",
    "infant-young-child-development-behavior": "CCAA",
    "infant-young-child-family-centered-practice": "CCCC",
    "relationship-focused-practice": "CCCC",
    "family-relationships-dynamics": "CCCC",
    "attachment-separation-trauma-grief-loss": "CCAA",
    "cultural-competence": "CCAA",
    "disorders-infancy-early-childhood": ".CAA",  # ✔ ● ● placed IFS, IMHS, IMHM
    "psychotherapeutic-behavioral-theories-of-change": "..AA",
    "mental-behavioral-disorders-adults": "..AA",
    "adult-learning-theory-practice": "...A",
    "statistics": "...A",
    "research-evaluation-knowledge": "...A",
    # Law, Regulation, and Agency Policy
    "ethical-practice": "AAAA",
    "government-law-regulation": "AAAA",
    "agency-policy": "AAAA",
    # Systems Expertise
    "service-delivery-systems": "AAAA",
    "community-resources": "AAAA",
    # Direct Service Skills
    "observation-listening": "CCCC",
    "screening-assessment": "CCCC",
    "responding-with-empathy": "CCCC",
    "advocacy": "CCCC",
    "life-skills": "AAAA",
    "safety": "AAAA",
    "intervention-treatment-planning": "..AA",
    "developmental-guidance": "..AA",
    "supportive-counseling": "..AA",
    "parent-infant-relationship-based-therapies": "..AA",
    "reflective-supervision": "...A",
    # Working with Others
    "building-maintaining-relationships": "CCCC",
    "collaborating": "CCCC",
    "empathy-compassion": "CCCC",
    "supporting-others": "AAAA",
    "resolving-conflict": "AAAA",
    "consulting": "..AA",
    "coaching-mentoring": "...A",
    "crisis-management": "...A",
    # Leading People
    "motivating": "...A",
    "advocacy-leadership": "...A",
    "developing-talent": "...A",
    "mentoring-leadership": "...A",
    # Communicating
    "listening": "CCAA",
    "speaking": "CCAA",
    "writing": "CCAA",
    "group-process": "...A",
    # Thinking
    "analyzing-information": "CCAA",
    "solving-problems": "AAAA",
    "exercising-sound-judgment": "CCAA",
    "maintaining-perspective": "CCAA",
    "planning-organizing": "CCAA",
    # Reflection
    "contemplation": "CCAA",
    "self-awareness": "CCAA",
    "curiosity": "CCAA",
    "professional-personal-development": "CCAA",
    "emotional-response": "CCAA",
    "parallel-process": "...A",  # single mark, placed in the Mentor column
}


# The IFS column of the program summary, spelled out: the column an Erikson graduate most often
# targets.
IFS_COMPLETED = {
    "pregnancy-early-parenthood",
    "infant-young-child-development-behavior",
    "infant-young-child-family-centered-practice",
    "relationship-focused-practice",
    "family-relationships-dynamics",
    "attachment-separation-trauma-grief-loss",
    "cultural-competence",
    "disorders-infancy-early-childhood",
    "observation-listening",
    "screening-assessment",
    "responding-with-empathy",
    "advocacy",
    "building-maintaining-relationships",
    "collaborating",
    "empathy-compassion",
    "listening",
    "speaking",
    "writing",
    "analyzing-information",
    "exercising-sound-judgment",
    "maintaining-perspective",
    "planning-organizing",
    "contemplation",
    "self-awareness",
    "curiosity",
    "professional-personal-development",
    "emotional-response",
}
IFS_ADDRESSED = {
    "ethical-practice",
    "government-law-regulation",
    "agency-policy",
    "service-delivery-systems",
    "community-resources",
    "life-skills",
    "safety",
    "supporting-others",
    "resolving-conflict",
    "solving-problems",
}


def summary_row(area: str) -> dict[str, str]:
    """The seed's marks of `area` by summary column: 'CCA.' -> {'IFA': 'completed', 'IFS':
    'completed', 'IMHS': 'addressed'}; none for an area the summary leaves out."""
    code = SUMMARY.get(area, "....")
    return {
        column: MARK_LETTERS[letter]
        for column, letter in zip(SUMMARY_COLUMNS, code, strict=True)
        if letter in MARK_LETTERS
    }


# =========================================================================== area x category matrix
#
# competency-areas.yaml `matrix_compact`: R = required, - = not required,
# columns IFA IFS IMHS IMHM-C IMHM-P IMHM-R. EC categories mirror the infant ones.

MATRIX_COLUMNS = ("IFA", "IFS", "IMHS", "IMHM-C", "IMHM-P", "IMHM-R")
EC_MIRROR = {
    "IFA": "ECFA",
    "IFS": "ECFS",
    "IMHS": "ECMHS",
    "IMHM-C": "ECMHM-C",
    "IMHM-P": "ECMHM-P",
    "IMHM-R": "ECMHM-R",
}

MATRIX: dict[str, str] = {
    "pregnancy-early-parenthood": "RRRRRR",
    "infant-young-child-development-behavior": "RRRRRR",
    "infant-young-child-family-centered-practice": "RRRRRR",
    "relationship-focused-practice": "RRRRRR",
    "family-relationships-dynamics": "RRRRRR",
    "attachment-separation-trauma-grief-loss": "RRRRRR",
    "cultural-competence": "RRRRRR",
    "disorders-infancy-early-childhood": "-RRRRR",
    "psychotherapeutic-behavioral-theories-of-change": "--RRRR",
    "mental-behavioral-disorders-adults": "--RRRR",
    "adult-learning-theory-practice": "---RRR",
    "statistics": "---RRR",
    "research-evaluation-knowledge": "---RRR",
    "ethical-practice": "RRRRRR",
    "government-law-regulation": "RRRRRR",
    "agency-policy": "RRRRRR",
    "service-delivery-systems": "RRRRRR",
    "community-resources": "RRRRRR",
    "observation-listening": "RRRRRR",
    "screening-assessment": "RRRRRR",
    "responding-with-empathy": "RRRRRR",
    "intervention-treatment-planning": "--RRRR",
    "developmental-guidance": "--RRRR",
    "supportive-counseling": "--RRRR",
    "parent-infant-relationship-based-therapies": "--RRRR",
    "advocacy": "RRRRRR",
    "life-skills": "RRRRRR",
    "safety": "RRRRRR",
    "reflective-supervision": "---RRR",
    "building-maintaining-relationships": "RRRRRR",
    "supporting-others": "RRRRRR",
    "collaborating": "RRRRRR",
    "resolving-conflict": "RRRRRR",
    "empathy-compassion": "RRRRRR",
    "consulting": "--RRRR",
    "coaching-mentoring": "---RRR",
    "crisis-management": "---RRR",
    "motivating": "---RRR",
    "advocacy-leadership": "---RRR",
    "developing-talent": "---RRR",
    "mentoring-leadership": "---RRR",
    "listening": "RRRRRR",
    "speaking": "RRRRRR",
    "writing": "RRRRRR",
    "group-process": "---RRR",
    "analyzing-information": "RRRRRR",
    "solving-problems": "RRRRRR",
    "exercising-sound-judgment": "RRRRRR",
    "maintaining-perspective": "RRRRRR",
    "planning-organizing": "RRRRRR",
    "contemplation": "RRRRRR",
    "self-awareness": "RRRRRR",
    "curiosity": "RRRRRR",
    "professional-personal-development": "RRRRRR",
    "emotional-response": "RRRRRR",
    "parallel-process": "RRRRRR",
    "program-management": "----R-",
}
REQ_LETTERS = {"R": "required", "-": "not_required"}


def expected_required_for(area: str) -> dict[str, str]:
    infant = {col: REQ_LETTERS[c] for col, c in zip(MATRIX_COLUMNS, MATRIX[area], strict=True)}
    return {**infant, **{EC_MIRROR[col]: value for col, value in infant.items()}}
