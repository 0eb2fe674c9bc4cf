using WorkingParty.Cards.Views;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Tests.Samples;

/// <summary>Minutes under review: the seed as read (one date corrected, one uncertain) and the largest minutes a review card must carry.</summary>
public static class ReviewSamples
{
    public const string UploadId = "5c1e9a0b7d3f4e21";

    public static readonly ReviewCorrection ByRossi = new("Maria Rossi", SampleCards.ReceivedAt, "Wednesday 19 April 2017 (next meeting, item 2)");

    public static readonly ReviewNotice Conflict = new(
        "These minutes were changed meanwhile (by someone else, or from another card), so nothing was done: here they are as they stand now. Enter your corrections again.", IsProblem: true);

    private const string NextMeetings = "The Presidency announced the dates of the next meetings (19 April and 12 May) and of an interactive workshop planned for 24 May.";

    public static MinutesReviewView Seed() => new(UploadId, "minutes-hwp-cyber-2017-03.txt", 3, MinutesReviewState.Pending, new ReviewedMinutes(
        "Outcome of proceedings, Horizontal Working Party on Cyber Issues",
        new ReviewedText(SeedAnswers.Body, null),
        new ReviewedMeetingDate(SeedAnswers.MeetingDate, null, MeetingDateSource.Inferred, Inferred: true, null),
        null,
        new ReviewedText(null, null),
        "OUTCOME OF PROCEEDINGS",
        SeedAnswers.ItemTitles.Select((title, index) => new ReviewedItem(index + 1, title, null)).ToList(),
        [
            new("e1f2a3b4c5", new(2017, 4, 20), null, "next-meeting", "Next meeting of the working party", 2, NextMeetings, null, ByRossi),
            new("e2a3b4c5d6", new(2017, 5, 12), null, "next-meeting", "The Presidency announced the dates of the next meetings", 2, NextMeetings, null, null),
            new("e3b4c5d6e7", new(2017, 5, 24), null, "workshop", "an interactive workshop", 2, NextMeetings, null, null),
            new("e4c5d6e7f8", new(2017, 1, 31), null, "past-event", "Member States were informed about the creation of a network of CGN specialists", 3,
                "In addition, Member States were informed about the creation of a network of CGN specialists on 31 January in Europol to exchange good practices.",
                "no year is given and the sentence does not say whether it is past or to come; read as the one shortly before the meeting", null),
        ],
        [
            new("d1a2b3c4d5", new(2017, 3, 29), SeedAnswers.Comments7130().Subject, "Delegations", 7, ["7130/17"],
                "The Presidency invited delegations to send their written comments on the draft line by 29 March 2017.", null, null),
            new("d2b3c4d5e6", new(2017, 4, 3), SeedAnswers.CommentsToolbox().Subject, "Delegations", 9, ["WK 2569/2017"],
                "The Presidency set 3 April as the deadline for written comments both on the content of the cyber toolbox paper, and also on the way ahead.", null, null),
            new("a9f8e7d6c5", new(2017, 4, 10), "Written comments on the questionnaire findings (doc. 6142/17)", "Delegations", 10, ["6142/17"],
                "Written comments on the questionnaire findings (doc. 6142/17)", null, ByRossi with { Read = null }),
        ])
    { Corrections = 2 });

    public static MinutesReviewView Published() => Seed() with
    {
        State = MinutesReviewState.Published,
        Version = 5,
        Published = new ReviewCorrection("Maria Rossi", SampleCards.ReceivedAt.AddMinutes(4), null),
        Notice = new ReviewNotice("2 corrections saved."),
    };

    /// <summary>Minutes with 30 agenda items, 20 dates and 10 deadlines, every text long: more than one card can carry.</summary>
    public static MinutesReviewView Large()
    {
        const string Long = " in the context of the discussion on the implementation of the Council conclusions on cyber diplomacy and the state of play of the negotiations";
        var items = Enumerable.Range(1, 30).Select(n => new ReviewedItem(n, $"Agenda item number {n}{Long}", null)).ToList();
        var dates = Enumerable.Range(1, 20).Select(n => new ReviewedDate($"e{n:d9}", new DateOnly(2017, 4, 1).AddDays(n * 3), null, n % 4 == 0 ? "workshop" : "next-meeting",
            $"Meeting number {n} of the working party{Long}", n, $"The Presidency announced that meeting number {n} would take place on the date given{Long}.",
            n % 7 == 0 ? "two dates are given" : null, n % 5 == 0 ? ByRossi : null)).ToList();
        var deadlines = Enumerable.Range(1, 10).Select(n => new ReviewedDeadline($"d{n:d9}", new DateOnly(2017, 4, 2).AddDays(n * 4), $"Written comments number {n}{Long}",
            "Delegations", n + 10, ["7130/17", $"WK {2500 + n}/2017"], $"The Presidency invited delegations to send written comments number {n}{Long}.", null, null)).ToList();
        return Seed() with
        {
            Minutes = Seed().Minutes with { Items = items, Dates = dates, Deadlines = deadlines, DocumentNumber = new ReviewedText("7423/17", null) },
        };
    }

    /// <summary>The secretariat's list: minutes published from Teams with corrections, one withdrawn, one from the minutes folder.</summary>
    public static StoredMinutesView StoredMinutes() => new(
    [
        new("9f3c1a7e0b2d4c6e8a1b3c5d7e9f0a1b", "Terrorism Working Party", new(2019, 9, 10), "WK 10203/2019", "twp-2019-09-10.pdf",
            new ActedBy("Maria Rossi", SampleCards.ReceivedAt), 3, 1, null) { Revises = "twp-2019-09-10-draft.pdf" },
        new("1a2b3c4d5e6f708192a3b4c5d6e7f809", "Terrorism Working Party", new(2019, 6, 12), "10577/19", "twp-2019-06-12.docx",
            new ActedBy("Maria Rossi", SampleCards.ReceivedAt.AddDays(-90)), 0, 0, new ActedBy("Luca Bianchi", SampleCards.ReceivedAt.AddMinutes(2))),
        new("0123456789abcdef0123456789abcdef", SeedAnswers.Body, SeedAnswers.MeetingDate, null, "minutes-hwp-cyber-2017-03.txt", null, 0, 0, null),
    ])
    { Notice = new ReviewNotice("Withdrawn: the minutes of the Terrorism Working Party meeting of 12 June 2019. Nobody is answered from them any more; their comments and acknowledgements are kept.") };

    /// <summary>A new version of the seed (REV 1) under review: what it changes against the stored one.</summary>
    public static MinutesReviewView Revision() => Seed() with
    {
        FileName = "minutes-hwp-cyber-2017-03-rev1.txt",
        Revises = new ReviewedRevision("minutes-hwp-cyber-2017-03.txt", "7423/17",
        [
            new("Deadline", "29 March 2017 (item 7): Written comments on the draft line to be taken", "5 April 2017 (item 7): Written comments on the draft line to be taken"),
            new("Item", "8. Digital Object Architecture - cyber risks", "8. Digital Object Architecture (DOA) - cyber risks"),
            new("Date", null, "30 June 2017 (next meeting, item 2): Meeting of the working party"),
            new("Date", "24 May 2017 (workshop, item 2): an interactive workshop", null),
        ]),
    };
}
