using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Forestry" (two meetings, 2032) and a "Working Party on Fisheries" (one), for
/// the answer categories of batch F's analysis, written from the mechanism: two labelled documents in one sentence, a
/// draft beside a paper announced for later, a cancelled and an additional meeting, deadlines, an accented place name.
/// </summary>
internal static class ForestryMinutes
{
    public const string Forestry = "Working Party on Forestry";
    public const string Fisheries = "Working Party on Fisheries";
    public static readonly DateOnly Today = new(2032, 4, 20);

    public const string Appendices = "The Presidency introduced Appendix C (doc. 8120/32) and then Appendix D (doc. 8121/32).";
    public const string Guidelines = "The Presidency presented the draft guidelines on forest monitoring (doc. 8300/32).";
    public const string Later = "The Commission announced a non-paper on satellite data (WK 4100/2032) for a later meeting.";
    public const string Cancelled = "The meeting of 14 May is cancelled; an additional meeting will be held on 21 May.";
    public const string Concluded = "The Chair concluded that the Presidency would prepare a revised text on timber tracing.";
    public const string Seedlings = "Delegations were invited to send comments on the seedlings regulation by 25 April 2032.";
    public const string Nurseries = "Delegations were invited to send comments on the nurseries report by 15 May 2032.";
    public const string Lubeck = "The Presidency informed delegations about the workshop held in Lübeck on sawmill residues.";

    public const string Thresholds = "Delegations discussed the phasing-out thresholds for peat extraction.";
    public const string Malta = "Malta could agree only if the transition period was extended.";

    public const string Examine = "At its meeting of 21 May the Working Party will examine the revised text on timber tracing.";

    public static Meeting[] All() => [February(), April(), Fish()];

    public static Meeting February() => new(
        "forest-2032-02-10", Forestry, new DateOnly(2032, 2, 10), false, "Outcome of proceedings", "forest-2032-02.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Wildfire prevention", [], P(null, S("The Presidency presented the state of play on wildfire prevention.", "Presidency"))),
        ],
        [],
        []);

    public static Meeting April() => new(
        "forest-2032-04-10", Forestry, new DateOnly(2032, 4, 10), false, "Outcome of proceedings", "forest-2032-04.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Timber tracing regulation", ["8120/32", "8121/32"],
                P(null, S(Appendices, "Presidency"), S("Several delegations asked for more time.")),
                P(null, S(Concluded, "Chair"))),
            Item(3, "Forest monitoring", ["8300/32", "WK 4100/2032"],
                P(null, S(Guidelines, "Presidency"), S(Later, "Commission"))),
            Item(4, "Seedlings and nurseries", [], P(null, S(Seedlings, "Presidency"), S(Nurseries, "Presidency"))),
            Item(5, "Any other business", [], P(null, S(Lubeck, "Presidency"))),
            Item(6, "Next meetings", [], P(null, S(Cancelled), S(Examine))),
            Item(7, "Soil protection", [], P(null, S(Thresholds), S(Malta, "Malta"), S("Ireland supported the text.", "Ireland"))),
        ],
        [
            new DatedEvent(new DateOnly(2032, 5, 14), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 6, Cancelled) { Status = "cancelled" },
            new DatedEvent(new DateOnly(2032, 5, 21), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 6, Cancelled) { Status = "additional" },
            new DatedEvent(new DateOnly(2032, 5, 21), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 6, Examine),
        ],
        [
            new Deadline(new DateOnly(2032, 4, 25), 4, "comments on the seedlings regulation", "delegations", [], Seedlings),
            new Deadline(new DateOnly(2032, 5, 15), 4, "comments on the nurseries report", "delegations", [], Nurseries),
        ]);

    public static Meeting Fish() => new(
        "fish-2032-04-02", Fisheries, new DateOnly(2032, 4, 2), false, "Outcome of proceedings", "fish-2032-04.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Next meeting", [], P(null, S("The next meeting will take place on 6 May 2032."))),
        ],
        [
            new DatedEvent(new DateOnly(2032, 5, 6), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2,
                "The next meeting will take place on 6 May 2032."),
        ],
        []);
}
