using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Revisions;
using static WorkingParty.Minutes.Tests.Corrections.SeedCorrections;

namespace WorkingParty.Minutes.Tests.Revisions;

/// <summary>A new version of stored minutes: what it changes, which corrections still hold, which deadlines moved.</summary>
public sealed class RevisionTests
{
    private const string March29Sentence = "The Presidency invited delegations to send their written comments on the draft line by 29 March 2017.";

    /// <summary>The seed as REV 1 reads it: the 29 March deadline now 5 April, item 8 retitled, a workshop dropped, a date added.</summary>
    private static Meeting Revision() => Read with
    {
        SourceDigest = "fedcba9876543210fedcba9876543210",
        SourceFile = "minutes-hwp-cyber-2017-03-rev1.txt",
        Header = Read.Header with { DocumentNumber = "7423/1/17 REV 1" },
        Items = Read.Items.Select(i => i.Number == 8 ? i with { Title = "Digital Object Architecture" } : i).ToList(),
        Events = [.. Read.Events.Where(e => e.Date != new DateOnly(2017, 5, 24)), new DatedEvent(new(2017, 6, 30), null, DatePrecision.Day, EventKind.NextMeeting,
            "Meeting of the working party", 2, "The Presidency added a meeting on 30 June.")],
        Deadlines = Read.Deadlines.Select(d => d.Date == new DateOnly(2017, 3, 29)
            ? d with { Date = new(2017, 4, 5), Sentence = March29Sentence.Replace("29 March", "5 April") } : d).ToList(),
    };

    private static OverlaidMinutes Stored(CorrectionSet corrections) =>
        new(MeetingSource.IdOf(Read), CorrectionOverlay.Apply(Read, corrections), corrections, new MinutesPublication(Rossi, null));

    [Fact]
    public void A_revision_is_found_by_its_document_number_or_its_body_and_meeting_date_never_as_its_own_source()
    {
        var stored = new[] { Stored(CorrectionSet.Empty) with { Corrected = CorrectionOverlay.Apply(Read with { Header = Read.Header with { DocumentNumber = "7423/17" } }, CorrectionSet.Empty) } };

        Assert.Same(stored[0], RevisionFinder.Revised(Revision(), stored));
        Assert.Same(stored[0], RevisionFinder.Revised(Revision() with { Header = Read.Header }, stored));
        Assert.Null(RevisionFinder.Revised(Read, stored));
        Assert.Null(RevisionFinder.Revised(Revision() with { Header = Read.Header, Date = new(2017, 4, 19) }, stored));
    }

    [Fact]
    public void The_changes_name_the_moved_deadline_the_retitled_item_and_the_dates_added_and_removed()
    {
        var changes = MinutesDiff.Between(CorrectionOverlay.Apply(Read, CorrectionSet.Empty), CorrectionOverlay.Apply(Revision(), CorrectionSet.Empty));

        Assert.Equal(
        [
            (FactKind.Item, Change.Changed),
            (FactKind.Date, Change.Removed),
            (FactKind.Date, Change.Added),
            (FactKind.Deadline, Change.Changed),
        ], changes.Changes.Select(c => (c.Kind, c.Change)));
        Assert.StartsWith("29 March 2017 (item 7)", changes.Changes[3].Before);
        Assert.StartsWith("5 April 2017 (item 7)", changes.Changes[3].After);
        var moved = Assert.Single(changes.MovedDeadlines);
        Assert.Equal(("item-7-2017-03-29", new DateOnly(2017, 3, 29), new DateOnly(2017, 4, 5)), (moved.EarlierLocalId, moved.EarlierDate, moved.Date));
    }

    [Fact]
    public void Corrections_carry_over_where_the_revision_reads_the_fact_as_before_and_a_moved_deadline_keeps_its_id()
    {
        var stored = Edit(CorrectionSet.Empty,
            new SetEvent(EventId(new(2017, 4, 19)), new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2)),
            new SetItemTitle(8, "DOA"),
            new SetDeadline(DeadlineId(new(2017, 3, 29)), null),
            new SetMeetingDate(new(2017, 3, 16)));

        var carried = CorrectionCarryOver.From(stored, Revision());
        var changes = MinutesDiff.Between(CorrectionOverlay.Apply(Read, CorrectionSet.Empty), CorrectionOverlay.Apply(Revision(), carried));
        var linked = CorrectionCarryOver.WithDeadlineIds(carried, Revision(), changes.MovedDeadlines, Rossi);
        var revised = CorrectionOverlay.Apply(Revision(), linked).Meeting;

        Assert.Equal(["event/" + EventId(new(2017, 4, 19)), MeetingDateCorrection.Key], carried.Corrections.Select(c => c.FactKey()));
        Assert.Contains(revised.Events, e => e.Date == new DateOnly(2017, 4, 20) && e.Corrected == Rossi);
        Assert.Equal("Digital Object Architecture", revised.Items.Single(i => i.Number == 8).Title);
        var moved = revised.Deadlines.Single(d => d.Date == new DateOnly(2017, 4, 5));
        Assert.Equal(("item-7-2017-03-29", null), (moved.LocalId, moved.Corrected));
        Assert.Equal(2, linked.Count);
    }
}
