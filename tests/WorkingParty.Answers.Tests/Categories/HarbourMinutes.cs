using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Harbour Safety (Coastal Navigation Group)" (8 March 2033) holding the missed
/// answers of a blind batch, written from the mechanism: sentences written before item 1 (who joined remotely, who could
/// not attend), the date first planned given only in a footnote, coming meetings told in words a delegate puts
/// otherwise ("devoted to", "a physical meeting"), and meetings cancelled (one replaced by the next meeting).
/// </summary>
internal static class HarbourMinutes
{
    public const string Harbour = "Working Party on Harbour Safety (Coastal Navigation Group)";
    public static readonly DateOnly Today = new(2033, 3, 20);

    private const string Remote = "The meeting was held in hybrid format; the delegations of SK and SI took part remotely.";
    private const string Strike = "Because of a rail strike, the delegations of BE and LU could not attend the meeting.";
    private const string Calendar = "The Presidency confirmed the next meetings of the Working Party for 5 April and 19 April 2033.";
    private const string Devoted = "The meeting of 5 April 2033 will be devoted to the inspection database.";
    private const string Snow = "The Chair recalled that the meeting foreseen for 15 February had been cancelled because of the snow.";
    private const string Off = "The meeting scheduled for 29 March will not take place.";
    private const string Physical = "A physical meeting in Rotterdam is envisaged for 19 April 2033, subject to confirmation.";

    public static Meeting March() => new(
        "harbour-2033-03-08", Harbour, new DateOnly(2033, 3, 8), false, "Outcome of proceedings", "harbour-2033-03.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 1870/33"], P(null, S("The agenda was adopted as set out in CM 1870/33."), S(Snow, "Chair"))),
            Item(2, "Port state inspections", ["6120/33"],
                P(null, S("The Commission presented its report on port state inspections (doc. 6120/33).", "Commission"),
                    S("NL and DE welcomed the report.", "NL", "DE"))),
            Item(3, "AOB", [], P(null, S(Off), S(Calendar, "Presidency"), S(Devoted), S(Physical))),
        ],
        [
            new DatedEvent(new DateOnly(2033, 2, 15), null, DatePrecision.Day, EventKind.PastEvent, "Meeting", 1, Snow) { Status = "cancelled" },
            new DatedEvent(new DateOnly(2033, 3, 29), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting", 3, Off) { Status = "cancelled" },
            new DatedEvent(new DateOnly(2033, 4, 5), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3, Calendar),
            new DatedEvent(new DateOnly(2033, 4, 19), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3, Calendar),
        ],
        [])
    {
        Header = new DocumentHeader(new DateOnly(2033, 3, 15), "7012/33", "OUTCOME OF PROCEEDINGS", [], false, MeetingDateSource.OnField),
        Opening = [P(null, S(Remote), S(Strike))],
        Footnotes = [new Footnote("1", "The meeting was originally planned for 1 March 2033.")],
    };
}
