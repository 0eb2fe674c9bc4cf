namespace WorkingParty.Announcements.Reminders;

/// <summary>The open deadlines, with extensions applied; implemented by the host from the minutes and the schedule changes.</summary>
public interface IOpenDeadlines
{
    Task<IReadOnlyList<OpenDeadline>> ListAsync(CancellationToken cancellationToken);
}
