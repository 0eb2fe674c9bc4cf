namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>One part of the review card: a fact's inputs, under the heading of its section.</summary>
internal sealed record ReviewBlock(string? Section, CardElement Element);

/// <summary>
/// Long minutes reviewed over several cards: the blocks are cut into pages, in order, each page as many blocks as keep
/// its card under Teams' payload limit (a block too large alone still gets a page of its own).
/// </summary>
internal static class ReviewPages
{
    /// <param name="render">The card of a page holding the given blocks, with the most its page buttons and labels can take.</param>
    /// <returns>Where each page starts and ends in <paramref name="blocks"/>.</returns>
    public static IReadOnlyList<Range> Split(IReadOnlyList<ReviewBlock> blocks, Func<IReadOnlyList<ReviewBlock>, AdaptiveCard> render)
    {
        var pages = new List<Range>();
        var start = 0;
        while (start < blocks.Count)
        {
            var end = start + 1;
            while (end < blocks.Count && CardJson.SizeInBytes(render(blocks.Take(new Range(start, end + 1)).ToList())) <= CardJson.MaxCardBytes)
            {
                end++;
            }
            pages.Add(new Range(start, end));
            start = end;
        }
        return pages.Count == 0 ? [new Range(0, 0)] : pages;
    }
}
