using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Minutes.Tests.Corpus;

public class GeneratedCorpusTests
{
    private const int Seed = 2017;

    [Fact]
    public void The_same_seed_writes_the_same_corpus_and_another_seed_another()
    {
        Assert.Equal(new MinutesCorpus(Seed).Meetings(20).Select(m => m.Text), new MinutesCorpus(Seed).Meetings(20).Select(m => m.Text));
        Assert.NotEqual(new MinutesCorpus(Seed).Meeting(0).Text, new MinutesCorpus(Seed + 1).Meeting(0).Text);
    }

    [Fact]
    public void Reads_the_facts_written_into_two_hundred_generated_meetings()
    {
        foreach (var generated in new MinutesCorpus(Seed).Meetings(200))
        {
            var expected = generated.Expected;
            var meeting = MinutesParser.Default.Parse(generated.Text, generated.FileName, IngestOptions.None, SampleMinutes.Fallback).Meeting;

            Assert.NotNull(meeting);
            Assert.Equal((expected.Body, expected.Date, false), (meeting.Body, meeting.Date, meeting.DateInferred));
            Assert.Equal(expected.ItemTitles, meeting.Items.Select(i => i.Title));
            Assert.Equal([expected.NextMeeting], meeting.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
            Assert.Equal([expected.Workshop], meeting.Events.Where(e => e.Kind == EventKind.Workshop).Select(e => e.Date));
            Assert.Equal(expected.Deadlines.Select(d => (d.Date, d.Item, d.Document)),
                meeting.Deadlines.Select(d => (d.Date, d.Item, Assert.Single(d.Documents))));
            Assert.All(meeting.Events.Where(e => e.Date < meeting.Date), e => Assert.Equal(EventKind.PastEvent, e.Kind));
        }
    }

    [Fact]
    public void A_one_megabyte_document_parses_into_ascending_items()
    {
        var text = new MinutesCorpus(Seed).LargeDocument(1_000_000);

        var meeting = MinutesParser.Default.Parse(text, "large.txt", IngestOptions.None, SampleMinutes.Fallback).Meeting;

        Assert.InRange(text.Length, 1_000_000, 1_010_000);
        Assert.NotNull(meeting);
        Assert.Equal(Enumerable.Range(1, meeting.Items.Count), meeting.Items.Select(i => i.Number));
        Assert.True(meeting.Items.Count > 500, $"{meeting.Items.Count} items");
        Assert.Equal(meeting.Items.Count / 7, meeting.Deadlines.Count);
    }
}
