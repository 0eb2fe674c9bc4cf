using System.Text.Json;
using WorkingParty.Answers.Library;
using WorkingParty.Answers.Schedule;
using WorkingParty.Answers.Tests.Evaluation;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// The built index kept between starts (<see cref="IndexCache"/>): loaded only when built from the same meetings by the
/// same code, and then answering every labelled question exactly as a fresh build does; anything else is built afresh.
/// </summary>
public sealed class IndexCacheTests : IDisposable
{
    private const string Edition = "edition 1";
    private static readonly CorrectionMark Secretariat = new("Jan Novak", new DateTimeOffset(2017, 3, 27, 9, 0, 0, TimeSpan.Zero), new(2017, 3, 27));
    private static readonly IReadOnlyList<LabelledQuestion> Questions = JsonSerializer.Deserialize<LabelledSet>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "labelled-questions.json")), JsonSerializerOptions.Web)!.Questions;

    private readonly string _folder = Directory.CreateTempSubdirectory("index-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Changes => new(
        "a sentence reworded", "an item title corrected", "a meeting withdrawn", "a new code edition",
        "a corrupt file", "a half-written file", "an empty file", "no file");

    [Fact]
    public async Task A_restart_on_the_same_minutes_loads_the_index_and_answers_as_a_fresh_build()
    {
        var cache = new IndexCache(_folder, Edition);
        Assert.False(Answerer(SampleLibrary.Meetings, cache).Library.IndexLoaded);
        await cache.Saved;

        var restarted = Answerer(SampleLibrary.Meetings, new IndexCache(_folder, Edition));

        Assert.True(restarted.Library.IndexLoaded);
        AssertAnswersAsFresh(SampleLibrary.Meetings, restarted);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Minutes_or_code_the_index_was_not_built_from_build_it_afresh_and_answer_as_a_fresh_build(string change)
    {
        var first = new IndexCache(_folder, Edition);
        Answerer(SampleLibrary.Meetings, first);
        await first.Saved;
        var (meetings, cache) = Changed(change);

        var restarted = Answerer(meetings, cache);

        Assert.False(restarted.Library.IndexLoaded);
        AssertAnswersAsFresh(meetings, restarted);
        await cache.Saved;
        Assert.True(Answerer(meetings, cache).Library.IndexLoaded);
    }

    [Fact]
    public async Task A_new_library_of_the_same_answerer_keeps_its_index_too()
    {
        var cache = new IndexCache(_folder, Edition);
        var answerer = Answerer(SampleLibrary.Meetings.Skip(1), cache);
        await cache.Saved;

        answerer.Rebuild(SampleLibrary.Meetings);
        await cache.Saved;

        Assert.False(answerer.Library.IndexLoaded);
        Assert.True(Answerer(SampleLibrary.Meetings, cache).Library.IndexLoaded);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_leaves_the_index_built_and_the_next_start_builds_again()
    {
        var file = Path.Combine(_folder, "taken");
        await File.WriteAllTextAsync(file, "a file where the cache folder should be");
        var cache = new IndexCache(file, Edition);

        Assert.False(Answerer(SampleLibrary.Meetings, cache).Library.IndexLoaded);
        await cache.Saved;

        Assert.False(Answerer(SampleLibrary.Meetings, cache).Library.IndexLoaded);
        await cache.Saved;
    }

    private (IReadOnlyList<Meeting> Meetings, IndexCache Cache) Changed(string change)
    {
        var meetings = SampleLibrary.Meetings;
        var cache = new IndexCache(_folder, Edition);
        switch (change)
        {
            case "a sentence reworded":
                return ([Reworded(meetings[0]), .. meetings.Skip(1)], cache);
            case "an item title corrected":
                var corrections = MinutesEditor.Apply(meetings[0], CorrectionSet.Empty,
                    [new SetItemTitle(meetings[0].Items[^1].Number, "Quantum ropeway safety")], Secretariat).Corrections;
                return ([CorrectionOverlay.Apply(meetings[0], corrections).Meeting, .. meetings.Skip(1)], cache);
            case "a meeting withdrawn":
                return ([.. meetings.Skip(1)], cache);
            case "a new code edition":
                return (meetings, new IndexCache(_folder, "edition 2"));
            case "a corrupt file":
                var bytes = File.ReadAllBytes(cache.FilePath);
                bytes[bytes.Length * 2 / 3] ^= 0x5A;
                File.WriteAllBytes(cache.FilePath, bytes);
                return (meetings, cache);
            case "a half-written file":
                File.WriteAllBytes(cache.FilePath, File.ReadAllBytes(cache.FilePath)[..^(int)(new FileInfo(cache.FilePath).Length / 2)]);
                return (meetings, cache);
            case "an empty file":
                File.WriteAllBytes(cache.FilePath, []);
                return (meetings, cache);
            default:
                File.Delete(cache.FilePath);
                return (meetings, cache);
        }
    }

    /// <summary>The meeting with the first sentence of its first item that has one reworded.</summary>
    private static Meeting Reworded(Meeting meeting)
    {
        var item = meeting.Items.First(i => i.Paragraphs.Count > 0 && i.Paragraphs[0].Sentences.Count > 0);
        var paragraph = item.Paragraphs[0];
        Statement reworded = new("The Presidency proposed to discuss quantum ropeway safety.", ["Presidency"]);
        var changed = item with { Paragraphs = [paragraph with { Sentences = [reworded, .. paragraph.Sentences.Skip(1)] }, .. item.Paragraphs.Skip(1)] };
        return meeting with { Items = [.. meeting.Items.Select(i => ReferenceEquals(i, item) ? changed : i)] };
    }

    private static QuestionAnswerer Answerer(IEnumerable<Meeting> meetings, IndexCache cache) => new(meetings, new NoScheduleChanges(), cache);

    private static void AssertAnswersAsFresh(IReadOnlyList<Meeting> meetings, QuestionAnswerer answerer)
    {
        var fresh = new QuestionAnswerer(meetings, new NoScheduleChanges());
        Assert.True(Questions.Count > 200);
        foreach (var question in Questions.Append(new LabelledQuestion("what about quantum ropeway safety?", new DateOnly(2019, 1, 1))))
            Assert.Equal(Serialised(fresh, question), Serialised(answerer, question));
    }

    private static string Serialised(QuestionAnswerer answerer, LabelledQuestion question)
    {
        var answer = answerer.Answer(question.Question, question.Today);
        return JsonSerializer.Serialize(answer, answer.GetType());
    }
}
