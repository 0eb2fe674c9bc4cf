using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Corrections.SeedCorrections;

namespace WorkingParty.Minutes.Tests.Corrections;

public sealed class CorrectionOverlayTests
{
    private static readonly DateOnly April19 = new(2017, 4, 19);
    private static readonly DateOnly March29 = new(2017, 3, 29);

    [Fact]
    public void A_corrected_date_replaces_the_one_read_carries_who_and_when_and_leaves_the_record_as_read()
    {
        var set = Edit(CorrectionSet.Empty, new SetEvent(EventId(April19), new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2)));

        var corrected = CorrectionOverlay.Apply(Read, set);

        var moved = Assert.Single(corrected.Meeting.Events, e => e.Date == new DateOnly(2017, 4, 20));
        Assert.Equal(Rossi, moved.Corrected);
        Assert.Equal("Next meeting", moved.Description);
        Assert.DoesNotContain(corrected.Meeting.Events, e => e.Date == April19);
        Assert.Contains(Read.Events, e => e.Date == April19 && e.Corrected is null);
        var correction = Assert.IsType<EventCorrection>(Assert.Single(set.Corrections));
        Assert.Equal(April19, correction.Read.Date);
        Assert.Contains("19 April and 12 May", correction.Sentence);
        Assert.Empty(corrected.Unmatched);
    }

    [Fact]
    public void Meeting_date_body_number_and_item_title_are_corrected_and_the_record_keeps_its_id()
    {
        var set = Edit(CorrectionSet.Empty,
            new SetMeetingDate(new(2017, 3, 16)), new SetBody("Horizontal Working Party on Cyber Issues (HWPCI)"),
            new SetDocumentNumber("7423/17"), new SetItemTitle(7, "UN expert group on cybercrime, Vienna"));

        var meeting = CorrectionOverlay.Apply(Read, set).Meeting;

        Assert.Equal((Read.Id, new DateOnly(2017, 3, 16), false), (meeting.Id, meeting.Date, meeting.DateInferred));
        Assert.Equal("Horizontal Working Party on Cyber Issues (HWPCI)", meeting.Body);
        Assert.Equal("7423/17", meeting.Header.DocumentNumber);
        Assert.Equal(Rossi, meeting.Corrected);
        var item7 = meeting.Items.Single(i => i.Number == 7);
        Assert.Equal(("UN expert group on cybercrime, Vienna", Rossi), (item7.Title, item7.Corrected));
        Assert.Null(meeting.Items.Single(i => i.Number == 6).Corrected);
    }

    [Fact]
    public void A_moved_deadline_keeps_its_id_and_loses_the_doubt_a_removed_one_is_gone_and_added_ones_appear()
    {
        var toolbox = Read.Deadlines.Single(d => d.Date == new DateOnly(2017, 4, 3));
        var set = Edit(CorrectionSet.Empty,
            new SetDeadline(DeadlineId(March29), DeadlineValue.Of(Read.Deadlines.Single(d => d.Date == March29)) with { Date = new(2017, 3, 31) }),
            new SetDeadline(DeadlineId(toolbox.Date), null),
            new AddDeadline(new DeadlineValue(new(2017, 4, 10), "Written comments on doc. 6142/17", "Delegations", 10, ["6142/17"])),
            new AddEvent(new EventValue(new(2017, 6, 7), EventKind.Workshop, "Workshop on cyber awareness", 10)));

        var corrected = CorrectionOverlay.Apply(Read, set);

        var moved = corrected.Meeting.Deadlines.Single(d => d.Date == new DateOnly(2017, 3, 31));
        Assert.Equal(("item-7-2017-03-29", null, Rossi), (moved.LocalId, moved.Doubt, moved.Corrected));
        Assert.DoesNotContain(corrected.Meeting.Deadlines, d => d.LocalId == toolbox.LocalId);
        Assert.True(corrected.Deadlines.Single(d => d.Value.LocalId == toolbox.LocalId).Removed);
        var added = corrected.Meeting.Deadlines.Single(d => d.Date == new DateOnly(2017, 4, 10));
        Assert.Equal((10, Rossi), (added.Item, added.Corrected));
        Assert.Equal(["6142/17"], added.Documents);
        Assert.StartsWith("added-", added.LocalId);
        Assert.Contains(corrected.Meeting.Events, e => e.Date == new DateOnly(2017, 6, 7) && e.Kind == EventKind.Workshop && e.Corrected == Rossi);
    }

    [Fact]
    public void A_doubtful_date_corrected_is_settled_without_doubt()
    {
        var doubtful = Read.Events.First(e => e.Doubt is not null);
        var id = FactIds.OfEvents(Read.Events)[Read.Events.ToList().IndexOf(doubtful)];
        var set = Edit(CorrectionSet.Empty, new SetEvent(id, EventValue.Of(doubtful) with { Date = doubtful.Date.AddDays(1) }));

        var settled = CorrectionOverlay.Apply(Read, set).Events.Single(e => e.Id == id).Value;

        Assert.Null(settled.Doubt);
        Assert.Equal(Rossi, settled.Corrected);
    }

    [Fact]
    public void A_correction_whose_sentence_is_gone_after_a_re_read_is_kept_and_reported_never_applied_to_another_date()
    {
        var set = Edit(CorrectionSet.Empty, new SetEvent(EventId(April19), new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2)));
        var reread = Read with
        {
            Events = Read.Events.Select(e => e.Sentence.Contains("19 April and 12 May") ? e with { Sentence = e.Sentence.Replace("19 April", "21 April") } : e).ToList(),
        };

        var corrected = CorrectionOverlay.Apply(reread, set);

        Assert.Equal(set.Corrections, corrected.Unmatched);
        Assert.DoesNotContain(corrected.Meeting.Events, e => e.Corrected is not null);
        Assert.Equal(reread.Events.Select(e => e.Date), corrected.Meeting.Events.Select(e => e.Date));
    }

    [Fact]
    public void Spacing_differences_in_the_sentence_read_again_still_find_the_fact()
    {
        var set = Edit(CorrectionSet.Empty, new SetDeadline(DeadlineId(March29), null));
        var reread = Read with { Deadlines = Read.Deadlines.Select(d => d with { Sentence = "  " + d.Sentence.Replace(" ", "  ") + "\n" }).ToList() };

        var corrected = CorrectionOverlay.Apply(reread, set);

        Assert.Empty(corrected.Unmatched);
        Assert.DoesNotContain(corrected.Meeting.Deadlines, d => d.Date == March29);
    }

    [Fact]
    public void Items_numbered_alike_are_corrected_each_on_its_own()
    {
        var twoThrees = Read with { Items = [.. Read.Items, Read.Items[2] with { Title = "Any other business" }] };

        var set = MinutesEditor.Apply(twoThrees, CorrectionSet.Empty, [new SetItemTitle(3, "AOB (second meeting)", Occurrence: 1)], Rossi).Corrections;
        var items = CorrectionOverlay.Apply(twoThrees, set).Meeting.Items.Where(i => i.Number == 3).ToList();

        Assert.Equal([(Read.Items[2].Title, null), ("AOB (second meeting)", Rossi)], items.Select(i => (i.Title, i.Corrected)));
    }
}
