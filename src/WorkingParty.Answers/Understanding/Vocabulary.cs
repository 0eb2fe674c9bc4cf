namespace WorkingParty.Answers.Understanding;

/// <summary>The words that say what a question asks for, as listed in vocabulary.json.</summary>
internal sealed class Vocabulary
{
    public required IReadOnlyList<IntentCues> Intents { get; init; }
    public required IReadOnlyList<string> PastCues { get; init; }
    public required IReadOnlyList<string> WorkshopCues { get; init; }
    public required IReadOnlyList<string> SaidCues { get; init; }
    public required IReadOnlyList<string> ScheduleChangeWords { get; init; }

    /// <summary>Words that ask how a dated meeting stands ("is the 3 May one physical?"), read like schedule changes.</summary>
    public required IReadOnlyList<string> MeetingStatusWords { get; init; }

    /// <summary>Phrases that ask for a date: "when", "which day", "from when".</summary>
    public required IReadOnlyList<string> WhenCues { get; init; }

    /// <summary>Phrases that ask when something ends ("until when?", "how long"), not by when a thing is due.</summary>
    public IReadOnlyList<string> PeriodEndCues { get; init; } = [];

    /// <summary>Words that ask for delegations only, not every speaker: "which delegations", "which MS".</summary>
    public required IReadOnlyList<string> DelegationWords { get; init; }

    /// <summary>Words by which a delegate asks of what delegations owe: "by when do we reply?", "can I still send ...?".</summary>
    public IReadOnlyList<string> OwnSideWords { get; init; } = [];

    /// <summary>Words that, right after the actor a question opens on, say what it spoke about: "NL on article 5?".</summary>
    public IReadOnlyList<string> ActorTopicWords { get; init; } = [];

    /// <summary>Words that ask a question of their own: "what", "when", "how".</summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];

    /// <summary>Words a question may open on before the actor it asks about: "and NL on article 5?", "what about DE on ...".</summary>
    public IReadOnlyList<string> ActorOpeningWords { get; init; } = [];

    /// <summary>Words that, in a question about meetings held, ask for earlier ones the minutes mention: "before 12 March", "other".</summary>
    public required IReadOnlyList<string> EarlierMeetingWords { get; init; }

    /// <summary>Words that make a sentence about a meeting one of another body's ("the Council meeting of 3 May").</summary>
    public required IReadOnlyList<string> OtherBodyWords { get; init; }

    /// <summary>Words that name the minutes themselves in an issue-date question ("when was the outcome of proceedings issued?").</summary>
    public required IReadOnlyList<string> OwnRecordWords { get; init; }
    public required IReadOnlyList<string> ItemWords { get; init; }
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyList<string> Fillers { get; init; }
    public required IReadOnlyList<string> BodyWords { get; init; }

    /// <summary>Words before a date that make it the start of a period: "after 22 April".</summary>
    public required IReadOnlyList<string> PeriodStartWords { get; init; }

    /// <summary>Words before a month that name a part of it ("end of March", "early April"), with its first and last day.</summary>
    public required IReadOnlyDictionary<string, int[]> MonthParts { get; init; }

    /// <summary>Words that name a meeting ("meeting", "vtc"), and those that ask whether one was held ("met", "held").</summary>
    public required IReadOnlyList<string> MeetingWords { get; init; }

    public required IReadOnlyList<string> HeldWords { get; init; }

    /// <summary>Words that, with a meeting word, ask whether a meeting was held: "when did the WP meet?".</summary>
    public required IReadOnlyList<string> PastQuestionWords { get; init; }

    /// <summary>Words that, with "when" and a meeting word, ask when a meeting was held: "when was the meeting?".</summary>
    public required IReadOnlyList<string> PastBeWords { get; init; }

