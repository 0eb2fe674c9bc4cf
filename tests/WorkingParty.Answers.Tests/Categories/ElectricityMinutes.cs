using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Electricity" (12 March 2031) holding the shapes of the answer categories of
/// a blind batch's analysis, written from the mechanism: dated events of other bodies and application dates, a moved and
/// a remote meeting, an item citing several documents, a deadline that cites none under it (read with no document: which
/// one it is about is unsure), delegations speaking on a topic, an earlier meeting of the body, and a header with its
/// issue date.
/// </summary>
internal static class ElectricityMinutes
{
    public const string Electricity = "Working Party on Electricity";
    public static readonly DateOnly Today = new(2031, 3, 20);
    public static readonly DateOnly Issued = new(2031, 3, 14);

    private const string Council = "The Presidency informed delegations that the Energy Council would take place on 16 June 2031 in Luxembourg.";
    private const string Remote = "The Presidency recalled that the meeting of 2 April would be held by videoconference.";
    private const string Moved = "The meeting of 9 April was postponed to 23 April.";
    private const string Applies = "The regulation would apply from 1 January 2033.";
    private const string Conference = "The high-level conference on hydrogen will take place in Vienna on 5-6 May 2031.";
    private const string Annex = "The annex on tariffs (doc. 7411/31) was also discussed.";
    private const string Comments = "Delegations were invited to send written comments on the annex by 4 April 2031.";
    private const string CouncilBefore = "The Energy Council had held a policy debate on the file at its meeting of 3 March.";
    private const string Earlier = "The Chair recalled that the Working Party had examined the first compromise at its meeting of 25 February.";

    public static Meeting March() => new(
        "elec-2031-03-12", Electricity, new DateOnly(2031, 3, 12), false, "Outcome of proceedings", "elec-2031-03.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 1500/31"], P(null, S("The agenda was adopted as set out in CM 1500/31."))),
            Item(2, "Information from the Presidency", [], P(null, S(Council, "Presidency"), S(Remote, "Presidency"), S(Moved), S(CouncilBefore))),
            Item(3, "Grid connection regulation", ["7410/31", "7411/31", "WK 3120/2031"],
                P("a", S("The Presidency presented the compromise text (doc. 7410/31).", "Presidency"), S(Annex), S(Comments, "Presidency")),
                P("a", S("BE and NL supported the compromise on grid tariffs.", "BE", "NL"), S("DE entered a scrutiny reservation on grid tariffs.", "DE")),
                P("a", S(Earlier, "Chair")),
                P("b", S("The Commission presented the impact study.", "Commission"), S(Applies))) with
            {
                SubItems = [new SubItem("a", "Compromise text"), new SubItem("b", "Impact study (WK 3120/2031)")],
            },
            Item(4, "Hydrogen conference", [], P(null, S(Conference), S("FR and PL asked for a stronger role of storage.", "FR", "PL"))),
        ],
        [
            new DatedEvent(new DateOnly(2031, 6, 16), null, DatePrecision.Day, EventKind.Event, "Energy Council", 2, Council),
            new DatedEvent(new DateOnly(2031, 4, 2), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2, Remote),
            new DatedEvent(new DateOnly(2031, 4, 9), null, DatePrecision.Day, EventKind.Event, "Meeting of the working party", 2, Moved) { Status = "postponed" },
            new DatedEvent(new DateOnly(2031, 4, 23), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2, Moved),
            new DatedEvent(new DateOnly(2033, 1, 1), null, DatePrecision.Day, EventKind.Event, "Application of the regulation", 3, Applies),
            new DatedEvent(new DateOnly(2031, 5, 5), new DateOnly(2031, 5, 6), DatePrecision.Day, EventKind.Event, "High-level conference", 4, Conference),
            new DatedEvent(new DateOnly(2031, 3, 3), null, DatePrecision.Day, EventKind.PastEvent, "Energy Council", 2, CouncilBefore),
            new DatedEvent(new DateOnly(2031, 2, 25), null, DatePrecision.Day, EventKind.PastEvent, "Meeting of the working party", 3, Earlier),
        ],
        [
            new Deadline(new DateOnly(2031, 4, 4), 3, "written comments on the annex", "delegations", [], Comments),
        ])
    {
        Header = new DocumentHeader(Issued, "7702/31", "OUTCOME OF PROCEEDINGS", ["ENER 80"], true, MeetingDateSource.OnField),
    };
}
