using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes for the eighth round's missing facts: a "Working Party on Lighthouses" whose items have lettered
/// parts naming what they were about, and a deadline whose topic is only in its item's title.
/// </summary>
internal static class LighthouseMinutes
{
    public const string Lighthouses = "Working Party on Lighthouses";
    public static readonly DateOnly Today = new(2041, 3, 20);

    public const string Survey = "Delegations were also asked to reply to the Presidency survey (WK 4410/2041) at the latest by 27 March.";
    public const string Study = "The Commission will publish its study on beacon lanterns by the end of April.";
    public const string Note = "The Presidency undertook to circulate a note on beacon lanterns by 25 March.";
    public const string Colonies = "The Commission presented its report on fog horn failures in 2040.";

    public static Meeting[] All() => [January(), March()];

    public static Meeting January() => new(
        "lighthouse-2041-01-15", Lighthouses, new DateOnly(2041, 1, 15), false, "Outcome of proceedings", "st05210-en41.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Fog signal maintenance", [], P(null, S(Colonies, "Commission"))),
        ],
        [],
        [])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2041, 1, 22), DocumentNumber = "5210/41", DateSource = MeetingDateSource.Stated },
    };

    public static Meeting March() => new(
        "lighthouse-2041-03-10", Lighthouses, new DateOnly(2041, 3, 10), false, "Outcome of proceedings", "st07320-en41.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Proposal for a Directive on beacon lanterns", ["6120/41"],
                P("a", S("The Presidency presented the colour coding of lanterns.", "Presidency"), S(Study, "Commission")),
                P("b", S("The Presidency outlined its draft progress report.", "Presidency"), S(Survey), S(Note, "Presidency"))) with
            {
                SubItems = [new SubItem("a", "Colour coding of lanterns"), new SubItem("b", "Presidency progress report")],
            },
            Item(3, "AOB", [], P(null, S("No other business was raised."))),
        ],
        [
            new DatedEvent(new DateOnly(2041, 4, 30), null, DatePrecision.PartOfMonth, EventKind.Event, "study on beacon lanterns", 2, Study),
        ],
        [
            new Deadline(new DateOnly(2041, 3, 27), 2, "the Presidency survey (WK 4410/2041)", "delegations", ["WK 4410/2041"], Survey),
            new Deadline(new DateOnly(2041, 3, 25), 2, "circulate a note on beacon lanterns", "The Presidency", [], Note),
        ])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2041, 3, 16), DocumentNumber = "7320/41", DateSource = MeetingDateSource.Stated },
    };
}