    /// <summary>
    /// Words that put a meeting date ahead, not behind ("which meeting dates were announced?", "what is the meeting date?"):
    /// without them, "meeting date" in the past tense or alone is the recorded meeting's.
    /// </summary>
    public IReadOnlyList<string> PlannedWords { get; init; } = [];

    /// <summary>"Date", "day": one date asked for, which with a meeting word and no tense is the recorded meeting's ("meeting date?").</summary>
    public IReadOnlyList<string> SingleDateWords { get; init; } = [];

    /// <summary>"meeting", "meet": a question asking for one meeting ("next eID WP meeting?", "when does X meet next?").</summary>
    public IReadOnlyList<string> OneMeetingWords { get; init; } = [];

    /// <summary>"meetings", "dates", "schedule": a question asking for more than one meeting.</summary>
    public IReadOnlyList<string> SeveralMeetingWords { get; init; } = [];

    /// <summary>"next", "again": a sentence calling the meeting it dates the next one ("would meet again on").</summary>
    public IReadOnlyList<string> NextMeetingSentenceWords { get; init; } = [];

    /// <summary>"if", "could", "needed": a sentence dating a meeting only under a condition ("could be convened if needed").</summary>
    public IReadOnlyList<string> ConditionWords { get; init; } = [];

    /// <summary>Kinds of document that, after "which" or "what", ask for a document: "which compromise text did we go through?".</summary>
    public required IReadOnlyList<string> DocumentKindWords { get; init; }

    /// <summary>
    /// Nouns a question names a document by that a title citing it need not repeat ("the gas proposal" for "Security of
    /// gas supply Regulation (doc. 6225/16)").
    /// </summary>
    public IReadOnlyList<string> DocumentNouns { get; init; } = [];

    /// <summary>Words asking what was decided on a topic ("what was agreed on X?", "outcome on X?"): no topic of their own.</summary>
    public IReadOnlyList<string> DecisionQuestionWords { get; init; } = [];

    /// <summary>Phrases asking what was decided on what follows them ("what came out of the closed session?"): no topic of their own.</summary>
    public IReadOnlyList<string> DecisionPhrases { get; init; } = [];

    /// <summary>Words opening a question that asks whether something was done ("was ...", "did ...").</summary>
    public IReadOnlyList<string> YesNoDecisionOpeners { get; init; } = [];

    /// <summary>Words that, in a question opened by <see cref="YesNoDecisionOpeners"/>, ask whether a text was approved ("was the report approved?").</summary>
    public IReadOnlyList<string> YesNoDecisionWords { get; init; } = [];

    /// <summary>Words of a sentence that records a decision or the Chair's conclusion ("The Chair concluded that ...").</summary>
    public IReadOnlyList<string> DecisionSentenceWords { get; init; } = [];

    /// <summary>Nouns that, closing a question opened by "which" or "what", ask for a document ("what's the survey doc?").</summary>
    public IReadOnlyList<string> ClosingDocumentNouns { get; init; } = [];

    /// <summary>Nouns of a sentence that says whether a decision was taken ("No decisions could be taken.").</summary>
    public IReadOnlyList<string> DecisionNouns { get; init; } = [];

    /// <summary>
    /// Words of a sentence, said by the Chair or the Presidency or by nobody named, that tells what follows on an item
    /// when it records no decision ("The Presidency will reflect on the proposal.", "the text would be submitted to a
    /// silence procedure").
    /// </summary>
    public IReadOnlyList<string> FollowUpSentenceWords { get; init; } = [];

    /// <summary>Words before a reference in a document question that make it the act amended, not the document asked for ("the draft amending 3030/93").</summary>
    public IReadOnlyList<string> AmendingWords { get; init; } = [];

    /// <summary>Words of a question that name a document as a header's label does ("doc", "proposal", "reference", a "Council" document): no topic of their own there.</summary>
    public IReadOnlyList<string> HeaderDocumentNouns { get; init; } = [];

