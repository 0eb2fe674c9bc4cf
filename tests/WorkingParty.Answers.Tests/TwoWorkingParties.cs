using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.SampleMeetings;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// A store holding two working parties, built by hand: the Working Party on Information (two meetings, April and
/// September 2019) and the Terrorism Working Party (one meeting over two days, 10 and 11 September 2019), with document
/// headers, Council shorthand, documents in several spellings, and dates the reader was unsure of.
/// </summary>
internal static class TwoWorkingParties
{
    public const string Information = "Working Party on Information";
    public const string Terrorism = "Terrorism Working Party";
    public static readonly DateOnly Today = new(2019, 9, 20);

    public static IReadOnlyList<Meeting> All() => [InformationApril(), InformationSeptember(), TerrorismSeptember()];

    public static Meeting InformationApril() => new(
        "wpi-2019-04-15", Information, new DateOnly(2019, 4, 15), false, "Outcome of proceedings", "wpi-2019-04.txt",
        [
            Item(1, "Adoption of the agenda", [], []),
            Item(2, "Publication of minutes", [], [],
                S("Belgium asked for a study on the publication of the minutes of working parties.", "BE")),
        ],
        [], []);

    public static Meeting InformationSeptember() => new(
        "wpi-2019-09-09", Information, new DateOnly(2019, 9, 9), false, "Outcome of proceedings", "wpi-2019-09.txt",
        [
            Item(1, "Adoption of the agenda", [], []),
            Item(2, "Transparency of the legislative process", [], ["8043/17"],
                S("The Presidency presented its compromise on access to documents (doc. 8043/17).", "Presidency"),
                S("The compromise was welcomed by several delegations, among them the Belgian one."),
                S("Cion recalled that its proposal dated from 2017."),
                S("Delegations were invited to send written comments on the compromise by 30 September 2019.", "Presidency"),
                S("Comments on the annex were requested by 4 October 2019 or 14 October 2019.", "Presidency")),
            Item(3, "Information from the Presidency", [], [],
                S("The Pres. informed delegations that the next WP would take place on 7 October 2019 and the following one on 21 October 2019.", "Presidency")),
        ],
        [
            Event(2019, 10, 7, EventKind.NextMeeting, "Meeting of the working party", 3),
            Event(2019, 10, 21, EventKind.NextMeeting, "Meeting of the working party", 3) with
            {
                Doubt = "the text also reads as 12 October",
                Sentence = "The Pres. informed delegations that the next WP would take place on 7 October 2019 and the following one on 21 October 2019.",
            },
        ],
        [
            new Deadline(new DateOnly(2019, 9, 30), 2, "written comments on the compromise", "delegations", ["8043/17"],
                "Delegations were invited to send written comments on the compromise by 30 September 2019."),
            new Deadline(new DateOnly(2019, 10, 4), 2, "comments on the annex", "delegations", [],
                "Comments on the annex were requested by 4 October 2019 or 14 October 2019.")
            {
                Doubt = "two dates are given: 4 October 2019 and 14 October 2019",
            },
        ])
    {
        Header = new DocumentHeader(new DateOnly(2019, 9, 16), "11800/19", "OUTCOME OF PROCEEDINGS", ["INF 200"], true, MeetingDateSource.OnField),
    };

    public static Meeting TerrorismSeptember() => new(
        "twp-2019-09-10", Terrorism, new DateOnly(2019, 9, 10), false, "Summary of discussions", "twp-2019-09.txt",
        [
            Item(1, "Adoption of the agenda", [], ["CM 1235/2/19 REV 2"],
                S("The agenda was adopted as set out in CM 1235/2/19 REV 2.")),
            Item(2, "Online radicalisation", [], ["WK 2569/2019"],
                S("Europol presented its report on online radicalisation (WK 2569/2019).", "Europol"),
                S("It stressed the growing use of encrypted messaging services.", "Europol"),
                S("MS were invited to share their national experience with referral units."),
                S("The Belgian Ministry of Interior described its referral unit.")),
        ],
        [], [])
    {
        EndDate = new DateOnly(2019, 9, 11),
        Header = new DocumentHeader(new DateOnly(2019, 9, 20), "WK 10203/2019", "SUMMARY OF DISCUSSIONS", [], false, MeetingDateSource.OnField),
    };
}
