using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Fruit and Vegetables" (14 October 2032) holding the answer shapes of a blind
/// batch's analysis, written from the mechanism: deadlines whose document is several sentences up or whose sentence
/// only says "do so" (each with the document the reader takes, the only one its item named), statements put in other words
/// than the question's, a footnote naming the delegations that did not answer, another body's meeting written only in
/// full, and a next meeting with its hours.
/// </summary>
internal static class OrchardMinutes
{
    public const string Fruit = "Working Party on Fruit and Vegetables";
    public const string OwnNumber = "13870/32";
    public static readonly DateOnly Today = new(2032, 10, 20);

    private const string Draft = "The Presidency introduced its revised text on residue limits (doc. 13511/32).";
    private const string Welcomed = "SE and DK welcomed the clarifications on imported produce.";
    private const string Drafting = "Delegations were asked for drafting suggestions on the general provisions by 29 October 2032.";
    private const string Survey = "The Commission presented its survey on orchard replanting (WK 9120/2032).";
    private const string Answered = "Eleven delegations had answered so far.";
    private const string DoSo = "The delegations which had not yet replied were invited to do so by 5 November 2032.";
    private const string Return = "The Working Party will return to the replanting survey on 25 November 2032.";
    private const string Added = "SE asked that a reference to organic farming be included in the text.";
    private const string Flexibility = "PT and EL asked for more flexibility on the transition periods.";
    private const string Officials = "The Senior Officials' Meeting of the fruit network will take place in Lisbon on 17 November 2032.";
    private const string Approach = "The Presidency aims at a general approach at the Agriculture Council on 11 December 2032.";
    private const string Next = "The next meeting will take place on 4 November 2032 (afternoon only, 14.30-18.00).";

    public static Meeting October() => new(
        "fruit-2032-10-14", Fruit, new DateOnly(2032, 10, 14), false, "Outcome of proceedings", "fruit-2032-10.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 4410/32"], P(null, S("The agenda was adopted as set out in CM 4410/32."))),
            Item(2, "Residue limits in fruit - general approach", ["13511/32"],
                P(null, S(Draft, "Presidency"), S(Welcomed, "SE", "DK"), S(Added, "SE"), S(Flexibility, "PT", "EL"), S(Drafting, "Presidency")),
                P(null, S(Approach, "Presidency"))),
            Item(3, "Replanting of orchards", ["WK 9120/2032"],
                P(null, S(Survey, "Commission"), S(Answered), S(DoSo, "Presidency"), S(Return))),
            Item(4, "Any other business", [], P(null, S(Officials), S(Next))),
        ],
        [
            new DatedEvent(new DateOnly(2032, 11, 17), null, DatePrecision.Day, EventKind.Event, "Senior Officials' Meeting", 4, Officials),
            new DatedEvent(new DateOnly(2032, 12, 11), null, DatePrecision.Day, EventKind.Event, "Agriculture Council", 2, Approach),
            new DatedEvent(new DateOnly(2032, 11, 25), null, DatePrecision.Day, EventKind.Event, "Replanting survey", 3, Return),
            new DatedEvent(new DateOnly(2032, 11, 4), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Next),
        ],
        [
            new Deadline(new DateOnly(2032, 10, 29), 2, "drafting suggestions", "delegations", ["13511/32"], Drafting),
            new Deadline(new DateOnly(2032, 11, 5), 3, "do so", "delegations", ["WK 9120/2032"], DoSo),
        ])
    {
        Header = new DocumentHeader(new DateOnly(2032, 10, 18), OwnNumber, "OUTCOME OF PROCEEDINGS", ["AGRILEG 140"], true, MeetingDateSource.OnField),
        Footnotes = [new Footnote("1", "No reply to the survey had been received from BG, HR and RO by the date of the meeting.")],
    };
}
