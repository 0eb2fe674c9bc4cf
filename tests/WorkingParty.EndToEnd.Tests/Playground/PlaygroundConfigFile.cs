using System.Text;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's mock Teams context (its <c>.m365agentsplayground.yml</c>, found through
/// <c>M365_AGENTS_PLAYGROUND_CONFIG_PATH</c>): the persona as current user, five colleagues (the schema wants
/// exactly five), and chat, team and channel ids of the persona's own so that two Playgrounds never share a conversation.
/// </summary>
public static class PlaygroundConfigFile
{
    /// <summary>The id of the persona's personal chat with the bot.</summary>
    public static string PersonalChatId(PlaygroundPersona persona) => $"personal-chat-{persona.Key}";

    public static string Write(PlaygroundPersona persona, string folder)
    {
        var yaml = new StringBuilder()
            .AppendLine("version: \"0.1.1\"")
            .AppendLine("tenantId: 00000000-0000-0000-0000-0000000000e1")
            .AppendLine("bot:")
            .AppendLine("  id: 00000000-0000-0000-0000-0000000000b1")
            .AppendLine("  name: Working Party Bot")
            .AppendLine("currentUser:")
            .Append(User(persona, "  "))
            .AppendLine("users:");
        foreach (var colleague in Colleagues(persona))
            yaml.Append(User(colleague, "  - ", "    "));
        yaml.AppendLine("personalChat:")
            .AppendLine($"  id: {PersonalChatId(persona)}")
            .AppendLine("groupChat:")
            .AppendLine($"  id: group-chat-{persona.Key}")
            .AppendLine("  name: Working Party delegates")
            .AppendLine("team:")
            .AppendLine($"  id: team-{persona.Key}")
            .AppendLine("  name: Working Party")
            .AppendLine("  aadGroupId: 00000000-0000-0000-0000-0000000000f1")
            .AppendLine("  channels:")
            .AppendLine($"    - id: channel-announcements-{persona.Key}")
            .AppendLine("      name: Announcements");

        var path = Path.Combine(folder, ".m365agentsplayground.yml");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }

    private static IEnumerable<PlaygroundPersona> Colleagues(PlaygroundPersona persona) =>
        Enumerable.Range(1, 5).Select(n => new PlaygroundPersona($"{persona.Key}-colleague-{n}", $"Colleague {n}", $"{persona.AadObjectId[..^4]}{n:D4}"));

    private static string User(PlaygroundPersona user, string firstIndent, string? indent = null)
    {
        indent ??= firstIndent;
        var (given, surname) = (user.Name.Split(' ')[0], user.Name.Split(' ')[^1]);
        // Values are quoted: YAML would read "Colleague 1"'s surname as a number, which the Playground's schema refuses.
        return new StringBuilder()
            .AppendLine($"{firstIndent}id: \"user-{user.Key}\"")
            .AppendLine($"{indent}name: \"{user.Name}\"")
            .AppendLine($"{indent}userPrincipleName: \"{user.Email}\"")
            .AppendLine($"{indent}aadObjectId: \"{user.AadObjectId}\"")
            .AppendLine($"{indent}givenName: \"{given}\"")
            .AppendLine($"{indent}surname: \"{surname}\"")
            .AppendLine($"{indent}email: \"{user.Email}\"")
            .ToString();
    }
}