    /// <summary>Short forms of a header label's words and of a question's, read in full: "Cion" is "commission", "prev." "previous".</summary>
    public IReadOnlyDictionary<string, string> HeaderLabelSpellings { get; init; } = new Dictionary<string, string>();

    /// <summary>Nouns that, closing any question, ask for a document's reference ("Cion proposal ref?").</summary>
    public IReadOnlyList<string> ClosingReferenceNouns { get; init; } = [];

    /// <summary>Words of taking part in a meeting ("joined", "connected"): with a format word, who took part in that format.</summary>
    public IReadOnlyList<string> JoinWords { get; init; } = [];

    /// <summary>The words that ask "which" before a kind of document.</summary>
    public required IReadOnlyList<string> DocumentQuestionWords { get; init; }

    /// <summary>Words that ask what a meeting was about ("what happened at the meeting of 3 May?"): its items with their documents and conclusions.</summary>
    public required IReadOnlyList<string> SummaryWords { get; init; }

    /// <summary>Words that mark an item's concluding sentence ("The Chair concluded that ...", "... will come back to ...").</summary>
    public required IReadOnlyList<string> ConclusionWords { get; init; }

    /// <summary>Words that, with a working party's name, ask for its coming meetings: "next", "upcoming".</summary>
    public required IReadOnlyList<string> ComingWords { get; init; }

    /// <summary>Words that, as the whole topic of a document question, ask for the minutes' own number ("what's the document number of this record?").</summary>
    public required IReadOnlyList<string> MinutesNouns { get; init; }

    /// <summary>
    /// Words naming an agenda point most meetings have ("aob"): never a name the library does not know, even in minutes
    /// without that point ("what was discussed under AOB at the X WP?" asks for it, not for the meeting's agenda).
    /// </summary>
    public IReadOnlyList<string> StandingItemWords { get; init; } = [];

    /// <summary>Fillers that, in a document or deadline question, name the document asked for: "which document is the agenda?", "comments on the summary by when?".</summary>
    public required IReadOnlyList<string> DocumentTopicWords { get; init; }

    /// <summary>Words saying a topic was discussed: "which meetings discussed X?", "when was X discussed?" ask for every meeting that did.</summary>
    public IReadOnlyList<string> DiscussedWords { get; init; } = [];

    /// <summary>
    /// Nouns of a legal act ("directive", "regulation"): a question on which meetings discussed "the X directive" asks for
    /// the file X, which minutes often name without the noun ("X - state of play").
    /// </summary>
    public IReadOnlyList<string> ActNouns { get; init; } = [];

    /// <summary>Words saying a record was approved: "which summary record was approved?" asks for the record approved, not the list of minutes.</summary>
    public IReadOnlyList<string> ApprovalWords { get; init; } = [];

    /// <summary>
    /// Fillers that, right before a noun for a document, say which kind of paper it is ("which discussion paper was on the
    /// table?", "the working document"): in a document question, the kind and its noun are what is asked about.
    /// </summary>
    public IReadOnlyList<string> DocumentModifierWords { get; init; } = [];

    /// <summary>
    /// The words of an item that only adopts the agenda ("Adoption of the provisional agenda"): the agenda's own document
    /// (CM 1234/05) is none the meeting examined.
    /// </summary>
    public IReadOnlyList<string> AgendaAdoptionWords { get; init; } = [];

    /// <summary>Words that ask for additional meetings only.</summary>
    public required IReadOnlyList<string> AdditionalWords { get; init; }

    /// <summary>Chat spellings of fillers too short to be caught as typos ("abt").</summary>
    public required IReadOnlyDictionary<string, string> ChatSpellings { get; init; }

    /// <summary>Words left out of a working party's initials: "Working Party on Information" is the WPI.</summary>
    public required IReadOnlyList<string> AcronymSkipWords { get; init; }

    /// <summary>Words of file names and classification codes that name no working party ("init", "outcome", "joint").</summary>
    public required IReadOnlyList<string> NicknameStopWords { get; init; }

