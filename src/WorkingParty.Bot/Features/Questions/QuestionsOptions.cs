using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Bot.Features.Questions;

/// <summary>The configuration section <c>Questions</c>.</summary>
public sealed class QuestionsOptions
{
    public const string Section = "Questions";

    /// <summary>Replies to recent questions kept for the next delegate asking the same on the same day; 0 answers every question afresh.</summary>
    [Range(0, 1_000_000)]
    public int KeptReplies { get; set; } = RecentReplies.DefaultCapacity;
}
