namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>
/// The text twin of the minutes review, and what <c>ingest</c> prints: every fact read, the uncertain ones first,
/// with who corrected what (moments on the working party's clock).
/// </summary>
internal static class ReviewText
{
    public static string Of(MinutesReviewView view, TimeZoneInfo zone)
    {
        var minutes = view.Minutes;
        var text = new PlainText().Title(MinutesReviewPresentation.Title(view), view.FileName);
        text.Paragraph(view.State switch
        {
            MinutesReviewState.Published => view.Published is { } published
                ? $"Published by {published.By}, {Wording.Time(published.At, zone)}: delegates can now ask about these minutes."
                : "Published: delegates can now ask about these minutes.",
            MinutesReviewState.Discarded => "Discarded: nothing was stored.",
            _ => "Not published yet. Open the bot in Teams to correct, publish or discard these minutes.",
        });
        if (view.Notice is { } notice) text.Paragraph(notice.Text);
        if (view.Revises is { } revision)
        {
            text.Paragraph(ReviewWording.Revises(revision, view.State == MinutesReviewState.Published));
            if (view.State == MinutesReviewState.Pending)
            {
                text.Paragraph($"{ReviewWording.Changes}: {(revision.Changes.Count == 0 ? "nothing read differs" : ReviewWording.Number(revision.Changes.Count))}");
                foreach (var change in revision.Changes) text.Entry(ReviewWording.Change(change));
            }
        }

        text.Entry($"Working party: {minutes.Body.Value}", Corrected(minutes.Body.Corrected, zone));
        text.Entry($"Meeting date: {ReviewWording.MeetingDate(minutes.MeetingDate)}",
            minutes.MeetingDate.Inferred && minutes.MeetingDate.Corrected is null ? "Uncertain: the minutes do not state the meeting date." : null,
            Corrected(minutes.MeetingDate.Corrected, zone));
        text.Entry($"Issue date: {(minutes.IssueDate is { } issued ? Wording.Date(issued) : "not stated")}");
        text.Entry($"Document number: {minutes.DocumentNumber.Value ?? "not stated"}{(minutes.Kind is { } kind ? $" ({Wording.SentenceCase(kind)})" : "")}",
            Corrected(minutes.DocumentNumber.Corrected, zone));

        var doubtfulDates = minutes.Dates.Where(ReviewWording.IsDoubtful).OrderBy(d => d.Date).ToList();
        var doubtfulDeadlines = minutes.Deadlines.Where(ReviewWording.IsDoubtful).OrderBy(d => d.Date).ToList();
        if (doubtfulDates.Count + doubtfulDeadlines.Count > 0)
        {
            text.Paragraph($"{ReviewWording.CheckFirst}:");
            foreach (var date in doubtfulDates) Date(text, date, zone);
            foreach (var deadline in doubtfulDeadlines) Deadline(text, deadline, zone);
        }
        var dates = minutes.Dates.Where(d => !ReviewWording.IsDoubtful(d)).OrderBy(d => d.Date).ToList();
        Section(text, ReviewWording.ComingDates, dates.Where(d => !ReviewWording.IsPast(d)), date => Date(text, date, zone));
        Section(text, ReviewWording.Deadlines, minutes.Deadlines.Where(d => !ReviewWording.IsDoubtful(d)).OrderBy(d => d.Date), deadline => Deadline(text, deadline, zone));
        Section(text, ReviewWording.Items, minutes.Items, item => text.Entry(ReviewWording.Item(item), Corrected(item.Corrected, zone)));
        Section(text, ReviewWording.PastDates, dates.Where(ReviewWording.IsPast), date => Date(text, date, zone));
        if (minutes.Unmatched.Count > 0)
        {
            text.Paragraph($"{ReviewWording.Unmatched}:");
            foreach (var unmatched in minutes.Unmatched) text.Entry(unmatched);
        }
        return text.ToString();
    }

    /// <summary>"Coming dates: 3" and its entries (removed ones too, said so), or "Coming dates: none".</summary>
    private static void Section<T>(PlainText text, string title, IEnumerable<T> facts, Action<T> write)
    {
        var list = facts.ToList();
        text.Paragraph($"{title}: {(list.Count == 0 ? "none" : ReviewWording.Number(list.Count))}");
        foreach (var fact in list) write(fact);
    }

    private static void Date(PlainText text, ReviewedDate date, TimeZoneInfo zone) =>
        text.Entry(ReviewWording.Date(date), Status(date.Sentence, date.Doubt, date.Removed, date.Corrected, zone));

    private static void Deadline(PlainText text, ReviewedDeadline deadline, TimeZoneInfo zone) =>
        text.Entry(ReviewWording.Deadline(deadline), Status(deadline.Sentence, deadline.Doubt, deadline.Removed, deadline.Corrected, zone));

    private static IEnumerable<string?> Status(string sentence, string? doubt, bool removed, ReviewCorrection? corrected, TimeZoneInfo zone)
    {
        if (removed) yield return ReviewWording.Removed;
        if (doubt is not null && corrected is null)
        {
            // The sentence only where the reader is unsure: the reason is in it. (Text follows the card in one message.)
            yield return Wording.Quoted(sentence);
            yield return ReviewWording.Uncertain(doubt);
        }
        yield return Corrected(corrected, zone);
    }

    private static string? Corrected(ReviewCorrection? corrected, TimeZoneInfo zone) =>
        corrected is null ? null : ReviewWording.Corrected(corrected, zone);
}
