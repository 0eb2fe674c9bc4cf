using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Routing;

/// <summary>
/// Who may use a route: everyone (delegates and the secretariat), or the secretariat alone, for one of its tasks (which
/// the refusal names). Routes declare it; no handler checks roles itself.
/// </summary>
public sealed record UsableBy(SecretariatAction? SecretariatTask)
{
    public static UsableBy Everyone { get; } = new((SecretariatAction?)null);

    public static UsableBy Secretariat(SecretariatAction task) => new(task);
}
