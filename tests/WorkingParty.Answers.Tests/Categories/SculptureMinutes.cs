using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Invented minutes for the sixth round's answer categories on the own body and the meetings: a "Working Party on
/// Sculptural Heritage" (an adjective in its name; an item title holding a word of it; an additional meeting held by
/// videoconference, first planned for another day; coming meetings through the year) and a "Working Party on Off-Shore
/// Issues" (a hyphenated name).
/// </summary>
internal static class SculptureMinutes
{
    public const string Sculpture = "Working Party on Sculptural Heritage";
    public const string OffShore = "Working Party on Off-Shore Issues";
    public static readonly DateOnly Today = new(2038, 5, 6);

    public const string Calendar = "The Presidency announced that the Working Party would meet on 9 June, 22 September and 17 November 2038.";
    public const string Autumn = "A further meeting may be added on 27 October 2038 under the Slovak Presidency.";
    public const string Bronze = "Delegations are invited to send written comments on the bronze casting guidelines (doc. 8123/38) by 30 May 2038.";
    public const string Plinth = "Replies to the survey on plinth inventories are expected by the end of June.";
    public const string Extra = "The Chair recalled that this additional meeting had been called to finish the reading of the loan rules before the summer.";
    public const string FirstPlanned = "The meeting, first foreseen for 22 April 2038, took place by videoconference.";
    public const string Absent = "Cyprus and Malta were not represented.";
    public const string Rigs = "The next meeting will take place on 3 June 2038.";
    public const string Anchors = "Delegations may send comments on the anchoring note by 25 May 2038.";

    public static Meeting[] All() => [March(), April(), Rigs2038()];

    public static Meeting March() => new(
        "sculpture-2038-03-10", Sculpture, new DateOnly(2038, 3, 10), false, "Outcome of proceedings", "st07011-en38.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Sculptural restoration methods", [], P(null, S("The Commission presented a study on marble cleaning.", "Commission"))),
            Item(3, "Loans of works of art", [], P(null, S("The Presidency introduced the draft loan rules.", "Presidency"))),
        ],
        [],
        [])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2038, 3, 14), DocumentNumber = "7011/38", DateSource = MeetingDateSource.Stated },
    };

    public static Meeting April() => new(
        "sculpture-2038-04-28", Sculpture, new DateOnly(2038, 4, 28), false, "Outcome of proceedings", "st08420-en38.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S(FirstPlanned), S(Extra), S(Absent))),
            Item(2, "Loans of works of art", ["8123/38"], P(null, S("The Presidency presented the bronze casting guidelines.", "Presidency"), S(Bronze))),
            Item(3, "Sculptural restoration methods", [], P(null, S(Plinth))),
            Item(4, "Next meetings", [], P(null, S(Calendar, "Presidency"), S(Autumn))),
        ],
        [
            new DatedEvent(new DateOnly(2038, 4, 22), null, DatePrecision.Day, EventKind.Event, "Meeting of the working party", 1, FirstPlanned) { Status = "moved" },
            new DatedEvent(new DateOnly(2038, 6, 9), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Calendar),
            new DatedEvent(new DateOnly(2038, 9, 22), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Calendar),
            new DatedEvent(new DateOnly(2038, 10, 27), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Autumn),
            new DatedEvent(new DateOnly(2038, 11, 17), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 4, Calendar),
        ],
        [
            new Deadline(new DateOnly(2038, 5, 30), 2, "written comments on the bronze casting guidelines", "delegations", ["8123/38"], Bronze),
            new Deadline(new DateOnly(2038, 6, 30), 3, "replies to the survey on plinth inventories", "delegations", [], Plinth) { Doubt = "the minutes give only the end of the month" },
        ])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2038, 5, 2), DocumentNumber = "8420/38", Kind = "Additional meeting of the Working Party on Sculptural Heritage", DateSource = MeetingDateSource.Stated },
    };

    public static Meeting Rigs2038() => new(
        "offshore-2038-04-20", OffShore, new DateOnly(2038, 4, 20), false, "Outcome of proceedings", "st08101-en38.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Decommissioning of platforms", [], P(null, S("The Commission presented the anchoring note on platforms close to the shore.", "Commission"), S(Anchors))),
            Item(3, "Any other business", [], P(null, S(Rigs))),
        ],
        [
            new DatedEvent(new DateOnly(2038, 6, 3), null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 3, Rigs),
        ],
        [
            new Deadline(new DateOnly(2038, 5, 25), 2, "comments on the anchoring note", "delegations", [], Anchors),
        ])
    {
        Header = DocumentHeader.None with { IssueDate = new DateOnly(2038, 4, 24), DocumentNumber = "8101/38", DateSource = MeetingDateSource.Stated },
    };
}
