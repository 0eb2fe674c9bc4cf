using System.Globalization;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Model;

namespace WorkingParty.Comments.Export;

/// <summary>
/// The submitted comments of one deadline, by delegation in protocol order, ready to export. <see cref="Unconfirmed"/>
/// holds the ids of those filed under a delegation the secretariat has not confirmed for their author.
/// </summary>
public sealed record CommentCompilation(
    DeadlineInfo Deadline,
    IReadOnlyList<Comment> Comments,
    DateTimeOffset CompiledAt,
    DeadlineClock Clock)
{
    /// <summary>An instant as the working party's local time, e.g. "2017-04-03 17:45".</summary>
    public string LocalTime(DateTimeOffset instant) =>
        Clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string DueDate => Deadline.DueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public IReadOnlySet<string> Unconfirmed { get; init; } = new HashSet<string>();

    public bool IsConfirmed(Comment comment) => !Unconfirmed.Contains(comment.Id);
}
