using System.Globalization;
using System.Text.Json;
using WorkingParty.Bot.Features.MinutesUpload;

using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Revisions;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>What the review card shows of minutes: each fact as it stands, what the reader doubted, and every correction.</summary>
public static class MinutesReviewViews
{
    public static MinutesReviewView Of(string uploadId, UploadedMinutes upload, ReviewNotice? notice = null, int page = 0) =>
        new(uploadId, upload.FileName, upload.Version,
            upload.Published ? MinutesReviewState.Published : upload.Discarded ? MinutesReviewState.Discarded : MinutesReviewState.Pending,
            Reviewed(upload.Corrected(), upload.Corrections))
        {
            Page = page,
            Notice = notice,
            Published = upload.PublishedBy is { } by && upload.PublishedAt is { } at ? new ReviewCorrection(by, at, null) : null,
            Revises = upload.Revises is { } earlier
                ? new ReviewedRevision(earlier.FileName, earlier.DocumentNumber, (upload.Changes ?? MinutesChanges.None).Changes.Select(Change).ToList())
                : null,
        };

    private static ReviewedChange Change(FactChange change) => new(change.Kind switch
    {
        FactKind.MeetingDate => "Meeting date",
        FactKind.Item => "Item",
        FactKind.Date => "Date",
        _ => "Deadline",
    }, change.Before, change.After);

    public static ReviewedMinutes Reviewed(CorrectedMeeting corrected, CorrectionSet corrections)
    {
        var (read, meeting) = (corrected.Read, corrected.Meeting);
        ReviewCorrection? By(string key) => ReviewOf(corrections.Find(key));
        return new ReviewedMinutes(
            meeting.Title,
            new ReviewedText(meeting.Body, By(BodyCorrection.Key)),
            new ReviewedMeetingDate(meeting.Date, meeting.EndDate, read.Header.DateSource, read.DateInferred, By(MeetingDateCorrection.Key)),
            meeting.Header.IssueDate,
            new ReviewedText(meeting.Header.DocumentNumber, By(DocumentNumberCorrection.Key)),
            meeting.Header.Kind,
            meeting.Items.Zip(FactIds.ItemOccurrences(meeting.Items), (i, nth) => new ReviewedItem(i.Number, i.Title, By(ItemTitleCorrection.KeyOf(i.Number, nth)), nth)).ToList(),
            corrected.Events.Select(Date).ToList(),
            corrected.Deadlines.Select(Deadline).ToList())
        {
            Unmatched = corrected.Unmatched.Select(Unmatched).ToList(),
            Corrections = corrections.Count - corrected.Unmatched.Count,
        };
    }

    public static string KindOf(EventKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static ReviewedDate Date(CorrectedFact<DatedEvent> fact)
    {
        var dated = fact.Value;
        return new(fact.Id, dated.Date, dated.EndDate, KindOf(dated.Kind), dated.Description, dated.Item, dated.Sentence,
            fact.Correction is null ? dated.Doubt : null, ReviewOf(fact.Correction), fact.Removed);
    }

    private static ReviewedDeadline Deadline(CorrectedFact<Deadline> fact)
    {
        var deadline = fact.Value;
        return new(fact.Id, deadline.Date, deadline.Subject, deadline.RequestedFrom, deadline.Item, deadline.Documents, deadline.Sentence,
            fact.Correction is null ? deadline.Doubt : null, ReviewOf(fact.Correction), fact.Removed);
    }

    private static ReviewCorrection? ReviewOf(Correction? correction) =>
        correction is null ? null : new ReviewCorrection(correction.Mark.By, correction.Mark.At, correction.ValueRead());

    private static string Unmatched(Correction correction) =>
        $"{correction.ValueRead() ?? "(added)"} \u2192 {correction.ValueNow() ?? "removed"} (by {correction.Mark.By}, {correction.Mark.Day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})";
}
