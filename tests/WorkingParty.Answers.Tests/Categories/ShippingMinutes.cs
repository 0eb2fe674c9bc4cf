using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Shipping (Maritime Transport)" in two meetings, with sub-items, dash headings,
/// continuations, footnotes, documents and meeting dates of several statuses: the failure categories of a blind batch,
/// written again without its content.
/// </summary>
internal static class ShippingMinutes
{
    public const string Shipping = "Working Party on Shipping";
    public static readonly DateOnly Today = new(2025, 3, 20);

    public const string Infrastructure = "Working Party on Transport Infrastructure";

    public static IReadOnlyList<Meeting> All() => [February(), March(), Infrastructures()];

    public static Meeting Infrastructures() => new(
        "infra-2025-03-05", Infrastructure, new DateOnly(2025, 3, 5), false, "Outcome of proceedings", "infra-2025-03.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Any other business", [], P(null, S("The next meeting will take place on 2 April 2025."))),
        ],
        [
            new DatedEvent(new DateOnly(2025, 4, 2), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2,
                "The next meeting will take place on 2 April 2025."),
        ],
        []);

    public static Paragraph P(string? subItem, params Statement[] sentences) =>
        new(string.Join(' ', sentences.Select(s => s.Text)), sentences, subItem);

    public static Statement S(string text, params string[] actors) => new(text, actors);

    public static AgendaItem Item(int number, string title, IReadOnlyList<string> documents, params Paragraph[] paragraphs) =>
        new(number, title, paragraphs, paragraphs.SelectMany(p => p.Sentences).SelectMany(s => s.Actors).Distinct().ToList(), documents, []);

    public static Meeting February() => new(
        "ship-2025-02-11", Shipping, new DateOnly(2025, 2, 11), false, "Outcome of proceedings", "ship-2025-02.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Green corridors", [], P(null, S("The Presidency presented the state of play on green corridors.", "Presidency"))),
        ],
        [
            new DatedEvent(new DateOnly(2025, 3, 11), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2,
                "The next meeting will take place on 11 March 2025."),
        ],
        []);

    public static Meeting March() => new(
        "ship-2025-03-11", Shipping, new DateOnly(2025, 3, 11), false, "Outcome of proceedings", "ship-2025-03.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 1200/25"],
                P(null, S("The Working Party on Shipping and Maritime Transport (WPSMT) adopted the agenda."), S("The agenda is set out in CM 1200/25."))),
            Item(3, "Maritime package", ["WK 3301/25"],
                P("a", S("The Commission presented the findings.", "Commission"), S("It added that the final report would follow in October.", "Commission")),
                P("a", S("Delegations were invited to send comments by 2 April 2025.", "Presidency")),
                P("b", S("The Presidency debriefed on the outcome.", "Presidency")),
                P("b", S("Port State control")),
                P("b", S("NL asked for more inspections.", "NL"))) with
            {
                SubItems = [new SubItem("a", "Port levy study (WK 3301/25)"), new SubItem("b", "Informal ministers' meeting (Limassol, 4-5 June)")],
            },
            Item(4, "Information from the Presidency", [],
                P(null, S("The Presidency informed delegations that the meetings of the working party would take place on 8 April, 22 April and 6 May 2025.", "Presidency")),
                P(null, S("The meeting of 22 April is cancelled."))),
            Item(5, "Ship Safety Regulation - general approach", [],
                P(null, S("The Presidency presented the revised compromise on inspections of passenger vessels.", "Presidency"))),
            Item(6, "Ferries", ["ST 7421 2025 INIT"],
                P(null, S("Cion presented the tonnage study.", "Commission"), S("It added that the report would follow in October.", "Commission")),
                P(null, S("The Commission presented its proposal (ST 7421 2025 INIT)."), S("The proposal will go to Coreper on 2 July.")),
                P(null, S("The impact assessment (SWD(2025) 45 final) was welcomed.")),
                P(null, S("DE supported the removal of the exemption for small ferries.", "DE")),
                P(null, S("Delegations entered scrutiny reservations.1")),
                P(null, S("Delegations were invited to send comments on the port study of ferries by 9 April 2025.", "Presidency"))),
            Item(7, "Any other business", [],
                P(null, S("The Presidency announced a seminar on autonomous ships.", "Presidency"))),
        ],
        [
            new DatedEvent(new DateOnly(2025, 4, 8), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4,
                "The Presidency informed delegations that the meetings of the working party would take place on 8 April, 22 April and 6 May 2025."),
            new DatedEvent(new DateOnly(2025, 4, 22), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4,
                "The meeting of 22 April is cancelled.") { Status = "cancelled" },
            new DatedEvent(new DateOnly(2025, 5, 6), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4,
                "The Presidency informed delegations that the meetings of the working party would take place on 8 April, 22 April and 6 May 2025."),
        ],
        [
            new Deadline(new DateOnly(2025, 4, 2), 3, "comments", "delegations", [], "Delegations were invited to send comments by 2 April 2025."),
            new Deadline(new DateOnly(2025, 4, 9), 6, "comments on the port study of ferries", "delegations", [],
                "Delegations were invited to send comments on the port study of ferries by 9 April 2025."),
        ])
    {
        Footnotes = [new Footnote("1", "The tonnage study is available on the Commission's website.")],
    };
}
