using System.Collections.Concurrent;
using System.Text.Json;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Answers.Tests;

/// <summary>One answerer serves every turn of the bot at once: answers must not depend on what other threads are doing.</summary>
public class ConcurrentAnswerTests
{
    private static readonly DateOnly Today = new(2019, 6, 14);

    private static readonly string[] Questions =
    [
        "when is the next meeting?", "what deadlines are open?", "item 3", "encryption and lawful access",
        "who stressed the lack of resources at national level?", "risk of fragmentation", "information sharing with the private sector",
        "what about the protection of critical infrastructure?", "firearms trafficking", "data retention",
    ];

    [Fact]
    public async Task Many_questions_answered_at_once_get_the_answers_they_get_one_at_a_time()
    {
        var answerer = new QuestionAnswerer(Meetings.Value, new NoScheduleChanges());
        var alone = Questions.ToDictionary(q => q, q => Serialised(answerer, q));

        Assert.Empty(await DifferentWhenAskedAtOnce(answerer, alone));
    }

    /// <summary>A new library works some things out on first use (a passage's terms, a deadline's): racing turns share them.</summary>
    [Fact]
    public async Task A_new_library_asked_many_questions_at_once_answers_as_it_would_one_at_a_time()
    {
        var reference = new QuestionAnswerer(Meetings.Value, new NoScheduleChanges());
        var alone = Questions.ToDictionary(q => q, q => Serialised(reference, q));

        Assert.Empty(await DifferentWhenAskedAtOnce(new QuestionAnswerer(Meetings.Value, new NoScheduleChanges()), alone));
    }

    private static readonly Lazy<IReadOnlyList<Meeting>> Meetings = new(() => new MinutesCorpus(2017).Meetings(200)
        .Select(g => MinutesParser.Default.Parse(g.Text, g.FileName, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!)
        .ToList());

    private static async Task<IReadOnlyCollection<string>> DifferentWhenAskedAtOnce(QuestionAnswerer answerer, Dictionary<string, string> alone)
    {
        var different = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            var question = Questions[i % Questions.Length];
            if (Serialised(answerer, question) != alone[question])
            {
                different.Add(question);
            }

            return ValueTask.CompletedTask;
        });
        return different;
    }

    private static string Serialised(QuestionAnswerer answerer, string question)
    {
        var answer = answerer.Answer(question, Today);
        return JsonSerializer.Serialize(answer, answer.GetType());
    }
}