    /// <summary>
    /// Words of a body's record ("minutes", "deadlines", "agenda", "dates") beside which a word of a body's name names the
    /// body ("the harbour safety minutes", "harbour safety dates in May?"), as beside "working party" or "meeting".
    /// </summary>
    public IReadOnlyList<string> RecordWords { get; init; } = [];

    /// <summary>
    /// Words that say what kind of meeting, not what it was about ("the joint session", "the informal video meeting"):
    /// no topic when a meeting word follows.
    /// </summary>
    public IReadOnlyList<string> MeetingQualifierWords { get; init; } = [];

    /// <summary>Words that ask whether a meeting was cancelled or moved ("cancelled", "called off"), not whether it was held.</summary>
    public IReadOnlyList<string> CancelWords { get; init; } = [];

    /// <summary>Words that ask for the latest meeting only ("when did X last meet?"), not each of its names' latest.</summary>
    public IReadOnlyList<string> LatestCues { get; init; } = [];

    /// <summary>Words that ask for the earliest meeting of a period ("first meeting in 2034?"), no topic.</summary>
    public IReadOnlyList<string> EarliestWords { get; init; } = [];

    /// <summary>Words that, before a meeting word, ask for the closing meeting of a span ("last meeting of the year?").</summary>
    public IReadOnlyList<string> ClosingWords { get; init; } = [];

    /// <summary>
    /// The nouns a chat question names a working party's meeting by, the body standing for its meeting ("the last energy
    /// WP of the year"): a meeting word after a closing word.
    /// </summary>
    public IReadOnlyList<string> BodyMeetingNouns { get; init; } = [];

    /// <summary>Phrases after a closing meeting that bound it by this year ("final meeting of the year").</summary>
    public IReadOnlyList<string> ClosingYearCues { get; init; } = [];

    /// <summary>Phrases after a closing meeting that bound it by this Presidency's half-year ("last meeting under this Presidency").</summary>
    public IReadOnlyList<string> ClosingPresidencyCues { get; init; } = [];

    /// <summary>Phrases that bound the coming meetings asked for by the year after today's ("first meeting next year?").</summary>
    public IReadOnlyList<string> NextYearCues { get; init; } = [];

    /// <summary>Phrases that bound the coming meetings asked for by the next Presidency's half-year ("under the incoming Presidency").</summary>
    public IReadOnlyList<string> NextPresidencyCues { get; init; } = [];

    /// <summary>Phrases that bound the coming meetings asked for to after the year-end holidays ("after Christmas").</summary>
    public IReadOnlyList<string> AfterYearEndCues { get; init; } = [];

    /// <summary>Words that, with a meeting word, ask for the joint meetings of bodies ("when did A and B meet jointly?").</summary>
    public IReadOnlyList<string> JointWords { get; init; } = [];

    /// <summary>Words that ask for a body's meetings without the other bodies of a joint one ("when does X meet on its own?").</summary>
    public IReadOnlyList<string> SeparateWords { get; init; } = [];

    /// <summary>Words that ask for every deadline of a topic ("which fisheries deadlines are open?"), not the one nearest it.</summary>
    public IReadOnlyList<string> SeveralDeadlinesWords { get; init; } = [];

    /// <summary>Words that ask when a thing will be delivered ("sent", "finalised", "ready"), not when an event takes place.</summary>
    public IReadOnlyList<string> DeliveryWords { get; init; } = [];

    /// <summary>Words that ask a deadline for comments ("deadline for comments on the annex?"), not any request of the topic.</summary>
    public IReadOnlyList<string> CommentWords { get; init; } = [];

    /// <summary>
    /// Besides <see cref="CommentWords"/>, the words of a request's subject that name no topic of their own ("their comments",
    /// "replies", "them"): a follow-up request whose topic is in the sentences before it.
    /// </summary>
    public IReadOnlyList<string> ReferringRequestWords { get; init; } = [];

