using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of two working parties whose delegates call them by names the minutes never spell out: clipped and
/// glued words, the initials of a qualifier, a header code, a file name; with deadlines on subjects the minutes write
/// only in full and a fact that only one sentence of an item holds.
/// </summary>
internal static class NicknameMinutes
{
    public const string Seeds = "Working Party on Plant Varieties (Seed Marketing)";
    public const string Rural = "Working Party on Rural Development";
    public static readonly DateOnly Today = new(2031, 3, 20);

    public static IReadOnlyList<Meeting> All() => [SeedsMarch(), RuralMarch()];

    public static Meeting SeedsMarch() => new(
        "seeds-2031-03-12", Seeds, new DateOnly(2031, 3, 12), false, "Outcome of proceedings", "outcome-agrileg-2031-03.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Proposal for a Regulation on plant reproductive material - Presidency compromise text", ["WK 4410/31"],
                P(null, S("The Presidency presented its compromise text on plant reproductive material.", "Presidency")),
                P(null, S("BE said that the conservation varieties should stay outside the scope.", "BE"),
                    S("BE also asked how many varieties were registered in the common catalogue.", "BE")),
                P(null, S("The Commission explained that 41 000 varieties were registered in the common catalogue.", "Commission")),
                P(null, S("Delegations were invited to send written comments on the plant reproductive material text by 4 April 2031.", "Presidency"))),
            Item(3, "Guidelines on seed potato certification", [],
                P(null, S("The Commission presented the draft guidelines on seed potato certification.", "Commission")),
                P(null, S("BE supported the draft guidelines.", "BE")),
                P(null, S("The Commission debriefed on the 12th congress of the seed testing association, held in Uppsala.", "Commission")),
                P(null, S("Delegations were asked to send their replies to the questionnaire on seed potato certification by 11 April 2031.", "Presidency"))),
        ],
        [
            new DatedEvent(new DateOnly(2031, 4, 16), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3,
                "The next meeting will take place on 16 April 2031."),
        ],
        [
            new Deadline(new DateOnly(2031, 4, 4), 2, "written comments on the plant reproductive material text", "delegations", ["WK 4410/31"],
                "Delegations were invited to send written comments on the plant reproductive material text by 4 April 2031."),
            new Deadline(new DateOnly(2031, 4, 11), 3, "replies to the questionnaire on seed potato certification", "delegations", [],
                "Delegations were asked to send their replies to the questionnaire on seed potato certification by 11 April 2031."),
        ])
    {
        Header = DocumentHeader.None with { Codes = ["AGRILEG 41", "CODEC 388"] },
    };

    public static Meeting RuralMarch() => new(
        "rural-2031-03-05", Rural, new DateOnly(2031, 3, 5), false, "Outcome of proceedings", "rurdev-2031-03.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Common agricultural policy after 2034", [],
                P(null, S("The Commission presented its communication on the common agricultural policy after 2034.", "Commission")),
                P(null, S("Delegations were invited to comment on the communication by 2 April 2031.", "Presidency"))),
        ],
        [
            new DatedEvent(new DateOnly(2031, 4, 9), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2,
                "The next meeting will take place on 9 April 2031."),
        ],
        [
            new Deadline(new DateOnly(2031, 4, 2), 2, "comments on the communication", "delegations", [],
                "Delegations were invited to comment on the communication by 2 April 2031."),
        ]);
}
