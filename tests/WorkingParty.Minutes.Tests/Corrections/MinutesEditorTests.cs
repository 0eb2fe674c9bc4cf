using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Corrections.SeedCorrections;

namespace WorkingParty.Minutes.Tests.Corrections;

public sealed class MinutesEditorTests
{
    private static readonly DateOnly April19 = new(2017, 4, 19);

    [Fact]
    public void A_form_sent_back_unchanged_makes_no_correction()
    {
        var edits = new FactEdit[] { new SetMeetingDate(Read.Date), new SetBody(Read.Body), new SetDocumentNumber(Read.Header.DocumentNumber) }
            .Concat(Read.Items.Select(i => new SetItemTitle(i.Number, i.Title)))
            .Concat(Read.Events.Select((e, index) => new SetEvent(FactIds.OfEvents(Read.Events)[index], EventValue.Of(e))))
            .Concat(Read.Deadlines.Select((d, index) => new SetDeadline(FactIds.OfDeadlines(Read.Deadlines)[index], DeadlineValue.Of(d))));

        var outcome = MinutesEditor.Apply(Read, CorrectionSet.Empty, edits, Rossi);

        Assert.Equal((0, 0), (outcome.ChangedFacts, outcome.Corrections.Count));
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void A_later_correction_of_the_same_fact_takes_the_place_of_the_earlier_and_bringing_it_back_drops_it()
    {
        var next = new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2);
        var first = Edit(CorrectionSet.Empty, new SetEvent(EventId(April19), next));
        var second = Edit(first, Novak, new SetEvent(EventId(April19), next with { Date = new(2017, 4, 21) }));
        var back = Edit(second, new SetEvent(EventId(April19), EventValue.Of(Read.Events.First(e => e.Date == April19))));

        var correction = Assert.IsType<EventCorrection>(Assert.Single(second.Corrections));
        Assert.Equal((new DateOnly(2017, 4, 21), Novak, April19), (correction.To!.Date, correction.Mark, correction.Read.Date));
        Assert.Empty(back.Corrections);
    }

    [Fact]
    public void An_added_date_can_be_changed_and_removed_again()
    {
        var added = Edit(CorrectionSet.Empty, new AddEvent(new EventValue(new(2017, 6, 7), EventKind.Workshop, "Workshop", 10)));
        var id = Assert.IsType<AddedEvent>(Assert.Single(added.Corrections)).Id;

        var moved = Edit(added, new SetEvent(id, new EventValue(new(2017, 6, 8), EventKind.Workshop, "Workshop", 10)));
        var removed = Edit(moved, new SetEvent(id, null));

        Assert.Equal(new DateOnly(2017, 6, 8), Assert.IsType<AddedEvent>(Assert.Single(moved.Corrections)).Value.Date);
        Assert.Empty(removed.Corrections);
    }

    [Fact]
    public void Edits_of_facts_the_minutes_do_not_have_are_reported_and_change_nothing()
    {
        var outcome = MinutesEditor.Apply(Read, CorrectionSet.Empty,
            [new SetEvent("e000000000", null), new SetDeadline("a123456789", null), new SetItemTitle(42, "No such item"), new SetBody(" ")], Rossi);

        Assert.Equal(4, outcome.Problems.Count);
        Assert.Empty(outcome.Corrections.Corrections);
    }

    [Fact]
    public void A_doubtful_date_or_an_inferred_meeting_date_confirmed_as_read_is_settled_by_the_secretariat()
    {
        var doubtful = Read.Events.First(e => e.Doubt is not null);
        var id = FactIds.OfEvents(Read.Events)[Read.Events.ToList().IndexOf(doubtful)];
        Assert.True(Read.DateInferred);

        var set = Edit(CorrectionSet.Empty, new SetEvent(id, EventValue.Of(doubtful), Confirmed: true), new SetMeetingDate(Read.Date, Confirmed: true));
        var corrected = CorrectionOverlay.Apply(Read, set);

        var settled = corrected.Events.Single(e => e.Id == id).Value;
        Assert.Equal((doubtful.Date, null, Rossi), (settled.Date, settled.Doubt, settled.Corrected));
        Assert.Equal((Read.Date, false, Rossi), (corrected.Meeting.Date, corrected.Meeting.DateInferred, corrected.Meeting.Corrected));
        Assert.Equal(0, MinutesEditor.Apply(Read, set, [new SetEvent(id, EventValue.Of(doubtful), Confirmed: true)], Novak).ChangedFacts);
    }
}
