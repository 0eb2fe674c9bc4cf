using System.Diagnostics;
using WorkingParty.Telemetry;

namespace WorkingParty.Answers;

/// <summary>
/// The spans and metrics of answering a question, under <c>WorkingParty.Answers</c> (<see cref="TelemetrySource"/>).
/// The question's text is never recorded, only what it asked for and how it was answered.
/// </summary>
internal static class AnswerTelemetry
{
    /// <summary>A rule composed the answer.</summary>
    public const string Answered = "answered";

    /// <summary>No rule was sure: the closest sentences of the minutes were quoted.</summary>
    public const string Passages = "passages";

    /// <summary>Nothing came close.</summary>
    public const string Nothing = "nothing";

    private static readonly TelemetrySource Telemetry = new("WorkingParty.Answers");

    public static readonly ActivitySource Source = Telemetry.Activities;

    private static readonly TimedCounter Questions = Telemetry.TimedCounter(
        "workingparty.questions", "{question}", "Questions answered from the minutes, by intent and outcome",
        "workingparty.answer.duration", "How long answering a question took, by intent and outcome");

    public static void Record(Activity? activity, Intent intent, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "workingparty.intent", intent.ToString() }, { "workingparty.outcome", outcome } };
        activity?.SetTag("workingparty.intent", intent.ToString()).SetTag("workingparty.outcome", outcome);
        Questions.Record(took, tags);
    }
}
