using System.Text.Json;
using WorkingParty.Answers.Schedule;
using Xunit.Abstractions;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// The labelled evaluation (issue 4): every question of labelled-questions.json over the sample minutes, as parsed.
/// Prints accuracy and confidently wrong answers; fails below 95% or on any wrong answer.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    [Fact]
    public void Labelled_questions_are_answered_right_and_never_wrongly()
    {
        var set = JsonSerializer.Deserialize<LabelledSet>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "labelled-questions.json")),
            JsonSerializerOptions.Web)!;
        var answerer = new QuestionAnswerer(SampleLibrary.Meetings, new NoScheduleChanges());
        var grader = new AnswerGrader(SampleLibrary.Meetings, set.DefaultMeeting);

        var grades = set.Questions.Select(q => (Question: q, Result: grader.Grade(q, answerer.Answer(q.Question, q.Today)))).ToList();
        foreach (var (question, (grade, _, why)) in grades.Where(g => g.Result.Grade != Grade.Right))
            output.WriteLine($"{grade}: \"{question.Question}\" (today {question.Today}, expected {question.Kind}): {why}");

        var accuracy = grades.Count(g => g.Result.Grade == Grade.Right) / (double)grades.Count;
        var wrong = grades.Count(g => g.Result.Grade == Grade.Wrong);
        output.WriteLine($"{grades.Count} questions over {SampleLibrary.Meetings.Count} sample minutes: accuracy {accuracy:P1}, confidently wrong {wrong}");

        Assert.True(set.Questions.Count >= 80, $"the labelled set has only {set.Questions.Count} questions");
        Assert.Equal(0, wrong);
        Assert.True(accuracy >= RequiredAccuracy, $"accuracy {accuracy:P1} is below {RequiredAccuracy:P0}");
    }
}
