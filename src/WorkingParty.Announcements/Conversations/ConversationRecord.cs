namespace WorkingParty.Announcements.Conversations;

/// <summary>
/// A conversation the bot can speak in. <see cref="Reference"/> is opaque here: the host serialises its
/// conversation reference to JSON and gets it back to continue the conversation. For a personal chat the
/// user (<see cref="UserId"/> is their Entra object id, as acknowledgements record it) and, when known, their
/// delegation say who will read what the bot posts.
/// </summary>
public sealed record ConversationRecord(
    string ConversationId,
    ConversationScope Scope,
    string? TenantId,
    string Reference,
    string? UserId = null,
    string? UserName = null,
    string? Delegation = null);
