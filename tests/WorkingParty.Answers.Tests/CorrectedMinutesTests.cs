using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests;

/// <summary>Minutes with the secretariat's corrections applied over them: answers give the corrected facts and say who corrected them.</summary>
public sealed class CorrectedMinutesTests
{
    private static readonly DateOnly Today = new(2017, 3, 25);
    private static readonly CorrectionMark Rossi = new("Maria Rossi", new DateTimeOffset(2017, 3, 27, 14, 5, 0, TimeSpan.Zero), new(2017, 3, 27));

    private static QuestionAnswerer Answerer(params FactEdit[] edits)
    {
        var read = SampleMeetings.March2017();
        var corrections = MinutesEditor.Apply(read, CorrectionSet.Empty, edits, Rossi).Corrections;
        return new QuestionAnswerer([CorrectionOverlay.Apply(read, corrections).Meeting], new NoScheduleChanges());
    }

    private static string EventId(DateOnly date)
    {
        var read = SampleMeetings.March2017();
        return FactIds.OfEvents(read.Events)[read.Events.ToList().FindIndex(e => e.Date == date)];
    }

    private static string DeadlineId(DateOnly date)
    {
        var read = SampleMeetings.March2017();
        return FactIds.OfDeadlines(read.Deadlines)[read.Deadlines.ToList().FindIndex(d => d.Date == date)];
    }

    [Fact]
    public void The_next_meeting_is_the_corrected_date_with_who_corrected_it()
    {
        var answerer = Answerer(new SetEvent(EventId(new(2017, 4, 19)), new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Meeting of the working party", 2)));

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("when is the next meeting?", Today));

        var first = answer.Dates[0];
        Assert.Equal((new DateOnly(2017, 4, 20), Rossi), (first.Date, first.Corrected));
        Assert.DoesNotContain(answer.Dates, d => d.Date == new DateOnly(2017, 4, 19));
        Assert.All(answer.Dates.Skip(1), d => Assert.Null(d.Corrected));
    }

    [Fact]
    public void A_moved_deadline_keeps_its_id_a_removed_one_is_gone_and_an_added_one_is_open()
    {
        var answerer = Answerer(
            new SetDeadline(DeadlineId(new(2017, 3, 29)), new DeadlineValue(new(2017, 3, 31), "written comments on the draft lines to take", "delegations", 7, ["7130/17"])),
            new SetDeadline(DeadlineId(new(2017, 4, 3)), null),
            new AddDeadline(new DeadlineValue(new(2017, 4, 10), "written comments on the awareness campaign", "delegations", 10, ["6142/17"])));

        var answer = Assert.IsType<DeadlinesAnswer>(answerer.Answer("what deadlines are open?", Today));

        Assert.Equal([new DateOnly(2017, 3, 31), new DateOnly(2017, 4, 10)], answer.Deadlines.Select(d => d.Date));
        Assert.Equal("hwp-cyber-2017-03-22/item-7-2017-03-29", answer.Deadlines[0].Id);
        Assert.All(answer.Deadlines, d => Assert.Equal(Rossi, d.Corrected));
        Assert.Equal(new DateOnly(2017, 3, 31), answerer.FindDeadline("hwp-cyber-2017-03-22/item-7-2017-03-29", Today)!.Date);
    }

    [Fact]
    public void Citations_of_minutes_whose_date_or_item_title_was_corrected_carry_who_and_when()
    {
        var answerer = Answerer(new SetMeetingDate(new(2017, 3, 21)), new SetItemTitle(7, "UN expert group on cybercrime"));

        var item = Assert.IsType<AgendaItemAnswer>(answerer.Answer("item 7", Today));
        var held = Assert.IsType<MinutesListAnswer>(answerer.Answer("which minutes do you have?", Today));

        Assert.Equal((new DateOnly(2017, 3, 21), "UN expert group on cybercrime", Rossi), (item.Source.MeetingDate, item.Source.ItemTitle, item.Source.Corrected));
        Assert.Equal((new DateOnly(2017, 3, 21), false, Rossi), (held.Meetings[0].Date, held.Meetings[0].DateInferred, held.Meetings[0].Corrected));
    }
}
