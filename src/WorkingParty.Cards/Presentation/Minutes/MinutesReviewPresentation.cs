namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>
/// The secretariat's review of minutes read from a file: every fact with its inputs, the uncertain ones first, then
/// Save, Publish (which saves the form first) or Discard; long minutes over several pages. Once published or
/// discarded, a short card saying so. The text twin lists every fact, whatever the state.
/// </summary>
internal static class MinutesReviewPresentation
{
    public static Reply Present(MinutesReviewView view, ReplyRequest request) =>
        new(view.State == MinutesReviewState.Pending ? Review(view) : Outcome(view), ReviewText.Of(view, request.Zone));

    private static AdaptiveCard Review(MinutesReviewView view)
    {
        var blocks = Blocks(view);
        // Measured as a middle page of many: both page buttons, the longest labels.
        var pages = ReviewPages.Split(blocks, page => Page(view, page, index: 97, count: 99));
        var index = Math.Clamp(view.Page, 0, pages.Count - 1);
        return Page(view, blocks.Take(pages[index]).ToList(), index, pages.Count);
    }

    private static AdaptiveCard Page(MinutesReviewView view, IReadOnlyList<ReviewBlock> blocks, int index, int count)
    {
        var title = Title(view);
        var body = new List<CardElement>(CardParts.Heading(title, view.FileName + (count > 1 ? $" · page {index + 1} of {count}" : "")))
        {
            CardParts.Banner("Not published yet: check what was read, correct it, then publish.", ContainerStyle.Emphasis),
        };
        if (view.Notice is { } notice) body.Add(CardParts.Notice(notice.Text, notice.IsProblem ? ContainerStyle.Attention : ContainerStyle.Good));
        if (view.Revises is { } revision) body.Add(CardParts.Notice(ReviewWording.Revises(revision, published: false), ContainerStyle.Accent));
        string? section = null;
        foreach (var block in blocks)
        {
            if (block.Section is not null && block.Section != section)
            {
                body.Add(TextBlock.Heading(block.Section) with { Separator = true, Spacing = Spacing.Large });
            }
            section = block.Section;
            body.Add(block.Element);
        }
        return CardParts.Card(body, title, Buttons(view, index, count));
    }

    private static List<CardAction> Buttons(MinutesReviewView view, int index, int count)
    {
        var buttons = new List<CardAction>
        {
            CardParts.Submit("Save corrections", new SaveMinutesReview(view.UploadId, view.Version, index)),
            CardParts.Submit("Publish", new PublishMinutes(view.UploadId, view.Version)) with { Style = ActionStyle.Positive },
            CardParts.Send("Discard", new DiscardMinutes(view.UploadId)) with { Style = ActionStyle.Destructive },
        };
        if (index > 0) buttons.Add(CardParts.Submit("Previous page", new SaveMinutesReview(view.UploadId, view.Version, index - 1)));
        if (index < count - 1) buttons.Add(CardParts.Submit("Next page", new SaveMinutesReview(view.UploadId, view.Version, index + 1)));
        return buttons;
    }

