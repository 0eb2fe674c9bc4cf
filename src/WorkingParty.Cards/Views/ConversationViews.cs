namespace WorkingParty.Cards.Views;

/// <summary>What the bot can do, with example questions; the secretariat also sees its own commands.</summary>
public sealed record HelpView(bool ForSecretariat = false);

/// <summary>The first card after the bot is installed or added to a conversation.</summary>
public sealed record WelcomeView;

/// <summary>A short message on its own card: a refusal, a failure (with its reference in <see cref="Message"/>) or a confirmation.</summary>
public sealed record NoticeView(string Title, string Message, bool IsProblem = true);
