using WorkingParty.Announcements.Drafting;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>Told when a broadcast's counts change; the host updates the author's status card.</summary>
public interface IBroadcastObserver
{
    Task ReportUpdatedAsync(Announcement announcement, BroadcastReport report, CancellationToken cancellationToken);
}
