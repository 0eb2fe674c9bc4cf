namespace WorkingParty.Cards.Presentation;

/// <summary>
/// One reply to make: where the bot is reached, the zone text writes moments in, and which part of a long list to show
/// from <see cref="Offset"/>. A card shows as many entries as fit under Teams' payload limit and offers "Show more"
/// (re-asking <see cref="Question"/>, or its own next page); text shows <see cref="TextPageSize"/> entries.
/// </summary>
internal sealed record ReplyRequest(Uri PublicBaseUrl, TimeZoneInfo Zone, string? Question, int Offset)
{
    /// <summary>Text has no card size limit, but a chat message still has one: lists stop after this many entries.</summary>
    public const int TextPageSize = 50;

    private static readonly int[] CardPageSizes = [15, 8, 4, 2, 1];

    public ListPage TextPage => new(null, Offset, TextPageSize);

    /// <summary>Where the bot serves the .ics of one coming date: <c>{base}/calendar/{id}.ics</c>.</summary>
    public Uri CalendarUrl(string eventId) =>
        new($"{PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/calendar/{Uri.EscapeDataString(eventId)}.ics");

    /// <summary>The card of the largest page, from a few sizes, that stays under the payload limit.</summary>
    public AdaptiveCard FitCard(Func<ListPage, AdaptiveCard> render, Func<int, ButtonData>? nextPage = null)
    {
        var card = render(CardPage(CardPageSizes[0], nextPage));
        foreach (var size in CardPageSizes.Skip(1))
        {
            if (CardJson.SizeInBytes(card) <= CardJson.MaxCardBytes) break;
            card = render(CardPage(size, nextPage));
        }
        return card;
    }

    private ListPage CardPage(int size, Func<int, ButtonData>? nextPage) => new(Question, Offset, size) { NextPage = nextPage };
}
