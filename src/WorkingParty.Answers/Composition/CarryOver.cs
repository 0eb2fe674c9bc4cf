namespace WorkingParty.Answers.Composition;

/// <summary>What the latest meeting of each working party left for the next one.</summary>
internal static class CarryOver
{
    public static CarryOverAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var latest = library.NewestFirst(question.Bodies, today)
            .Where(m => question.Meeting?.Accepts(m) ?? true)
            .DistinctBy(m => m.Body);
        var items = latest
            .SelectMany(m => m.Items.SelectMany(i => i.FollowUps.Select(f => new CitedText(Citations.Of(m, i), f))))
            .ToList();
        return items.Count == 0 ? null : new CarryOverAnswer(items);
    }
}
