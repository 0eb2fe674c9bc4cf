namespace WorkingParty.Answers.Library;

/// <summary>
/// The deadlines set at meetings held by a day, less those that later minutes held by then replaced, newest meeting
/// first, and apart from them those due on or after the day by the minutes' own date and those due before it; kept with
/// the library for the last day asked. Every deadline rule of every question of that day walks these lists (an open
/// deadline is looked for among the few open ones), not every deadline of the minutes again. A question of another day
/// lists that day's once; the library is immutable (new minutes build a new one), so a day's lists never go stale.
/// </summary>
internal sealed class HeldDeadlines(IReadOnlyList<ListedDeadline> deadlines)
{
    private Day? _last;

    /// <summary>The deadlines held by <paramref name="today"/>, each list in the order of <see cref="MinutesLibrary.Deadlines"/>.</summary>
    public Day On(DateOnly today)
    {
        if (Volatile.Read(ref _last) is { } last && last.Today == today) return last;
        var held = deadlines.Where(d => d.Meeting.Date <= today && !(d.ReplacedBy?.Meeting.Date <= today)).ToArray();
        var day = new Day(today, held, [.. held.Where(d => d.Deadline.Date >= today)], [.. held.Where(d => d.Deadline.Date < today)]);
        Volatile.Write(ref _last, day);
        return day;
    }

    /// <param name="All">Every deadline held by the day.</param>
    /// <param name="Open">Those the minutes give as due on or after the day (an announced move may change that).</param>
    /// <param name="Past">Those the minutes give as due before the day.</param>
    public sealed record Day(DateOnly Today, ListedDeadline[] All, ListedDeadline[] Open, ListedDeadline[] Past);
}
