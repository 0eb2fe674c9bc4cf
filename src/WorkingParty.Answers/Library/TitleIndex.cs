namespace WorkingParty.Answers.Library;

/// <summary>An agenda item with the index terms of its title, synonyms included.</summary>
internal sealed record TitledItem(Meeting Meeting, AgendaItem Item, IReadOnlySet<string> Terms);

/// <summary>
/// The agenda items by the terms of their titles, so that a question's topic finds its items without analysing or
/// scanning every title of every meeting.
/// </summary>
internal sealed class TitleIndex
{
    private readonly Dictionary<string, List<TitledItem>> _itemsByTerm = new(StringComparer.Ordinal);

    /// <param name="meetings">The meetings, oldest first.</param>
    public TitleIndex(IReadOnlyList<Meeting> meetings)
    {
        for (var m = meetings.Count - 1; m >= 0; m--)
        {
            foreach (var item in meetings[m].Items)
            {
                var titled = new TitledItem(meetings[m], item, Concepts.TermsOf(item.Title));
                foreach (var term in titled.Terms)
                {
                    if (!_itemsByTerm.TryGetValue(term, out var items)) _itemsByTerm[term] = items = [];
                    items.Add(titled);
                }
            }
        }
    }

    /// <summary>The items whose title holds the term: newest meeting first, each meeting's items in agenda order.</summary>
    public IReadOnlyList<TitledItem> Holding(string term) => _itemsByTerm.TryGetValue(term, out var items) ? items : [];
}
