namespace WorkingParty.Testing.Corpus;

/// <summary>The words the corpus is written with. {0} and {1} are filled by the writer (a date, a document).</summary>
internal static class CorpusVocabulary
{
    public static readonly string[] Bodies =
    [
        "Horizontal Working Party on Cyber Issues", "Working Party on Terrorism", "Law Enforcement Working Party",
        "Working Party on Judicial Cooperation in Criminal Matters", "Working Party on Financial Services and the Banking Union",
        "Working Party on Data Protection", "Working Party on Customs Union",
    ];

    public static readonly string[] Topics =
    [
        "Anti-money laundering - supervision of crypto-asset providers", "Encryption and lawful access", "Cyber Threat Landscape - emerging trends",
        "Information exchange on returning foreign fighters", "Cross-border access to electronic evidence", "Data retention - way forward",
        "Capacity building in the Western Balkans", "Protection of critical infrastructure", "Prevention of radicalisation online",
        "Joint investigation teams - practical guide", "Customs risk management strategy", "Implementation of the ePrivacy rules",
        "Cooperation with third countries on cybercrime", "Firearms trafficking - action plan", "Interoperability of EU information systems",
    ];

    public static readonly string[] Institutions =
    [
        "The Presidency", "The Commission", "The Commission (DG Home)", "The Commission (DG Connect)", "The EEAS", "Europol",
        "Eurojust", "ENISA", "CERT-EU", "INTCEN", "The EU Counter-Terrorism Coordinator",
    ];

    public static readonly string[] Delegations =
    [
        "The German delegation", "The French delegation", "The HU delegation", "The Czech delegation", "FR", "Slovenia",
        "The Netherlands", "The Spanish delegation", "The Polish delegation", "The Austrian and Italian delegations", "The Swedish delegation",
    ];

    public static readonly string[] Verbs = ["underlined", "stressed", "highlighted", "explained", "recalled", "welcomed"];

    public static readonly string[] Concerns =
    [
        "the need for a coordinated approach", "the importance of information sharing", "the role of the private sector",
        "the lack of resources at national level", "the value of regular updates", "the risk of fragmentation",
        "the progress made since the last report", "the need to involve practitioners",
    ];

    public static readonly string[] PastMeetings = ["JHA Council", "informal meeting of Justice Ministers", "COSI meeting", "CATS meeting"];

    public static readonly string[] NextMeetingSentences =
    [
        "The next meeting is scheduled for {0}.", "The Presidency announced that the next meeting would take place on {0}.",
        "The Chair informed delegations that the next meeting will be held on {0}.",
    ];

    public static readonly string[] WorkshopSentences =
    [
        "A workshop on the implementation of the action plan will be held on {0}.", "It also announced a seminar for practitioners on {0}.",
    ];

    public static readonly string[] DeadlineSentences =
    [
        "The Presidency invited delegations to send their written comments on doc. {0} by {1}.",
        "Delegations were requested to submit written comments on doc. {0} by {1}.",
        "Delegations were invited to send their comments on doc. {0} to the General Secretariat no later than {1}.",
        "The Presidency set {1} as the deadline for written comments on doc. {0}.",
    ];
}
