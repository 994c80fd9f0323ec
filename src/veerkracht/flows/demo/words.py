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
# A plausible answer to each prompt of the catalogue (domain/catalogue.py), so a sample cycle reads like a real one.
ANSWERS = {
    "slow.values.1": ("Honesty, when I softened bad news for the board.",
                      "Eerlijkheid, toen ik slecht nieuws voor de RvB verzachtte."),
    "slow.values.2": ("I said focus matters, then booked the team into four status meetings.",
                      "Ik zei dat focus telt en plande het team daarna vier statusoverleggen in."),
    "slow.connect.1": ("With Sam over coffee; we did not talk about the roadmap once.",
                       "Met Sam bij de koffie; het ging geen moment over de roadmap."),
    "slow.connect.2": ("Priya has said little in the stand-ups since the reorganisation.",
                       "Priya zegt weinig in de stand-ups sinds de reorganisatie."),
    "slow.connect.3": ("Friday's demo, when the cat walked across Jeroen's screen.",
                       "Bij de demo van vrijdag, toen de kat over Jeroens scherm liep."),
    "slow.stamina.1": ("The budget meeting drained me; the walk at lunch gave some back.",
                       "Het begrotingsoverleg kostte energie; de wandeling in de lunch gaf wat terug."),
    "slow.stamina.2": ("The quarterly slides: urgent on Monday, forgotten by Wednesday.",
                       "De kwartaaldia's: maandag dringend, woensdag vergeten."),
    "deep.values.1": ("Care: without it the team would only hear about targets.",
                      "Zorg: zonder die waarde hoort het team alleen over doelen."),
    "deep.values.2": ("Keep the Monday check-in; let go of the weekly status mail.",
                      "De check-in op maandag houden; de wekelijkse statusmail loslaten."),
    "deep.connect.1": ("Operations and us, during the outage: we stopped blaming and fixed it.",
                       "Operations en wij, tijdens de storing: we stopten met wijzen en losten het op."),
    "deep.connect.2": ("Noor cares for her father; our 8 o'clock meetings make that hard.",
                       "Noor zorgt voor haar vader; onze overleggen om 8 uur maken dat lastig."),
    "deep.stamina.1": ("I shielded Lars from the client when he was ready for it.",
                       "Ik hield Lars weg bij de klant terwijl hij eraan toe was."),
    "deep.stamina.2": ("Two reorganisations in one year, and the team still delivers.",
                       "Twee reorganisaties in één jaar, en het team levert nog steeds."),
    "deep.stamina.3": ("The hiring freeze. It ends in spring, and we can plan for it now.",
                       "De vacaturestop. Die eindigt in het voorjaar en we kunnen er nu op plannen."),
    "act.values.1": ("Explain the why of the new priorities in tomorrow's team meeting.",
                     "Morgen in het teamoverleg het waarom van de nieuwe prioriteiten uitleggen."),
    "act.values.2": ("The vendor choice: I will share the reasons, not just the outcome.",
                     "De keuze voor de leverancier: ik deel de redenen, niet alleen de uitkomst."),
    "act.connect.1": ("How is everyone doing, really? And share the outage win.",
                      "Hoe gaat het echt met iedereen? En het succes bij de storing delen."),
    "act.connect.2": ("Noor and Tom, who both care for family at home.",
                      "Noor en Tom, die allebei thuis voor familie zorgen."),
    "act.connect.3": ("What did this year teach us that makes us stronger next year?",
                      "Wat heeft dit jaar ons geleerd waardoor we volgend jaar sterker zijn?"),
    "act.stamina.1": ("Draft the hiring plan outline, Thursday 9:00, phone off.",
                      "Opzet van het wervingsplan schrijven, donderdag 9:00, telefoon uit."),
    "act.stamina.2": ("Cut the office move into three two-week sprints.",
                      "De verhuizing opknippen in drie sprints van twee weken."),
}
COMMITMENTS = {
    "en": ("Open Monday's meeting with how everyone is doing",
           "Block two hours on Thursday for the hiring plan",
           "Ask Priya for a walk-and-talk",
           "Explain the why behind the new priorities",
           "Hand the status mail to Lars",
           "Introduce Noor and Tom to each other"),
    "nl": ("Het maandagoverleg openen met hoe het met iedereen gaat",
           "Donderdag twee uur blokken voor het wervingsplan",
           "Priya vragen voor een wandelgesprek",
           "Het waarom achter de nieuwe prioriteiten uitleggen",
           "De statusmail overdragen aan Lars",
           "Noor en Tom aan elkaar voorstellen"),
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
# (tag, chance on a weekday, chance at the weekend, effect on energy)
TAGS = (
    ("sport", 0.25, 0.45, 0.9),
    ("deadline", 0.22, 0.02, -1.1),
    ("sleep", 0.10, 0.08, -1.4),
    ("team", 0.35, 0.0, 0.3),
    ("travel", 0.08, 0.05, -0.6),
    ("family", 0.05, 0.6, 0.6),
)
# The tags as the journal stores them: the user's own words, so Dutch in a Dutch journal.
TAG_WORDS = {
    "en": {tag: tag for tag, *_ in TAGS},
    "nl": {"sport": "sport", "deadline": "deadline", "sleep": "slaap", "team": "team",
           "travel": "reizen", "family": "gezin"},
}
WEEKDAY_EFFECT = (-0.6, -0.2, 0.0, -0.3, 0.4, 1.0, 0.7)
# The cycle prompts of the catalogue (domain/catalogue.py) by phase and pillar.
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
