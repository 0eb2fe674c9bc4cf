using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// Answers over 200 generated meetings of seven working parties, checked against what the generator wrote: on the day
/// of each meeting, its body's next meeting is the one it announced (older records of the body are superseded) and its
/// deadlines are open. The generator sometimes dates two meetings of a body on the same day; such twins share a
/// meeting id, so only meetings alone on their day are sampled.
/// </summary>
public class GeneratedCorpusTests
{
    private static readonly IReadOnlyList<(GeneratedMinutes Generated, Meeting Parsed)> Corpus = new MinutesCorpus(2017).Meetings(200)
        .Select(g => (g, MinutesParser.Default.Parse(g.Text, g.FileName, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!))
        .ToList();

    private static readonly QuestionAnswerer Answerer = new(Corpus.Select(c => c.Parsed), new NoScheduleChanges());

    public static TheoryData<int> Samples => new(Enumerable.Range(0, Corpus.Count)
        .Where(i => Corpus.Count(c => c.Parsed.Id == Corpus[i].Parsed.Id) == 1)
        .Where((_, k) => k % 9 == 0));

    [Theory]
    [MemberData(nameof(Samples))]
    public void On_the_day_of_a_meeting_its_announced_next_meeting_is_the_next_one_of_its_body(int index)
    {
        var (generated, parsed) = Corpus[index];
        var answer = Assert.IsType<NextMeetingsAnswer>(Answerer.Answer("when is the next meeting?", parsed.Date));

        var ofBody = answer.Dates.Where(d => d.Source.Body == parsed.Body && d.Kind == "next-meeting").ToList();
        Assert.Equal([generated.Expected.NextMeeting], ofBody.Select(d => d.Date));
        Assert.Equal(parsed.Id, ofBody[0].Source.MeetingId);
        Assert.Equal(answer.Dates.OrderBy(d => d.Date), answer.Dates);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void On_the_day_of_a_meeting_its_deadlines_are_open_with_their_items(int index)
    {
        var (generated, parsed) = Corpus[index];

        var answer = Assert.IsType<DeadlinesAnswer>(Answerer.Answer("what deadlines are open?", parsed.Date));

        var fromMeeting = answer.Deadlines.Where(d => d.Source.MeetingId == parsed.Id).Select(d => (d.Date, d.Source.Item));
        Assert.Equal(generated.Expected.Deadlines.Select(d => (d.Date, d.Item)).Order(), fromMeeting.Order());
        Assert.All(answer.Deadlines, d => Assert.True(d.Date >= parsed.Date));
    }
}
