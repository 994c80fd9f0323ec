"""The words of the sample journal, in English and Dutch (data only)."""

REFLECTIONS = {
    "en": (
        "Long day of back-to-back calls; little time to think.",
        "Good one-on-one with Sam about what keeps him up at night.",
        "The budget meeting ran over and drained me.",
        "Walked at lunch; the afternoon went better.",
        "Team retro surfaced a real worry about workload.",
        "Slept badly, short fuse in the morning stand-up.",
        "Said no to a request that did not fit our priorities.",
        "Spent an hour on the strategy memo without interruptions.",
        "Firefighting a customer escalation most of the day.",
        "Laughed with the team at the Friday demo.",
        "Explained the why behind the reorganisation; fewer questions after.",
        "Too many urgent things; the important one slipped again.",
    ),
    "nl": (
        "Lange dag met vergaderingen achter elkaar; weinig tijd om na te denken.",
        "Goed één-op-één met Sam over wat hem wakker houdt.",
        "Het budgetoverleg liep uit en kostte me veel.",
        "Tussen de middag gewandeld; de middag ging beter.",
        "De teamretro bracht een echte zorg over werkdruk boven.",
        "Slecht geslapen, kort lontje in de ochtendstand-up.",
        "Nee gezegd tegen een verzoek dat niet bij onze prioriteiten past.",
        "Een uur ongestoord aan de strategienotitie gewerkt.",
        "Bijna de hele dag een klantescalatie geblust.",
        "Samen gelachen bij de vrijdagdemo.",
        "Het waarom achter de reorganisatie uitgelegd; daarna minder vragen.",
        "Te veel dringende zaken; het belangrijke schoof weer door.",
    ),
}
WINS = {
    "en": ("Shipped the plan", "Helped Noor unblock her team", "Closed the hiring round",
           "Kept the focus block free", "A calm conversation with finance"),
    "nl": ("Het plan opgeleverd", "Noor geholpen haar team vlot te trekken", "De werving afgerond",
           "Het focusblok vrijgehouden", "Een rustig gesprek met financiën"),
}
ANSWERS = {
    "en": ("Honesty came under pressure when I softened bad news.",
           "Mostly with Sam and Priya; not enough with the new starters.",
           "The quarterly report felt urgent and mattered little.",
           "Our partnership with operations grew stronger during the outage.",
           "Open the Monday meeting with how everyone is doing.",
           "Block two hours on Thursday for the hiring plan."),
    "nl": ("Eerlijkheid kwam onder druk toen ik slecht nieuws verzachtte.",
           "Vooral met Sam en Priya; te weinig met de nieuwe collega's.",
           "Het kwartaalrapport voelde dringend en deed er weinig toe.",
           "De samenwerking met operations werd sterker tijdens de storing.",
           "Open het maandagoverleg met hoe het met iedereen gaat.",
           "Donderdag twee uur blokken voor het wervingsplan."),
}
ITEMS = {
    "en": ("Budget for next quarter", "Hiring plan", "Customer escalation", "Board slides",
           "Team offsite", "Expense approvals", "Strategy memo", "Vendor contract",
           "Onboarding the new lead", "Weekly status mail", "Office move", "Mentoring Noor"),
    "nl": ("Begroting volgend kwartaal", "Wervingsplan", "Klantescalatie", "Dia's voor de RvB",
           "Teamdag", "Declaraties goedkeuren", "Strategienotitie", "Leverancierscontract",
           "Inwerken nieuwe teamleider", "Wekelijkse statusmail", "Verhuizing kantoor",
           "Noor coachen"),
}
HEADLINES = {
    "en": ("A heavy week, but the team held together.", "Finally time for what matters.",
           "Too much firefighting.", "A week of good conversations."),
    "nl": ("Een zware week, maar het team hield stand.", "Eindelijk tijd voor wat ertoe doet.",
           "Te veel brandjes geblust.", "Een week van goede gesprekken."),
}
VALUES = {
    "en": (("Honesty", "Say what is true, kindly."), ("Craft", "Do the work well."),
           ("Care", "People before plans.")),
    "nl": (("Eerlijkheid", "Zeg wat waar is, met zorg."), ("Vakmanschap", "Doe het werk goed."),
           ("Zorg", "Mensen voor plannen.")),
}
PEOPLE = ("Sam", "Priya", "Noor", "Jeroen", "Fatima", "Lars", "Ines", "Tom")
CONNECTION_KINDS = ("checkin", "one-on-one", "peer", "team")
# (tag, chance on a weekday, chance at the weekend, effect on energy)
TAGS = (
    ("sport", 0.25, 0.45, 0.9),
    ("deadline", 0.22, 0.02, -1.1),
    ("sleep", 0.10, 0.08, -1.4),
    ("team", 0.35, 0.0, 0.3),
    ("travel", 0.08, 0.05, -0.6),
    ("family", 0.05, 0.6, 0.6),
)
WEEKDAY_EFFECT = (-0.6, -0.2, 0.0, -0.3, 0.4, 1.0, 0.7)
# The cycle prompts of PROMPTS.md by phase and pillar.
PROMPTS = {
    ("vertragen", "values"): ("slow.values.1", "slow.values.2"),
    ("vertragen", "connect"): ("slow.connect.1", "slow.connect.2", "slow.connect.3"),
    ("vertragen", "stamina"): ("slow.stamina.1", "slow.stamina.2"),
    ("verdiepen", "values"): ("deep.values.1", "deep.values.2"),
    ("verdiepen", "connect"): ("deep.connect.1", "deep.connect.2"),
    ("verdiepen", "stamina"): ("deep.stamina.1", "deep.stamina.2", "deep.stamina.3"),
    ("versnellen", "values"): ("act.values.1", "act.values.2"),
    ("versnellen", "connect"): ("act.connect.1", "act.connect.2", "act.connect.3"),
    ("versnellen", "stamina"): ("act.stamina.1", "act.stamina.2"),
}
