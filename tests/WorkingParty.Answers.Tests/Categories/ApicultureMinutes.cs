using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a working party on beekeeping: an item where some delegations back a text and others hold it up
/// (a scrutiny reservation, a concern, an objection), and a delegation written once by its code and once by its name.
/// </summary>
internal static class ApicultureMinutes
{
    public const string Bees = "Working Party on Apiculture (HIVES)";
    public static readonly DateOnly Today = new(2032, 2, 20);

    public static Meeting February() => new(
        "hives-2032-02-10", Bees, new DateOnly(2032, 2, 10), false, "Outcome of proceedings", "hives-2032-02.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Proposal on pollinator monitoring", ["WK 2210/32"],
                P(null, S("The Presidency presented the revised pollinator monitoring text.", "Presidency")),
                P(null, S("DK welcomed the pollinator monitoring text and backed its swift adoption.", "DK")),
                P(null, S("AT entered a parliamentary scrutiny reservation on the pollinator monitoring text.", "AT")),
                P(null, S("IE was worried that pollinator monitoring would weigh on small beekeepers.", "IE")),
                P(null, S("LV welcomed the pollinator monitoring timetable.", "LV"))),
            Item(3, "Varroa mite control", [],
                P(null, S("Slovenia presented its experience with oxalic acid treatments against the varroa mite.", "SI")),
                P(null, S("The Commission took note.", "Commission"))),
        ],
        [
            new DatedEvent(new DateOnly(2032, 3, 4), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2,
                "The next meeting will take place on 4 March 2032."),
            new DatedEvent(new DateOnly(2032, 3, 18), null, DatePrecision.Day, EventKind.NextMeeting, "Additional meeting of the working party", 2,
                "An additional meeting may be convened on 18 March 2032.") { Status = "additional" },
            new DatedEvent(new DateOnly(2032, 4, 22), null, DatePrecision.Day, EventKind.NextMeeting, "Additional meeting of the working party", 2,
                "A further additional meeting is pencilled in for 22 April 2032.") { Status = "additional" },
            new DatedEvent(new DateOnly(2032, 3, 30), null, DatePrecision.Day, EventKind.Event, "Agriculture and Fisheries Council", 2,
                "The Presidency aims at a general approach at the Agriculture and Fisheries Council on 30 March 2032."),
        ],
        []);
}
