namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>A download the bot will not make; the message is the reason, for the reply.</summary>
public sealed class DownloadRefusedException(string reason) : Exception(reason);
