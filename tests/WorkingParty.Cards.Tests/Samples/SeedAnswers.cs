using WorkingParty.Answers.Model;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Tests.Samples;

/// <summary>
/// Answers as the bot gives them for the seed minutes (HWP on Cyber Issues, meeting of 15 March 2017), on 24 March 2017.
/// </summary>
public static class SeedAnswers
{
    public const string MeetingId = "hwp-cyber-2017-03-15";
    public const string Body = "Horizontal Working Party on Cyber Issues";
    public static readonly DateOnly MeetingDate = new(2017, 3, 15);
    public static readonly DateOnly Today = new(2017, 3, 24);

    public static readonly string[] ItemTitles =
    [
        "Adoption of the agenda",
        "Information from the Presidency, Commission, EEAS and EU Agencies",
        "Carrier Grade NAT - exchange of good practices",
        "Common challenges to LEA and judiciary in combatting cybercrime",
        "Cyber Threat Landscape - emerging trends",
        "EU Cyber Security Strategy review - state-of-play and future steps",
        "United Nations Intergovernmental Expert Group on Cybercrime meeting, 10-13 April 2017, Vienna",
        "Digital Object Architecture - cyber risks",
        "Joint EU Diplomatic Response to Cyber Operations (Cyber Toolbox)",
        "Prevention and cyber awareness",
        "AOB",
    ];

    public static Citation Cite(int item) => new(MeetingId, Body, MeetingDate, item, ItemTitles[item - 1]);

    public static NextMeetingsAnswer NextMeetings() => new(Today,
    [
        new(new(2017, 4, 19), null, "Next meeting", "The Presidency announced the dates of the next meetings (19 April and 12 May).", Cite(2)),
        new(new(2017, 5, 12), null, "Next meeting", "The Presidency announced the dates of the next meetings (19 April and 12 May).", Cite(2)),
        new(new(2017, 5, 24), null, "Workshop", "An interactive workshop planned for 24 May.", Cite(2)),
    ]);

    public static DeadlineEntry Comments7130() => new(
        $"{MeetingId}/item-7-2017-03-29", new(2017, 3, 29), 5,
        "Written comments on the draft line to be taken", "Delegations", ["7130/17"], Cite(7));

    public static DeadlineEntry CommentsToolbox() => new(
        $"{MeetingId}/item-9-2017-04-03", new(2017, 4, 3), 10,
        "Written comments on the content of the cyber toolbox paper and on the way ahead", "Delegations", ["WK 2569/2017"], Cite(9));

    public static DeadlinesAnswer Deadlines() => new(Today, false, [Comments7130(), CommentsToolbox()]);

    public static AgendaAnswer Agenda() => new(MeetingId, Body, MeetingDate, true,
        ItemTitles.Select((title, index) => new AgendaLine(index + 1, title)).ToList());

    public static AgendaItemAnswer Item7() => new(Cite(7),
    [
        new("The EEAS and the Commission (DG Home) presented the draft lines to be taken (doc. 7130/17) in the context of the meeting of the intergovernmental expert group meeting in Vienna and outlined the official EU position in this regard.", ["EEAS", "Commission (DG Home)"]),
        new("Delegations supported the draft line to be taken. Some of them underlined the importance of proactive diplomacy towards third countries, especially those not yet parties to the Budapest convention.", ["Delegations"]),
        new("The Presidency invited delegations to send their written comments on the draft line by 29 March 2017.", ["Presidency"]),
    ], ["7130/17"], ["Written comments on the draft line by 29 March 2017"]);

    public static ActorStatementsAnswer Enisa() => new("ENISA",
    [
        new(Cite(2), "ENISA reported on the CSIRT network kick-off meeting (23-24 February) in Malta, specifying that the next meeting was scheduled to take place in Estonia at the end of May."),
        new(Cite(5), "ENISA referred to their 2017 report on emerging threats, stressing the high level of complexity and demonetisation."),
    ]);

    public static DocumentAnswer Document7130() => new("7130/17",
    [
        new(Cite(7), "The EEAS and the Commission (DG Home) presented the draft lines to be taken (doc. 7130/17) in the context of the meeting of the intergovernmental expert group meeting in Vienna."),
    ]);

    public static CarryOverAnswer CarryOver() => new(
    [
        new(Cite(6), "The Presidency announced that the discussion on this matter would continue at the next meeting."),
    ]);

    public static PassagesAnswer Passages() => new("what did Belgium say about CGN and data retention?",
    [
        new("Several delegations expressed the view that CGN was closely linked to the data retention matter and underlined the need to look at it.",
            Cite(3), ["CGN", "data retention"]),
        new("The Belgian model - an agreed voluntary code of conduct with ISPs - providing in particular limitation of the number of end-users behind one IP address when CGN was used, was presented as a good practice.",
            Cite(3), ["Belgian", "CGN"]),
        new("They clustered them in six big groups encompassing a number of new issues to be addressed together with data retention, encryption, CGN, cloud based storage.",
            Cite(4), ["data retention", "CGN"]),
    ]);