    /// <summary>Words that ask who ("who asked for the extension?").</summary>
    public IReadOnlyList<string> WhoWords { get; init; } = [];

    /// <summary>Words that, before a delegation word, ask which ones ("which countries missed the deadline?").</summary>
    public IReadOnlyList<string> WhichWords { get; init; } = [];

    /// <summary>Words that ask for the deadlines still open ("which deadlines are still open?"), never the past ones.</summary>
    public IReadOnlyList<string> OpenDeadlineWords { get; init; } = [];

    /// <summary>
    /// Words that name a deadline as such ("deadline for comments on the Spanish report?"), which a delegation named in the
    /// question does not turn into a question on what it said.
    /// </summary>
    public IReadOnlyList<string> DeadlineNouns { get; init; } = [];

    /// <summary>Words that, asked when, ask when a period or procedure ends ("when does the standstill period expire?"): a deadline.</summary>
    public IReadOnlyList<string> PeriodEndWords { get; init; } = [];

    /// <summary>Words that ask where a meeting is held ("where"): a place, which no date answers.</summary>
    public IReadOnlyList<string> PlaceQuestionWords { get; init; } = [];

    /// <summary>Words that ask for every document of a topic ("which cod docs were discussed?"), not the one nearest it.</summary>
    public IReadOnlyList<string> SeveralDocumentsWords { get; init; } = [];

    /// <summary>
    /// Words that ask whether a meeting or a deadline moved to another date ("postponed", "brought forward", "extended"),
    /// not whether it was cancelled.
    /// </summary>
    public IReadOnlyList<string> MovedWords { get; init; } = [];

    /// <summary>Words that ask why ("why", "reason"): a sentence giving its reason is then the answer.</summary>
    public IReadOnlyList<string> ReasonWords { get; init; } = [];

    /// <summary>Phrases that open a reason clause in the minutes ("owing to", "to avoid"), for "why was the meeting moved?".</summary>
    public IReadOnlyList<string> ReasonClauses { get; init; } = [];

    /// <summary>"Before", "ahead of": after a coming or additional meeting, what follows is the event that bounds its dates.</summary>
    public IReadOnlyList<string> BoundBeforeCues { get; init; } = [];

    /// <summary>Words of holding back (doubt, concern, reservation, objection), in questions and in sentences alike.</summary>
    public IReadOnlyList<string> ReservationWords { get; init; } = [];

    /// <summary>
    /// Words of holding back that say it wherever a sentence holds them ("scrutiny", "sceptical"), unlike "against" or
    /// "cannot": asked about, the sentences of the topic's item saying one are who held back, whatever topic they repeat.
    /// </summary>
    public IReadOnlyList<string> ReservationMarks { get; init; } = [];

