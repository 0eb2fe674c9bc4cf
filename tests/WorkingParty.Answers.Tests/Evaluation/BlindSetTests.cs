using WorkingParty.Answers.Tests.Evaluation.Blind;
using Xunit.Abstractions;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// The blind evaluation (tests/blind/README.md): documents and questions written by people who never saw the reader's
/// rules, read and answered by the real bot. Prints each batch's figures and every miss; fails when the blind figure
/// goes back from what the code achieved when it was taken (documents accepted, wrong answers, accuracy). The issue's
/// targets are higher (99 % accepted, 97 % right, 0 wrong): raise these bounds as the reader gets there.
/// Example and spent batches are reported but not in the blind figure.
/// </summary>
public class BlindSetTests(ITestOutputHelper output)
{
    /// <summary>batches al, am and an, 2026-12-05, main 58ac3de: 99 of 99 documents accepted (100 %). Target 99 %.</summary>
    private const double AcceptedFloor = 0.99;

    /// <summary>
    /// batches al, am and an, 2026-12-05, written before anyone read ai, aj or ak: 1459 of 1543 questions right after
    /// the seventeenth round (main 58ac3de, 94.6 %; 1455 as they came); 1469 (95.2 %) after the coordinator's one pass
    /// over their wrong answers (main e1bc848), rounded down. Target 97 %.
    /// </summary>
    private const double AccuracyFloor = 0.95;

    /// <summary>
    /// batches al, am and an, 2026-12-05: 4 wrong answers as they came and after the seventeenth round, 0 after the
    /// coordinator's one pass over them (main e1bc848). Target 0.
    /// </summary>
    private const int WrongCeiling = 0;

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

        var blind = batches.Where(b => b.NotBlind is null && b.Documents.Count > 0).ToList();
        var questions = blind.SelectMany(b => b.Questions).ToList();
        output.WriteLine(blind.Count == 0
            ? "blind figure: no blind batch with documents yet"
            : $"blind figure ({string.Join(", ", blind.Select(b => b.Name))}): {BlindReport.Questions(questions)}");

        Assert.True(batches.Any(b => b.Documents.Count > 0), $"no batch with documents under {BlindSetFolder.Root}");
        Assert.All(blind, b => Assert.True(b.Problems.Count == 0, $"{b.Name}: {string.Join("; ", b.Problems)}"));
        Assert.All(blind, b => Assert.True(b.AcceptedShare >= AcceptedFloor, $"{b.Name}: only {b.Accepted}/{b.Documents.Count} documents accepted"));
        var wrong = questions.Count(q => q.Grade == Grade.Wrong);
        Assert.True(wrong <= WrongCeiling, $"{wrong} wrong answers, more than the {WrongCeiling} of the last blind figure");
        Assert.True(BlindReport.Accuracy(questions) >= AccuracyFloor || blind.Count == 0,
            $"blind accuracy {BlindReport.Accuracy(questions):P1} is below the floor {AccuracyFloor:P0}");
    }
}
