using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Presentation;

/// <summary>
/// Which part of a long list a card shows. A card shows at most <see cref="Size"/> entries and ends with
/// "Show more", which re-asks <see cref="Question"/> from the next offset, or sends <see cref="NextPage"/>.
/// </summary>
public sealed record ListPage(string? Question, int Offset, int Size)
{
    /// <summary>The button data for the page from a given offset, for lists that are not answers to a question.</summary>
    public Func<int, ButtonData>? NextPage { get; init; }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all) => all.Skip(Offset).Take(Size).ToList();

    /// <summary>"Showing 16 to 30 of 200" and a "Show more" button, when the list goes on.</summary>
    public IEnumerable<CardElement> Footer(int total)
    {
        if (Offset == 0 && total <= Size) yield break;
        var last = Math.Min(total, Offset + Size);
        yield return TextBlock.Subtle(FooterText(total)) with { Spacing = Spacing.Medium };
        if (last < total && (NextPage?.Invoke(last) ?? ReAsk(last)) is { } next)
        {
            yield return new ActionSet([CardParts.Send("Show more", next)]);
        }
    }

    private ShowMore? ReAsk(int offset) => Question is null ? null : new ShowMore(Question, offset);

    public string FooterText(int total)
    {
        var last = Math.Min(total, Offset + Size);
        var shown = $"Showing {Offset + 1} to {last} of {total}.";
        return last >= total ? shown : $"{shown} Ask a narrower question to see the rest.";
    }
}