    /// <summary>
    /// The meeting's own facts, what a revision changes, the uncertain dates and deadlines, the coming dates, the deadlines, a row to add one, the
    /// item titles, then the past dates: on long minutes, the first page holds what delegates ask about most.
    /// </summary>
    private static List<ReviewBlock> Blocks(MinutesReviewView view)
    {
        var minutes = view.Minutes;
        var (doubtfulDates, dates) = Split(minutes.Dates.OrderBy(d => d.Date), ReviewWording.IsDoubtful);
        var (doubtfulDeadlines, deadlines) = Split(minutes.Deadlines.OrderBy(d => d.Date), ReviewWording.IsDoubtful);
        var (past, coming) = Split(dates, ReviewWording.IsPast);
        var blocks = new List<ReviewBlock> { new(null, ReviewFormParts.Meeting(minutes)) };
        blocks.AddRange((view.Revises?.Changes ?? []).Select(change =>
            new ReviewBlock(ReviewWording.Changes, CardParts.Bullet(Wording.Shorten(ReviewWording.Change(change), CardParts.PassageChars)))));
        blocks.AddRange(doubtfulDates.Select(d => new ReviewBlock(ReviewWording.CheckFirst, ReviewFormParts.Date(d))));
        blocks.AddRange(doubtfulDeadlines.Select(d => new ReviewBlock(ReviewWording.CheckFirst, ReviewFormParts.Deadline(d))));
        blocks.AddRange(coming.Select(d => new ReviewBlock(ReviewWording.ComingDates, ReviewFormParts.Date(d))));
        blocks.AddRange(deadlines.Select(d => new ReviewBlock(ReviewWording.Deadlines, ReviewFormParts.Deadline(d))));
        blocks.Add(new ReviewBlock("Add a date or a deadline the reader missed", ReviewFormParts.Add()));
        blocks.AddRange(minutes.Items.Select(i => new ReviewBlock(ReviewWording.Items, ReviewFormParts.Item(i))));
        blocks.AddRange(past.Select(d => new ReviewBlock(ReviewWording.PastDates, ReviewFormParts.Date(d))));
        if (minutes.Unmatched.Count > 0)
        {
            blocks.Add(new ReviewBlock(ReviewWording.Unmatched, new Container(minutes.Unmatched.Select(CardParts.Bullet).ToList<CardElement>())));
        }
        return blocks;
    }

    private static (List<T> Matching, List<T> Others) Split<T>(IEnumerable<T> facts, Func<T, bool> matches)
    {
        var list = facts.ToList();
        return (list.Where(matches).ToList(), list.Where(f => !matches(f)).ToList());
    }

    /// <summary>Published or discarded: what was decided, by whom, and the facts in numbers.</summary>
    private static AdaptiveCard Outcome(MinutesReviewView view)
    {
        var minutes = view.Minutes;
        var title = Title(view);
        var body = new List<CardElement>(CardParts.Heading(title, view.FileName)) { OutcomeBanner(view) };
        if (view.Notice is { } notice) body.Add(CardParts.Notice(notice.Text, notice.IsProblem ? ContainerStyle.Attention : ContainerStyle.Good));
        if (view.Revises is { } revision && view.State == MinutesReviewState.Published) body.Add(TextBlock.Literal(ReviewWording.Revises(revision, published: true)));
        body.Add(new FactSet([
            Fact.Literal("Meeting", minutes.Title),
            Fact.Literal("Date", ReviewWording.MeetingDate(minutes.MeetingDate)),
            Fact.Literal("Document", minutes.DocumentNumber.Value ?? "number not stated"),
            Fact.Literal("Agenda items", ReviewWording.Number(minutes.Items.Count)),
            Fact.Literal("Dates", ReviewWording.Number(minutes.Dates.Count(d => !d.Removed))),
            Fact.Literal("Deadlines", ReviewWording.Number(minutes.Deadlines.Count(d => !d.Removed))),
            Fact.Literal("Corrections", ReviewWording.Number(minutes.Corrections)),
        ]));
        var announce = view.State == MinutesReviewState.Published && minutes.Deadlines.Any(d => !d.Removed)
            ? new List<CardAction> { CardParts.Send("Announce the deadlines", new AnnounceMinutes(view.UploadId)) }
            : null;
        return CardParts.Card(body, title, announce);
    }

    private static Container OutcomeBanner(MinutesReviewView view) => view.State == MinutesReviewState.Published
        ? new Container([(view.Published is { } published
            ? TextBlock.WithLocalTime($"Published by {published.By}, ", published.At, ": delegates can now ask about these minutes.")
            : TextBlock.Literal("Published: delegates can now ask about these minutes.")) with { Size = TextSize.Medium, Weight = TextWeight.Bolder }])
        {
            Style = ContainerStyle.Good, Spacing = Spacing.None,
        }
        : CardParts.Banner("Discarded: nothing was stored.", ContainerStyle.Warning);

    public static string Title(MinutesReviewView view) => view.State switch
    {
        MinutesReviewState.Published => $"Minutes published: {view.Minutes.Body.Value}",
        MinutesReviewState.Discarded => $"Minutes discarded: {view.Minutes.Body.Value}",
        _ => $"Review the minutes: {view.Minutes.Body.Value}",
    };
}
