namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// Turns the secretariat's edits of a meeting's facts into its corrections. A fact is corrected when the secretariat's
/// value differs from the one read, or when the secretariat confirmed a value the reader was unsure of (a doubtful date,
/// an inferred meeting date); the correction keeps the value and sentence read and who made it. An edit that leaves a
/// fact as it is now changes nothing; one that brings it back to what was read drops its correction. An edit of a fact
/// the record does not have (an old form) is reported, never applied to another.
/// </summary>
public static class MinutesEditor
{
    public static EditOutcome Apply(Meeting read, CorrectionSet corrections, IEnumerable<FactEdit> edits, CorrectionMark mark)
    {
        var outcome = new EditOutcome(corrections, 0, []);
        foreach (var edit in edits)
        {
            var current = CorrectionOverlay.Apply(read, outcome.Corrections);
            outcome = edit switch
            {
                SetMeetingDate d => outcome.Set(MeetingDateCorrection.Key, d.Date != read.Date || (d.Confirmed && read.DateInferred),
                    new MeetingDateCorrection(read.Date, d.Date) { Mark = mark }),
                SetBody b when !string.IsNullOrWhiteSpace(b.Body) => outcome.Set(BodyCorrection.Key, b.Body.Trim() != read.Body,
                    new BodyCorrection(read.Body, b.Body.Trim()) { Mark = mark }),
                SetBody => outcome.Problem("A working party needs a name: the body was left as it is."),
                SetDocumentNumber n => outcome.Set(DocumentNumberCorrection.Key, Blank(n.Number) != read.Header.DocumentNumber,
                    new DocumentNumberCorrection(read.Header.DocumentNumber, Blank(n.Number)) { Mark = mark }),
                SetItemTitle t => Title(outcome, read, t, mark),
                SetEvent e => Event(outcome, read, current, e, mark),
                SetDeadline d => Deadline(outcome, read, current, d, mark),
                AddEvent a => outcome.Add(new AddedEvent(FactIds.NewAddedId(), a.Value) { Mark = mark }),
                AddDeadline a => outcome.Add(new AddedDeadline(FactIds.NewAddedId(), a.Value) { Mark = mark }),
                _ => throw new ArgumentOutOfRangeException(nameof(edits), edit, "An edit of no known kind."),
            };
        }

        return outcome;
    }

    private static EditOutcome Title(EditOutcome outcome, Meeting read, SetItemTitle edit, CorrectionMark mark)
    {
        var item = read.Items.Where(i => i.Number == edit.Item).Skip(edit.Occurrence).FirstOrDefault();
        if (item is null || edit.Occurrence < 0) return outcome.Problem($"The minutes have no item {edit.Item}: its title was not changed.");
        if (string.IsNullOrWhiteSpace(edit.Title)) return outcome.Problem($"Item {edit.Item} needs a title: it was left as it is.");
        return outcome.Set(ItemTitleCorrection.KeyOf(edit.Item, edit.Occurrence), edit.Title.Trim() != item.Title,
            new ItemTitleCorrection(edit.Item, item.Title, edit.Title.Trim()) { Mark = mark, Occurrence = edit.Occurrence });
    }

    private static EditOutcome Event(EditOutcome outcome, Meeting read, CorrectedMeeting current, SetEvent edit, CorrectionMark mark) =>
        Fact(outcome, "event", new FactEditing<DatedEvent, EventValue>(current.Events, read.Events, FactIds.OfEvents(read.Events), e => e.Sentence, e => e.Doubt, EventValue.Of),
            edit.FactId, edit.To, edit.Confirmed,
            to => new AddedEvent(edit.FactId, to) { Mark = mark },
            (sentence, ordinal, readValue, to) => new EventCorrection(sentence, ordinal, readValue, to) { Mark = mark });

    private static EditOutcome Deadline(EditOutcome outcome, Meeting read, CorrectedMeeting current, SetDeadline edit, CorrectionMark mark) =>
        Fact(outcome, "deadline", new FactEditing<Deadline, DeadlineValue>(current.Deadlines, read.Deadlines, FactIds.OfDeadlines(read.Deadlines), d => d.Sentence, d => d.Doubt, DeadlineValue.Of),
            edit.FactId, edit.To, edit.Confirmed,
            to => new AddedDeadline(edit.FactId, to) { Mark = mark },
            (sentence, ordinal, readValue, to) => new DeadlineCorrection(sentence, ordinal, readValue, to) { Mark = mark });

    /// <summary>A date or a deadline set to <paramref name="to"/> (removed when null): see the class summary for what changes.</summary>
    private static EditOutcome Fact<TFact, TValue>(
        EditOutcome outcome, string kind, FactEditing<TFact, TValue> facts, string factId, TValue? to, bool confirmed,
        Func<TValue, Correction> added, Func<string, int, TValue, TValue?, Correction> corrected)
        where TValue : class
    {
        if (facts.Current.FirstOrDefault(f => f.Id == factId) is not { } fact)
            return outcome.Problem($"A {kind} on the form is no longer in the minutes: it was left alone.");
        var key = $"{kind}/{factId}";
        if (fact.Correction is AddedEvent or AddedDeadline)
            return to is null ? outcome.Set(key, false, null) : outcome.Set(key, true, added(to));
        var index = facts.ReadIds.ToList().IndexOf(factId);
        var readFact = facts.Read[index];
        var readValue = facts.ValueOf(readFact);
        var differs = !Equals(to, readValue) || (confirmed && facts.DoubtOf(readFact) is not null);
        return outcome.Set(key, differs, corrected(facts.SentenceOf(readFact), FactIds.Ordinals(facts.Read.Select(facts.SentenceOf))[index], readValue, to));
    }

    /// <summary>The dates (or deadlines) of a record: as they are now, as read with their ids, and how to read their sentence, doubt and value.</summary>
    private sealed record FactEditing<TFact, TValue>(
        IReadOnlyList<CorrectedFact<TFact>> Current, IReadOnlyList<TFact> Read, IReadOnlyList<string> ReadIds,
        Func<TFact, string> SentenceOf, Func<TFact, string?> DoubtOf, Func<TFact, TValue> ValueOf);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The corrections after a form's edits, how many facts changed, and the edits that could not be made, in words.</summary>
public sealed record EditOutcome(CorrectionSet Corrections, int ChangedFacts, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// The fact <paramref name="key"/> corrected by <paramref name="correction"/> when <paramref name="corrected"/>, else as
    /// read. A correction with the same values as the one there already changes nothing (its first author stays).
    /// </summary>
    internal EditOutcome Set(string key, bool corrected, Correction? correction)
    {
        var existing = Corrections.Find(key);
        if (!corrected)
            return existing is null ? this : Changed(Corrections.Without(key));
        return Equals(existing is null ? null : existing with { Mark = correction!.Mark }, correction) ? this : Changed(Corrections.With(correction!));
    }

    internal EditOutcome Add(Correction correction) => Changed(Corrections.With(correction));

    internal EditOutcome Problem(string problem) => this with { Problems = [.. Problems, problem] };

    private EditOutcome Changed(CorrectionSet corrections) => this with { Corrections = corrections, ChangedFacts = ChangedFacts + 1 };
}
