using System.Text.Json;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>
/// Runs one batch as the bot would meet it: each document through the real <see cref="MinutesReader"/>; each
/// document's questions asked of an answerer holding that document alone (nothing, when it was refused); each
/// writer's library questions of one holding all their accepted documents; every answer graded.
/// </summary>
internal static class BlindBatchRunner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<BatchResult> RunAsync(string batch)
    {
        var reader = new MinutesReader();
        var documents = new List<DocumentOutcome>();
        var questions = new List<QuestionOutcome>();
        var problems = new List<string>();
        foreach (var folder in BlindSetFolder.Writers(batch))
        {
            var writer = Path.GetFileName(folder);
            BlindWriterSet set;
            try
            {
                set = JsonSerializer.Deserialize<BlindWriterSet>(File.ReadAllText(Path.Combine(folder, "questions.json")), Json)
                    ?? throw new JsonException("empty");
            }
            catch (JsonException e)
            {
                problems.Add($"{writer}/questions.json cannot be read: {e.Message}");
                continue;
            }

            var accepted = new List<Meeting>();
            foreach (var document in set.Documents)
            {
                var (meeting, rejection) = await ReadAsync(reader, Path.Combine(folder, document.File));
                documents.Add(new DocumentOutcome(writer, document.File, rejection, meeting is null ? [] : [.. HeaderCheck.Check(document, meeting)]));
                if (meeting is not null)
                    accepted.Add(meeting);
                questions.AddRange(Ask(writer, document.File, meeting is null ? [] : [meeting], document.Questions));
            }

            questions.AddRange(Ask(writer, "library", accepted, set.LibraryQuestions ?? []));
        }

        return new BatchResult(Path.GetFileName(batch), BlindSetFolder.NotBlind(batch), documents, questions, problems);
    }

    private static async Task<(Meeting? Meeting, string? Rejection)> ReadAsync(MinutesReader reader, string path)
    {
        if (!File.Exists(path))
        {
            return (null, File.Exists(path + ".src")
                ? "not made yet: run tests/blind/tools/MinutesWriter on its folder"
                : "the file is missing");
        }

        try
        {
            var result = await reader.TryReadAsync(path, IngestOptions.None);
            return (result.Meeting, result.Rejection?.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"the reader threw {e.GetType().Name}: {e.Message}");
        }
    }

    private static IEnumerable<QuestionOutcome> Ask(string writer, string document, IReadOnlyList<Meeting> meetings, IEnumerable<LabelledQuestion> labels)
    {
        var answerer = new QuestionAnswerer(meetings, new NoScheduleChanges());
        var grader = new AnswerGrader(meetings);
        foreach (var label in labels)
        {
            yield return new QuestionOutcome(writer, document, label, Grade(answerer, grader, label));
        }
    }

    /// <summary>An answerer that throws shows the delegate an error, not a fact: a miss, with the exception named.</summary>
    private static Verdict Grade(QuestionAnswerer answerer, AnswerGrader grader, LabelledQuestion label)
    {
        try
        {
            return grader.Grade(label, answerer.Answer(label.Question, label.Today));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(Evaluation.Grade.Missed, "the answerer threw", $"the answerer threw {e.GetType().Name}: {e.Message}");
        }
    }
}