    public static SpeakersAnswer Speakers() => new("which delegations spoke on CGN?", ["BE delegation (Belgium)", "CZ delegation (Czechia)"],
    [
        new("The Belgian model - an agreed voluntary code of conduct with ISPs - providing in particular limitation of the number of end-users behind one IP address when CGN was used, was presented as a good practice.",
            Cite(3), ["Belgian", "CGN"]),
        new("CZ explained that CGN made the identification of end-users difficult.", Cite(3), ["CGN"]),
    ]);

    public static HeldMeeting Held() => new(MeetingId, Body, MeetingDate, null, true, null, null, null, ItemTitles.Length);

    public static HeldMeeting HeldTerrorism() => new("twp-2019-09-10", "Terrorism Working Party", new(2019, 9, 10), new(2019, 9, 11), false,
        "WK 10203/2019", new(2019, 9, 20), "SUMMARY OF DISCUSSIONS", 6);

    public static LastMeetingsAnswer LastMeetings() => new(new(2019, 9, 24), [HeldTerrorism(), Held()]);

    public static MinutesListAnswer MinutesList() => new(new(2019, 9, 24), [HeldTerrorism(), HeldTerrorism() with
    {
        MeetingId = "twp-2019-06-12", Date = new(2019, 6, 12), EndDate = null, DocumentNumber = "10577/19", IssueDate = new(2019, 6, 19),
        Kind = "OUTCOME OF PROCEEDINGS", Items = 8,
    }, Held()]);

    public static MinutesIssuedAnswer MinutesIssued() => new(new(2019, 9, 24), [HeldTerrorism()]);

    /// <summary>The next meetings when the reader was unsure of one date: it is listed apart, with its sentence.</summary>
    public static NextMeetingsAnswer NextMeetingsWithDoubt() => NextMeetings() with
    {
        Doubtful = [new(new(2017, 6, 7), null, "next-meeting", "The Presidency announced the June meeting.", Cite(2))
        {
            Doubt = new("the text also reads as 17 June", "The Presidency announced that the June meeting would take place on 7 or 17 June."),
        }],
    };

    /// <summary>The open deadlines when one due date is uncertain: it keeps its id, but offers no comments.</summary>
    public static DeadlinesAnswer DeadlinesWithDoubt() => new(Today, false, [Comments7130(), CommentsToolbox() with
    {
        Doubt = new("two dates are given, 3 April and 13 April", "The Presidency set 3 April (or 13 April) as the deadline for written comments on the cyber toolbox paper."),
    }]);

    /// <summary>The secretary who corrected the minutes, on 23 March 2017.</summary>
    public static readonly CorrectionMark CorrectedByRossi = new("Maria Rossi", new DateTimeOffset(2017, 3, 23, 14, 5, 0, TimeSpan.Zero), new(2017, 3, 23));

    /// <summary>The next meetings after the secretariat corrected the first date read (19 April) to 20 April.</summary>
    public static NextMeetingsAnswer NextMeetingsCorrected() => NextMeetings() with
    {
        Dates = [NextMeetings().Dates[0] with { Date = new(2017, 4, 20), Corrected = CorrectedByRossi }, .. NextMeetings().Dates.Skip(1)],
    };

    /// <summary>The open deadlines after the secretariat moved the first and added one the reader missed.</summary>
    public static DeadlinesAnswer DeadlinesCorrected() => new(Today, false,
    [
        Comments7130() with { Date = new(2017, 3, 31), DaysLeft = 7, Corrected = CorrectedByRossi },
        CommentsToolbox(),
        new($"{MeetingId}/added-a1b2c3d4e", new(2017, 4, 10), 17, "Written comments on the questionnaire findings (doc. 6142/17)", "Delegations",
            ["6142/17"], Cite(10)) { Corrected = CorrectedByRossi },
    ]);

    public static NotFoundAnswer NotFound() => new("What was decided about quantum key distribution?", [Cite(6), Cite(5), Cite(10)]);

    public static NotFoundAnswer NotFoundInOneWorkingParty() => new("What was decided about quantum key distribution?", []) { Scope = [Body] };

    /// <summary>A deadlines answer with 200 entries, each with a long subject: far more than one card can carry.</summary>
    public static DeadlinesAnswer TwoHundredDeadlines() => new(Today, false,
        Enumerable.Range(1, 200).Select(n => Comments7130() with
        {
            Id = $"{MeetingId}/item-{n}-2017-04-01",
            DaysLeft = n,
            Subject = $"Written comments number {n} on " + string.Concat(Enumerable.Repeat("a very long request text, ", 40)),
        }).ToList());
}
