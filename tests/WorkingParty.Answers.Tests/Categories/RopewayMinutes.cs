using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes of a "Working Party on Ropeways" (January and March 2033), for the fifth round's answer categories
/// on the recorded meeting, deadlines and how a meeting stands: a past meeting date and coming ones, a deadline on a
/// document presented in the sentence before it (the only one its item named, read as its document), a meeting called
/// off, one moved with its reason, one to be confirmed.
/// </summary>
internal static class RopewayMinutes
{
    public const string Ropeways = "Working Party on Ropeways";
    public static readonly DateOnly Today = new(2033, 4, 5);

    public const string Tabled = "The Presidency tabled its third compromise on cable inspection (doc. 7010/33).";
    public const string SendBack = "Delegations were asked to send their remarks on it by 28 March 2033.";
    public const string Survey = "Delegations are invited to reply to the questionnaire on lift safety staff by 20 April 2033.";
    public const string JanuaryNext = "The next meeting will take place on 15 March 2033.";
    public const string CalledOff = "The meeting planned for 10 May had been called off.";
    public const string Moved = "The meeting of 24 May was moved to 31 May owing to the Transport Council.";
    public const string Coming = "The next meeting will take place on 26 April 2033.";
    public const string June = "A further meeting is foreseen on 21 June 2033 (to be confirmed).";

    public const string Incoming = "Under the incoming Presidency, meetings are planned on 17 January and 7 February 2034.";

    public static Meeting[] All() => [January(), March()];

    public static Meeting January() => new(
        "ropeway-2033-01-18", Ropeways, new DateOnly(2033, 1, 18), false, "Outcome of proceedings", "ropeway-2033-01.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Cable car safety regulation", [], P(null, S("The Commission presented the proposal.", "Commission"))),
            Item(3, "Next meeting", [], P(null, S(JanuaryNext))),
        ],
        [
            new DatedEvent(new DateOnly(2033, 3, 15), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3, JanuaryNext),
        ],
        []);

    public static Meeting March() => new(
        "ropeway-2033-03-15", Ropeways, new DateOnly(2033, 3, 15), false, "Outcome of proceedings", "ropeway-2033-03.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Cable car safety regulation", ["7010/33"], P(null, S(Tabled, "Presidency"), S(SendBack))),
            Item(3, "Staff of ski lifts", [], P(null, S(Survey, "Presidency"))),
            Item(4, "Any other business", [], P(null, S(CalledOff), S(Moved), S(Coming), S(June), S(Incoming))),
        ],
        [
            new DatedEvent(new DateOnly(2033, 5, 10), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, CalledOff) { Status = "cancelled" },
            new DatedEvent(new DateOnly(2033, 5, 24), null, DatePrecision.Day, EventKind.Event, "Meeting of the working party", 4, Moved) { Status = "moved" },
            new DatedEvent(new DateOnly(2033, 5, 31), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Moved) { Status = "postponed" },
            new DatedEvent(new DateOnly(2033, 4, 26), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Coming),
            new DatedEvent(new DateOnly(2033, 6, 21), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, June),
            new DatedEvent(new DateOnly(2034, 1, 17), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Incoming),
            new DatedEvent(new DateOnly(2034, 2, 7), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Incoming),
        ],
        [
            new Deadline(new DateOnly(2033, 3, 28), 2, "remarks", "delegations", ["7010/33"], SendBack),
            new Deadline(new DateOnly(2033, 4, 20), 3, "replies to the questionnaire on lift safety staff", "delegations", [], Survey),
        ]);
}
