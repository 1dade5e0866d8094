"""Templates of the synthetic mailbox, written for this project (invented companies)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    label: str
    sender: str  # "careers", "person", "ats" or "board"
    subject: str
    body: str
    noise: bool = False


COMPANIES = [
    ("Brindle Labs", "brindlelabs.io"),
    ("Quillfeather", "quillfeather.com"),
    ("Corvid Freight", "corvidfreight.com"),
    ("Halcyon Robotics", "halcyon-robotics.com"),
    ("Marrow & Finch", "marrowfinch.co.uk"),
    ("Tessellate", "tessellate.dev"),
    ("Oakridge Health", "oakridgehealth.org"),
    ("Sproutwell", "sproutwell.com"),
    ("Gridline", "gridline.energy"),
    ("Copperleaf Games", "copperleafgames.com"),
    ("Nimbus Freight", "nimbusfreight.com"),
    ("Lumenfold", "lumenfold.ai"),
    ("Fieldnote", "fieldnote.app"),
    ("Stockwell Logistics", "stockwell-logistics.com"),
    ("Pinecrest Analytics", "pinecrest-analytics.com"),
    ("Clearwater Partners", "clearwaterpartners.com"),
    ("Vireo Bank", "vireobank.de"),
    ("Hollow Creek Energy", "hollowcreek.energy"),
    ("Zephyr Apps", "zephyrapps.io"),
    ("Kestrel Süd GmbH", "kestrel-sued.de"),
    ("Orbitline", "orbitline.space"),
    ("Bramble Data", "brambledata.com"),
    ("Lakeshore Foods", "lakeshorefoods.com"),
    ("Tallgrass Software", "tallgrass.software"),
    ("Ferrohaus", "ferrohaus.com"),
    ("Île Verte Studio", "ileverte.fr"),
]
FIRST_NAMES = [
    "Priya",
    "Lena",
    "Tom",
    "Marta",
    "Jo",
    "Ria",
    "Devon",
    "Kim",
    "Morgan",
    "Helen",
    "Amir",
    "Noor",
    "Rob",
    "Maya",
    "José",
    "Anaïs",
    "Björn",
    "Chen",
    "Olu",
    "Sasha",
]
LAST_NAMES = [
    "Ortiz",
    "Nakamura",
    "Okafor",
    "Schmidt",
    "Lindqvist",
    "Haddad",
    "Novak",
    "Dubois",
    "Reilly",
    "Kowalski",
    "Mensah",
    "Ferreira",
    "Müller",
    "Walsh",
]
ROLES = [
    "Data Analyst",
    "Backend Engineer",
    "Product Designer",
    "Site Reliability Engineer",
    "Operations Associate",
    "Financial Analyst",
    "Content Designer",
    "QA Engineer",
    "Registered Nurse",
    "Logistics Planner",
    "Machine Learning Engineer",
    "Customer Success Manager",
    "Junior Accountant",
    "Policy Officer",
]

TEMPLATES = [
    Template(
        "application_received",
        "careers",
        "We received your application - {role}",
        "Hi {name},\n\nThanks for applying to the {role} position at {company}. Your "
        "application is now with our recruiting team, who will review it over the next "
        "couple of weeks. If your profile matches what we need, we will reach out about "
        "next steps.\n\nThe {company} Talent Team",
    ),
    Template(
        "application_received",
        "ats",
        "Application confirmation: {role} ({ref})",
        "Dear {name},\n\nThis message confirms that your application for {role} ({ref}) "
        "has been submitted successfully. You can follow its status in the candidate "
        "portal at any time.\n\nPlease do not reply to this automated message.",
    ),
    Template(
        "application_received",
        "careers",
        "Thanks for your interest in {company}",
        "Hello {name},\n\nWe appreciate you taking the time to apply. Our hiring managers "
        "look at every application personally; should your background fit the {role} "
        "role, someone will contact you to arrange a first call.\n\nBest wishes,\n{company}",
    ),
    Template(
        "rejection",
        "careers",
        "Your application to {company}",
        "Hi {name},\n\nThank you for your interest in the {role} role. We've now reviewed "
        "all applications and have decided to move forward with other candidates whose "
        "experience is closer to what the team needs right now.\n\nWe wish you every "
        "success.\n{company} Recruiting",
    ),
    Template(
        "rejection",
        "person",
        "{role} - update",
        "Hi {name},\n\nThanks again for the time you spent interviewing with us. I'm sorry "
        "to say that we won't be progressing your application further; the team went with "
        "a candidate with more hands-on experience in the domain.\n\nHappy to share "
        "feedback if useful.\n{person}\n{company}",
    ),
    Template(
        "rejection",
        "ats",
        "Regarding your application ({ref})",
        "Dear {name},\n\nWe regret to inform you that your application for {role} was "
        "not successful on this occasion. We will keep your details on file for future "
        "vacancies.\n\nKind regards,\n{company} HR",
    ),
    Template(
        "interview_invitation",
        "person",
        "Interview for {role} at {company}",
        "Hi {name},\n\nThe team was impressed with your application and would like to "
        "invite you to a video interview with the hiring manager. Would {day} at {time} "
        "work for you? If not, send me two or three alternatives.\n\nBest,\n{person}",
    ),
    Template(
        "interview_invitation",
        "careers",
        "Next steps: schedule your conversation",
        "Hello {name},\n\nWe'd love to learn more about you. Please pick a time for a "
        "30-minute phone screen using this link: https://calendly.com/{company}-talent/"
        "screen\n\nSpeak soon,\n{company} Recruiting",
    ),
    Template(
        "interview_invitation",
        "person",
        "Confirmed: on-site interview {day}",
        "Hi {name},\n\nYour on-site interview is confirmed.\n\nDate: {day}\nTime: {time}\n"
        "Location: our main office, reception on the ground floor\n\nSee you then,\n"
        "{person}",
    ),
    Template(
        "assessment",
        "careers",
        "Next step: online assessment for {role}",
        "Hi {name},\n\nAs the next step in our process, please complete a short online "
        "assessment (about 45 minutes). The link stays open until {day}.\n\nGood luck!\n"
        "{company} Talent",
    ),
    Template(
        "assessment",
        "person",
        "Take-home task",
        "Hi {name},\n\nThanks for the great first chat. Attached you'll find our take-home "
        "exercise; please send your solution back by {day}. Don't spend more than three "
        "hours on it.\n\nCheers,\n{person}",
    ),
    Template(
        "offer",
        "person",
        "Offer of employment - {role}",
        "Dear {name},\n\nI'm delighted to offer you the position of {role} at {company}! "
        "Your offer letter is attached with the salary and start date we discussed. "
        "Please return the signed copy by {day}.\n\nCongratulations,\n{person}",
    ),
    Template(
        "offer",
        "careers",
        "Welcome aboard!",
        "Hi {name},\n\nWe're thrilled to extend you a formal offer to join {company} as "
        "our new {role}. You'll find the details in the attached package.\n\n{company}",
    ),
    Template(
        "other",
        "careers",
        "Withdrawal confirmed",
        "Hi {name},\n\nThis confirms that you have withdrawn your application for {role}. "
        "We're sorry to see you go and wish you luck.\n\n{company} Recruiting",
    ),
    Template(
        "other",
        "board",
        "{role} jobs for you this week",
        "New jobs matching your search: {role} at {company}, Senior {role} at Vireo Bank. "
        "Apply now with one click.\n\nManage your job alerts | Unsubscribe",
        noise=True,
    ),
    Template(
        "other",
        "careers",
        "{company} news: our spring hiring event",
        "Join our virtual career fair on {day}. Register now to save your spot - our "
        "engineers will answer your questions live.\n\nUnsubscribe",
        noise=True,
    ),
    Template(
        "other",
        "ats",
        "Reset your password",
        "Hi {name}, we received a request to reset your password. Use the link below to "
        "choose a new password. If you did not ask for this, ignore this email.",
        noise=True,
    ),
]
