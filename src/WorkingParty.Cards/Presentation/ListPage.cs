namespace WorkingParty.Cards.Presentation;

/// <summary>
/// Which part of a long list a card shows. A card shows at most <see cref="Size"/> entries and ends with
/// "Show more", which re-asks <see cref="Question"/> from the next offset, or sends <see cref="NextPage"/>.
/// The offset comes back from a button, so anyone can send any number: the page starts where <see cref="StartIn"/> says.
/// </summary>
public sealed record ListPage(string? Question, int Offset, int Size)
{
    /// <summary>The button data for the page from a given offset, for lists that are not answers to a question.</summary>
    public Func<int, ButtonData>? NextPage { get; init; }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all) => all.Skip(StartIn(all.Count)).Take(Size).ToList();

    /// <summary>Where the page starts in a list of <paramref name="total"/>: at the offset, or on the first page for one below zero and on the last for one past the end.</summary>
    public int StartIn(int total) => Offset < 0 ? 0 : Offset < total ? Offset : Math.Max(0, (total - 1) / Size * Size);

    /// <summary>"Showing 16 to 30 of 200" and a "Show more" button, when the list goes on.</summary>
    public IEnumerable<CardElement> Footer(int total)
    {
        if (StartIn(total) == 0 && total <= Size) yield break;
        var last = Last(total);
        yield return TextBlock.Subtle(FooterText(total)) with { Spacing = Spacing.Medium };
        if (last < total && (NextPage?.Invoke(last) ?? ReAsk(last)) is { } next)
        {
            yield return new ActionSet([CardParts.Send("Show more", next)]);
        }
    }

    private ShowMore? ReAsk(int offset) => Question is null ? null : new ShowMore(Question, offset);

    public string FooterText(int total)
    {
        var last = Last(total);
        var shown = $"Showing {StartIn(total) + 1} to {last} of {total}.";
        return last >= total ? shown : $"{shown} Ask a narrower question to see the rest.";
    }

    private int Last(int total) => (int)Math.Min(total, (long)StartIn(total) + Size);
}
