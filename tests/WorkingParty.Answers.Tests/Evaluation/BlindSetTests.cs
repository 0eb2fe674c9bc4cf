using WorkingParty.Answers.Tests.Evaluation.Blind;
using Xunit.Abstractions;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// The blind evaluation (tests/blind/README.md): documents and questions written by people who never saw the reader's
/// rules, read and answered by the real bot. Prints each batch's figures and every miss; fails when a blind batch has
/// documents refused beyond 1%, on any wrong answer, or when the blind accuracy falls below the floor.
/// Example batches only exercise the harness and are not in the blind figure.
/// </summary>
public class BlindSetTests(ITestOutputHelper output)
{
    private const double RequiredAccepted = 0.99;

    /// <summary>
    /// What the code achieved on batch-a when it arrived (74 of 405 questions right, 18.3%), rounded down: a floor
    /// against going backwards, to be raised as the reader improves. The target is 97%.
    /// </summary>
    private const double AccuracyFloor = 0.18;

    [Fact]
    public async Task Blind_batches_are_read_and_answered_right_and_never_wrongly()
    {
        var batches = new List<BatchResult>();
        foreach (var folder in BlindSetFolder.Batches())
        {
            var batch = await BlindBatchRunner.RunAsync(folder);
            batches.Add(batch);
            foreach (var line in BlindReport.Lines(batch))
                output.WriteLine(line);
        }

        var blind = batches.Where(b => !b.Example && b.Documents.Count > 0).ToList();
        var questions = blind.SelectMany(b => b.Questions).ToList();
        output.WriteLine(blind.Count == 0
            ? "blind figure: no blind batch with documents yet"
            : $"blind figure ({string.Join(", ", blind.Select(b => b.Name))}): {BlindReport.Questions(questions)}");

        Assert.True(batches.Any(b => b.Documents.Count > 0), $"no batch with documents under {BlindSetFolder.Root}");
        Assert.All(blind, b => Assert.True(b.Problems.Count == 0, $"{b.Name}: {string.Join("; ", b.Problems)}"));
        Assert.All(blind, b => Assert.True(b.AcceptedShare >= RequiredAccepted, $"{b.Name}: only {b.Accepted}/{b.Documents.Count} documents accepted"));
        Assert.Equal(0, questions.Count(q => q.Grade == Grade.Wrong));
        Assert.True(BlindReport.Accuracy(questions) >= AccuracyFloor || blind.Count == 0,
            $"blind accuracy {BlindReport.Accuracy(questions):P1} is below the floor {AccuracyFloor:P0}");
    }
}