    /// <summary>Council shorthand delegates use for what the minutes write in full ("fac": "Foreign Affairs Council").</summary>
    public IReadOnlyDictionary<string, string> CouncilShorthand { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Shorthand written in capitals only, whose lower-case spelling is another word ("US" is the United States, "us" a
    /// pronoun): a question's word written so is the words it stands for.
    /// </summary>
    public IReadOnlyDictionary<string, string> CapitalShorthand { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A scope over the whole library ("across all the working parties", "in every group", "over all WPs"): a scope word,
    /// then a body noun, maybe a preposition before; the phrase is dropped from the question, which then asks of every body.
    /// </summary>
    public LibraryScope LibraryScope { get; init; } = new([], [], []);

    /// <summary>Days of the week, as a delegate writes one before a date ("on friday 27 sept"): part of the date.</summary>
    public IReadOnlyList<string> Weekdays { get; init; } = [];

    /// <summary>Seasons a delegate names a period by ("the autumn meetings"): the first and last month of each.</summary>
    public IReadOnlyDictionary<string, int[]> Seasons { get; init; } = new Dictionary<string, int[]>();

    /// <summary>Words that, before a season, ask for the dates up to it ("dates until the summer?").</summary>
    public IReadOnlyList<string> UntilWords { get; init; } = [];

    /// <summary>
    /// Verbs a speaker gives a calendar by ("which dates did the Presidency announce?"): with a date noun, the question asks
    /// for the coming meetings, not for what the speaker said.
    /// </summary>
    public IReadOnlyList<string> CalendarVerbs { get; init; } = [];

    /// <summary>Nouns of a calendar ("dates", "schedule") that, with a calendar verb, ask for the coming meetings.</summary>
    public IReadOnlyList<string> CalendarNouns { get; init; } = [];

    /// <summary>
    /// Record words ("minutes", "deadlines") beside which a word of a body's name names the body even when an item title
    /// holds it too ("the sculpture minutes": minutes are a body's, not an item's).
    /// </summary>
    public IReadOnlyList<string> RecordNounsOverTitles { get; init; } = [];

    /// <summary>Words that ask how a meeting was held ("physical", "in person", "online"), no topic.</summary>
    public IReadOnlyList<string> FormatQuestionWords { get; init; } = [];

    /// <summary>Words that, with a planning word, ask for the date a meeting was first meant for ("originally planned").</summary>
    public IReadOnlyList<string> OriginalWords { get; init; } = [];

    /// <summary>Planning words, in questions and sentences alike: "planned", "foreseen", "scheduled".</summary>
    public IReadOnlyList<string> OriginalPlanWords { get; init; } = [];

    /// <summary>Words that, right before a date noun, ask for the date a meeting was first meant for ("the original date").</summary>
    public IReadOnlyList<string> OriginalDateWords { get; init; } = [];

    /// <summary>Nouns of a date ("date", "day") that, after an original-date word, ask for the date first meant.</summary>
    public IReadOnlyList<string> OriginalDateNouns { get; init; } = [];

    /// <summary>Words that, with "this year", ask for the coming meetings of the rest of the year ("which dates are left this year?").</summary>
    public IReadOnlyList<string> RemainingWords { get; init; } = [];

    /// <summary>Words that ask who was absent from a meeting ("who did not attend?", "which MS were absent?").</summary>
    public IReadOnlyList<string> AbsenceQuestionWords { get; init; } = [];

    /// <summary>Phrases that ask who was absent without an attending word ("who wasn't at the meeting?", "who didn't come?").</summary>
    public IReadOnlyList<string> AbsenceQuestionCues { get; init; } = [];

    /// <summary>Words of attending ("attend", "represented") that, negated, ask who was absent ("who did not attend?").</summary>
    public IReadOnlyList<string> AttendanceWords { get; init; } = [];

    /// <summary>Words that negate a verb: "not", "didn't", "never".</summary>
    public IReadOnlyList<string> NegationWords { get; init; } = [];

    /// <summary>Phrases of the minutes that tell who was absent ("were not represented", "did not attend").</summary>
    public IReadOnlyList<string> AbsencePhrases { get; init; } = [];

    /// <summary>Words of the minutes that tell how a meeting was held ("videoconference", "hybrid", "in person").</summary>
    public IReadOnlyList<string> FormatSentenceWords { get; init; } = [];

    /// <summary>
    /// Words naming a kind of meeting held at a distance ("vtc", "videoconference"): asked when one was held, they ask
    /// for the meetings whose record calls itself so, not for the last meeting of any kind.
    /// </summary>
    public IReadOnlyList<string> RemoteMeetingWords { get; init; } = [];

    public static Vocabulary Default { get; } = EmbeddedJson.Read<Vocabulary>("vocabulary.json");
}

internal sealed record LibraryScope(IReadOnlyList<string> Words, IReadOnlyList<string> Nouns, IReadOnlyList<string> Prepositions);

internal sealed record IntentCues(string Name, IReadOnlyList<string> Cues);
