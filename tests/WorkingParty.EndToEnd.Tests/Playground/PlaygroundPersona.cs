namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// Who the Agents Playground says is typing: its <c>currentUser</c>, whose Entra object id reaches the bot as
/// <c>from.aadObjectId</c>. Each persona gets its own Playground with its own chats.
/// </summary>
public sealed record PlaygroundPersona(string Key, string Name, string AadObjectId)
{
    public static PlaygroundPersona Delegate { get; } = new("delegate", "Dana Delegate", "00000000-0000-0000-0000-00000000d001");

    public static PlaygroundPersona SecretariatMember { get; } = new("secretariat", "Sami Secretariat", "00000000-0000-0000-0000-00000000c001");

    public string Email => $"{Key}@example.com";
}
