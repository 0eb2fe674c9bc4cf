using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of two bodies delegates name by one word alone: a working party whose bracketed acronym is also a
/// plain word ("Working Party on Inland Waterways (CANALS)") and a "&lt;Word&gt; Group"; with issue dates, deadlines, a
/// joint session and a cancelled meeting.
/// </summary>
internal static class CanalMinutes
{
    public const string Canals = "Working Party on Inland Waterways (CANALS)";
    public const string Sluice = "Sluice Group";
    public static readonly DateOnly Today = new(2036, 5, 20);

    public static IReadOnlyList<Meeting> All() => [CanalsApril(), SluiceApril(), CanalsMay()];

    public static Meeting CanalsApril() => new(
        "canals-2036-04-08", Canals, new DateOnly(2036, 4, 8), false, "Outcome of proceedings", "canals-2036-04.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 2211/36"], P(null, S("The agenda (CM 2211/36) was adopted."))),
            Item(2, "Proposal for a Directive on river information services (COM(2035) 418 final)", ["ST 7710/36"],
                P(null, S("The Presidency presented its compromise text on river information services.", "Presidency")),
                P(null, S("NL asked for a longer transposition period for the environmental impact assessment.", "NL")),
                P(null, S("The Presidency intends to report on progress to the Agriculture and Fisheries Council in June 2036.", "Presidency")),
                P(null, S("Delegations were invited to send written comments on the compromise text by 2 June 2036.", "Presidency"))),
            Item(3, "Any other business", [],
                P(null, S("The Presidency informed delegations that the meeting set for 22 April 2036 had been cancelled.", "Presidency"))),
        ],
        [
            new DatedEvent(new DateOnly(2036, 4, 22), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3,
                "The Presidency informed delegations that the meeting set for 22 April 2036 had been cancelled.") { Status = "cancelled" },
        ],
        [
            new Deadline(new DateOnly(2036, 6, 2), 2, "written comments on the compromise text", "delegations", ["ST 7710/36"],
                "Delegations were invited to send written comments on the compromise text by 2 June 2036."),
        ])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2036, 4, 14), DocumentNumber = "8120/36" },
    };

    public static Meeting CanalsMay() => new(
        "canals-2036-05-06", Canals, new DateOnly(2036, 5, 6), false, "Outcome of proceedings", "canals-2036-05.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Canals of the trans-European network", [], P(null, S("The Commission presented its study on canals of the core network.", "Commission"))),
            Item(3, "Any other business", [], P(null, S("The Presidency debriefed on the joint session with the Sluice Group."))),
        ],
        [],
        [])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2036, 5, 12), DocumentNumber = "9034/36" },
    };

    public static Meeting SluiceApril() => new(
        "sluice-2036-04-15", Sluice, new DateOnly(2036, 4, 15), false, "Outcome of proceedings", "sluice-2036-04.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Lock gate maintenance standards", ["WK 5120/36"],
                P(null, S("The Commission presented the draft maintenance standards.", "Commission")),
                P(null, S("Delegations were asked to reply to the questionnaire on lock gates by 29 May 2036.", "Presidency"))),
        ],
        [],
        [
            new Deadline(new DateOnly(2036, 5, 29), 2, "replies to the questionnaire on lock gates", "delegations", ["WK 5120/36"],
                "Delegations were asked to reply to the questionnaire on lock gates by 29 May 2036."),
        ])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2036, 4, 20), DocumentNumber = "8402/36" },
    };
}
