using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests;

/// <summary>Meeting records built by hand in the shape the minutes parser produces, for tests that need no parser.</summary>
internal static class SampleMeetings
{
    public const string Cyber = "Horizontal Working Party on Cyber Issues";

    /// <summary>A part of the seed minutes (March 2017), as the parser should read it.</summary>
    public static Meeting March2017() => new(
        "hwp-cyber-2017-03-22", Cyber, new DateOnly(2017, 3, 22), true, "Outcome of proceedings", "minutes-hwp-cyber-2017-03.txt",
        [
            Item(1, "Adoption of the agenda", [], ["CM 1551/1/17 REV 1"],
                S("The agenda as set out in doc. CM 1551/1/17 REV 1 was adopted with no additional points under AOB.")),
            Item(2, "Information from the Presidency, Commission, EEAS and EU Agencies", [], [],
                S("The Presidency announced the dates of the next meetings (19 April and 12 May) and of an interactive workshop planned for 24 May.", "Presidency"),
                S("The HU delegation provided some details on OSCE as it currently holds the chairmanship of the working group on CBMs within the OSCE.", "HU"),
                S("ENISA reported on the CSIRT network kick-off meeting (23-24 February) in Malta, specifying that the next meeting was scheduled to take place in Estonia at the end of May.", "ENISA")),
            Item(3, "Carrier Grade NAT - exchange of good practices", [], [],
                S("Europol/EC3 underlined the need to focus on IPv6 transition, as many investigations were hampered and difficulties were experienced in attributing crimes due to the use of CGN to cope with the exhaustion of IP addresses under the current IPv4.", "Europol"),
                S("The Commission acknowledged the need for incentives for companies to transit to IPv6 and not maintain CGN.", "Commission")),
            Item(4, "Common challenges to LEA and judiciary in combatting cybercrime", [], ["7021/17"],
                S("The Commission informed the meeting about the state of play of the Encryption expert process after tasking by the December JHA Council.", "Commission")),
            Item(6, "EU Cyber Security Strategy review - state-of-play and future steps", [], [],
                S("The Presidency announced that the discussion on this matter would continue at the next meeting.", "Presidency"))
                with { FollowUps = ["The discussion on this matter would continue at the next meeting."] },
            Item(7, "United Nations Intergovernmental Expert Group on Cybercrime meeting, 10-13 April 2017, Vienna", [], ["7130/17"],
                S("The EEAS and the Commission (DG Home) presented the draft lines to be taken (doc. 7130/17) in the context of the meeting of the intergovernmental expert group meeting in Vienna.", "EEAS", "Commission"),
                S("The Presidency invited delegations to send their written comments on the draft line by 29 March 2017.", "Presidency")),
            Item(9, "Joint EU Diplomatic Response to Cyber Operations (Cyber Toolbox)", [], ["WK 2569/2017"],
                S("The EEAS outlined the key features of the cyber toolbox as set out in doc. WK 2569/2017.", "EEAS"),
                S("The Presidency set 3 April as the deadline for written comments both on the content of the cyber toolbox paper, and also on the way ahead.", "Presidency")),
            Item(10, "Prevention and cyber awareness", [], ["6142/17"],
                S("The Czech delegation presented their National Cyber Awareness Campaign.", "CZ")),
        ],
        [
            Event(2017, 4, 19, EventKind.NextMeeting, "Meeting of the working party", 2),
            Event(2017, 5, 12, EventKind.NextMeeting, "Meeting of the working party", 2),
            Event(2017, 5, 24, EventKind.Workshop, "Interactive workshop", 2),
            Event(2017, 3, 14, EventKind.PastEvent, "PSC", 9),
        ],
        [
            new Deadline(new DateOnly(2017, 3, 29), 7, "written comments on the draft lines to take", "delegations", ["7130/17"],
                "The Presidency invited delegations to send their written comments on the draft line by 29 March 2017."),
            new Deadline(new DateOnly(2017, 4, 3), 9, "written comments on the cyber toolbox paper and on the way ahead", "delegations", ["WK 2569/2017"],
                "The Presidency set 3 April as the deadline for written comments both on the content of the cyber toolbox paper, and also on the way ahead."),
        ]);

    /// <summary>A later meeting of the same working party that moves its next meeting: it supersedes March's dates.</summary>
    public static Meeting April2017() => new(
        "hwp-cyber-2017-04-19", Cyber, new DateOnly(2017, 4, 19), false, "Outcome of proceedings", "2017-04-19-hwp.txt",
        [
            Item(1, "Adoption of the agenda", [], []),
            Item(2, "Information from the Presidency", [], [],
                S("The Presidency informed delegations that the meeting of 12 May had been postponed to 16 May.", "Presidency")),
        ],
        [Event(2017, 5, 16, EventKind.NextMeeting, "Meeting of the working party", 2)],
        []);

    internal static AgendaItem Item(int number, string title, string[] followUps, string[] documents, params Statement[] sentences) =>
        new(number, title, sentences.Length == 0 ? [] : [new Paragraph(string.Join(' ', sentences.Select(s => s.Text)), sentences)],
            sentences.SelectMany(s => s.Actors).Distinct().ToList(), documents, followUps);

    internal static Statement S(string text, params string[] actors) => new(text, actors);

    internal static DatedEvent Event(int year, int month, int day, EventKind kind, string description, int item) =>
        new(new DateOnly(year, month, day), null, DatePrecision.Day, kind, description, item, description);
}
