namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// Applies the secretariat's corrections over a record as read: each correction to the fact it names (the meeting
/// date, an item by number, a date or deadline by its sentence), never to another. A correction whose fact the record
/// does not have is reported (<see cref="CorrectedMeeting.Unmatched"/>) and left out. Corrected facts carry their
/// <see cref="CorrectionMark"/>, and lose the doubt the reader had: the secretariat settled them.
/// </summary>
public static class CorrectionOverlay
{
    public static CorrectedMeeting Apply(Meeting read, CorrectionSet corrections)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        T? Take<T>(string key) where T : Correction
        {
            var found = corrections.Find<T>(key);
            if (found is not null) matched.Add(key);
            return found;
        }

        var date = Take<MeetingDateCorrection>(MeetingDateCorrection.Key);
        var body = Take<BodyCorrection>(BodyCorrection.Key);
        var number = Take<DocumentNumberCorrection>(DocumentNumberCorrection.Key);
        var occurrences = FactIds.ItemOccurrences(read.Items);
        var items = read.Items.Select((item, index) => Take<ItemTitleCorrection>(ItemTitleCorrection.KeyOf(item.Number, occurrences[index])) is { } title
            ? item with { Title = title.To, Corrected = title.Mark }
            : item).ToList();
        var events = Facts(read.Events, FactIds.OfEvents(read.Events), "event", Take<EventCorrection>,
                (dated, correction) => correction.To is { } to ? Corrected(dated, to, correction.Mark) : null)
            .Concat(corrections.Corrections.OfType<AddedEvent>().Select(added => Added(added, matched)))
            .ToList();
        var deadlines = Facts(read.Deadlines, FactIds.OfDeadlines(read.Deadlines), "deadline", Take<DeadlineCorrection>,
                (deadline, correction) => correction.To is { } to ? Corrected(deadline, to, correction.Mark) : null)
            .Select(fact => Take<DeadlineContinues>($"deadline-id/{fact.Id}") is { } earlier
                ? fact with { Value = fact.Value with { IdAsRead = earlier.EarlierId, MeetingIdAsRead = earlier.EarlierMeetingId } }
                : fact)
            .Concat(corrections.Corrections.OfType<AddedDeadline>().Select(added => Added(added, matched)))
            .ToList();

        var meeting = read with
        {
            Date = date?.To ?? read.Date,
            DateInferred = date is null && read.DateInferred,
            EndDate = date is null ? read.EndDate : null,
            Body = body?.To ?? read.Body,
            Header = number is null ? read.Header : read.Header with { DocumentNumber = number.To },
            Items = items,
            Events = events.Where(e => !e.Removed).Select(e => e.Value).ToList(),
            Deadlines = deadlines.Where(d => !d.Removed).Select(d => d.Value).ToList(),
            Corrected = new Correction?[] { date, body, number }.OfType<Correction>().Select(c => c.Mark).MaxBy(mark => mark.At),
        };
        return new CorrectedMeeting(read, meeting, events, deadlines,
            corrections.Corrections.Where(c => c.IsFactCorrection && !matched.Contains(c.FactKey())).ToList());
    }

    private static IEnumerable<CorrectedFact<T>> Facts<T, TCorrection>(
        IReadOnlyList<T> facts, IReadOnlyList<string> ids, string kind, Func<string, TCorrection?> take, Func<T, TCorrection, T?> correct)
        where T : class
        where TCorrection : Correction =>
        facts.Select((fact, index) => take($"{kind}/{ids[index]}") is { } correction
            ? correct(fact, correction) is { } corrected
                ? new CorrectedFact<T>(ids[index], corrected, correction)
                : new CorrectedFact<T>(ids[index], fact, correction, Removed: true)
            : new CorrectedFact<T>(ids[index], fact, null));

    private static DatedEvent Corrected(DatedEvent read, EventValue to, CorrectionMark mark) => read with
    {
        Date = to.Date,
        EndDate = to.Date == read.Date ? read.EndDate : null,
        Precision = to.Date == read.Date ? read.Precision : DatePrecision.Day,
        Kind = to.Kind,
        Description = to.Description,
        Item = to.Item,
        Doubt = null,
        Corrected = mark,
    };

    private static Deadline Corrected(Deadline read, DeadlineValue to, CorrectionMark mark) => read with
    {
        Date = to.Date,
        Subject = to.Subject,
        RequestedFrom = to.RequestedFrom,
        Item = to.Item,
        Documents = to.Documents,
        IdAsRead = read.LocalId,
        Doubt = null,
        Vague = to.Date == read.Date ? read.Vague : null,
        Corrected = mark,
    };

    private static CorrectedFact<DatedEvent> Added(AddedEvent added, HashSet<string> matched)
    {
        matched.Add(added.FactKey());
        var value = added.Value;
        return new(added.Id, new DatedEvent(value.Date, null, DatePrecision.Day, value.Kind, value.Description, value.Item, value.Description)
        {
            Corrected = added.Mark,
        }, added);
    }

    private static CorrectedFact<Deadline> Added(AddedDeadline added, HashSet<string> matched)
    {
        matched.Add(added.FactKey());
        var value = added.Value;
        return new(added.Id, new Deadline(value.Date, value.Item, value.Subject, value.RequestedFrom, value.Documents, value.Subject)
        {
            IdAsRead = $"added-{added.Id}",
            Corrected = added.Mark,
        }, added);
    }
}
