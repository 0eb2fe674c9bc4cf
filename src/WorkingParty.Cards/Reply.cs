namespace WorkingParty.Cards;

/// <summary>
/// One thing the bot says: the Adaptive Card and its plain-text twin, made together from the same answer or view by
/// <see cref="ReplyBuilder"/>, so the two never tell different stories.
/// </summary>
public sealed record Reply(AdaptiveCard Card, string Text);
