using WorkingParty.Answers.Library;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// <see cref="HeldDeadlines"/> lists, for any day, the deadlines held by then, as walking every deadline of the minutes
/// finds them, in the same order, and parts them into open and past by the minutes' own date.
/// </summary>
public class HeldDeadlinesTests
{
    private static readonly Lazy<MinutesLibrary> Library = new(() => MinutesLibrary.Build(new MinutesCorpus(2017).Meetings(60)
        .Select(g => MinutesParser.Default.Parse(g.Text, g.FileName, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!)));

    [Fact]
    public void Every_day_lists_the_deadlines_held_by_then_in_order_parted_into_open_and_past()
    {
        var library = Library.Value;
        var first = library.Meetings[0].Date;
        var days = Enumerable.Range(-3, 40).Select(week => first.AddDays(7 * week)).ToList();
        Assert.Contains(days, day => library.HeldDeadlines.On(day) is { Open.Length: > 0, Past.Length: > 0 });
        // Days in turn and then again backwards: a day asked again after another is listed anew, the same.
        foreach (var day in days.Concat(Enumerable.Reverse(days)))
        {
            var held = library.Deadlines.Where(d => d.Meeting.Date <= day && !(d.ReplacedBy?.Meeting.Date <= day)).ToList();
            var listed = library.HeldDeadlines.On(day);
            Assert.Equal(day, listed.Today);
            Assert.Equal(held, listed.All);
            Assert.Equal(held.Where(d => d.Deadline.Date >= day), listed.Open);
            Assert.Equal(held.Where(d => d.Deadline.Date < day), listed.Past);
            Assert.Same(listed, library.HeldDeadlines.On(day));
        }
    }
}
