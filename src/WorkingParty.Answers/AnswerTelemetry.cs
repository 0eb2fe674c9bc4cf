using System.Diagnostics;
using System.Diagnostics.Metrics;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers;

/// <summary>
/// The spans and metrics of answering a question, through the runtime's <see cref="ActivitySource"/> and
/// <see cref="Meter"/>: the host decides whether they are collected and where they go. The question's text is never
/// recorded, only what it asked for and how it was answered.
/// </summary>
internal static class AnswerTelemetry
{
    public const string Name = "WorkingParty.Answers";

    /// <summary>A rule composed the answer.</summary>
    public const string Answered = "answered";

    /// <summary>No rule was sure: the closest sentences of the minutes were quoted.</summary>
    public const string Passages = "passages";

    /// <summary>Nothing came close.</summary>
    public const string Nothing = "nothing";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Questions =
        Meter.CreateCounter<long>("workingparty.questions", "{question}", "Questions answered from the minutes, by intent and outcome");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("workingparty.answer.duration", "s", "How long answering a question took, by intent and outcome");

    public static void Record(Activity? activity, Intent intent, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "workingparty.intent", intent.ToString() }, { "workingparty.outcome", outcome } };
        activity?.SetTag("workingparty.intent", intent.ToString()).SetTag("workingparty.outcome", outcome);
        Questions.Add(1, tags);
        Duration.Record(took.TotalSeconds, tags);
    }
}
